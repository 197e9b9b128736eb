/**
 * The org chart part of `npm run bench:ui` (alone: `npm run bench:ui -- --only orgchart`):
 *   - open: from the Pipeline screen, a click on "Org chart" until the first boxes show → ms (target ≤ 1 000);
 *   - expand: → on a collapsed box until its reports are in the page, and until the next frame → ms (target ≤ 50).
 * Figures are medians with the spread (fastest–slowest) of the runs: the machine is shared.
 */
import type { Page } from 'playwright-core';
import { medianAndSpread } from './bench-stats';

export async function benchOrgChart(page: Page, url: string, runs: number): Promise<void> {
  const opens: number[] = [];
  const rosters: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    // The roster's open under the same load, as a yardstick: the machine is shared.
    await page.goto(`${url}#/dashboard`);
    await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor({ timeout: 120_000 });
    const rosterStart = performance.now();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'People' }).click();
    await page.locator('tr[data-person-id]').first().waitFor({ timeout: 60_000 });
    if (run > 0) rosters.push(performance.now() - rosterStart);
    await page.goto(`${url}#/dashboard`);
    await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor({ timeout: 120_000 });
    const start = performance.now();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Org chart' }).click();
    await page.getByRole('treeitem').first().waitFor({ timeout: 60_000 });
    // The first open loads the screen's code and warms the caches; it is reported but not counted.
    const ms = performance.now() - start;
    console.log(`org chart open ${run}${run === 0 ? ' (warm-up)' : ''}: ${ms.toFixed(0)} ms, ${await page.getByRole('treeitem').count()} boxes in the page`);
    if (run > 0) opens.push(ms);
  }
  console.log(`org chart opens in ${medianAndSpread(opens)} ms after navigation, median (fastest–slowest) of ${opens.length}; target ≤ 1 000`);
  console.log(`(the roster, measured alike in the same runs: ${medianAndSpread(rosters)} ms)`);

  const toDom: number[] = [];
  const toFrame: number[] = [];
  const collapsed = await page.locator('[role="treeitem"][aria-expanded="false"]').evaluateAll((items) => items.map((i) => i.id));
  for (const id of collapsed.slice(0, Math.max(runs * 2, 6))) {
    // In the page: the key press, React's answer, then the frame that paints it. (A string: tsx's helpers are not in the page.)
    const figures = (await page.evaluate(`(async () => {
      const box = document.getElementById(${JSON.stringify(id)});
      box.focus();
      await new Promise((r) => requestAnimationFrame(() => r()));
      const start = performance.now();
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      while (box.getAttribute('aria-expanded') !== 'true') await new Promise((r) => setTimeout(r, 0));
      const dom = performance.now() - start;
      await new Promise((r) => requestAnimationFrame(() => r()));
      return { dom, frame: performance.now() - start };
    })()`)) as { dom: number; frame: number };
    toDom.push(figures.dom);
    toFrame.push(figures.frame);
    await page.keyboard.press('ArrowLeft');
  }
  console.log(`expanding a box: ${medianAndSpread(toDom, 1)} ms until its reports are in the page, ${medianAndSpread(toFrame, 1)} ms until the next frame (${toDom.length} boxes); target ≤ 50`);
}
