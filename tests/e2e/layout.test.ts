import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, startApp } from './harness';

/**
 * The app shell never scrolls: after every way of moving between screens the header (search, undo,
 * theme) is still at the top of the window, at 1280×800 and at 200 % zoom (640×400), where it folds.
 * (Every other e2e flow is watched for the same through the harness: see watchShellSteadiness.)
 */

afterAll(closeBrowser);

async function shellPlace(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('.shell-header')!.getBoundingClientRect();
    const nav = document.querySelector('.shell-nav')!.getBoundingClientRect();
    return {
      scrolled: document.scrollingElement!.scrollTop,
      headerTop: header.top,
      chrome: Math.max(header.bottom, nav.bottom),
      pageTaller: document.scrollingElement!.scrollHeight - window.innerHeight,
    };
  });
}

const focusedHeading = (page: Page) => page.evaluate(() => (document.activeElement?.tagName === 'H1' || document.activeElement?.tagName === 'H2' ? document.activeElement.textContent : null));

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 640, height: 400 },
]) {
  describe(`at ${viewport.width}×${viewport.height}`, () => {
    it('keeps the header in the window through the dashboard, Ctrl+K and the navigation', async () => {
      const app = await startApp({ plan: 'demo', viewport });
      try {
        const { page } = app;
        await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
        const problems: string[] = [];
        const look = async (after: string) => {
          await page.waitForTimeout(400);
          const place = await shellPlace(page);
          if (place.scrolled !== 0 || place.headerTop !== 0) problems.push(`${after}: page scrolled ${place.scrolled}px, header top ${place.headerTop}px`);
          if (place.pageTaller > 0) problems.push(`${after}: the page is ${place.pageTaller}px taller than the window`);
          // Folded at 200 %: header and navigation take less than a fifth of the height.
          if (viewport.height <= 400 && place.chrome > viewport.height * 0.2) problems.push(`${after}: header and navigation take ${place.chrome}px of ${viewport.height}px`);
        };
        await look('the dashboard');

        await page.getByRole('link', { name: 'Open Chief Service Officer' }).first().click();
        await page.getByRole('heading', { name: 'Succession', level: 1 }).waitFor();
        await look('Open Chief Service Officer');

        await page.keyboard.press('Control+k');
        const box = page.getByRole('dialog', { name: 'Search people and roles' }).getByRole('combobox');
        await box.fill('Head of Managed');
        await page.getByRole('option', { name: /Head of Managed Services/ }).first().waitFor();
        await page.keyboard.press('Enter');
        await look('Ctrl+K → a role → Enter');

        for (const name of ['People', 'Rotations', 'Reports', 'Framework & data', 'Pipeline']) {
          await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click();
          await page.getByRole('heading', { name, level: 1 }).waitFor();
          await look(`then ${name}`);
        }
        expect(problems).toEqual([]);
      } finally {
        await app.close();
      }
    });

    it('starts each screen at its top with the focus on its heading', async () => {
      const app = await startApp({ plan: 'demo', viewport });
      try {
        const { page } = app;
        await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
        const main = page.locator('main');
        await main.evaluate((el) => (el.scrollTop = el.scrollHeight));
        await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Framework & data', exact: true }).click();
        await page.getByRole('heading', { name: 'Framework & data', level: 1 }).waitFor();
        await expect.poll(() => focusedHeading(page)).toBe('Framework & data');
        expect(await main.evaluate((el) => el.scrollTop)).toBe(0);

        await main.evaluate((el) => (el.scrollTop = el.scrollHeight));
        await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Reports', exact: true }).click();
        await expect.poll(() => focusedHeading(page)).toBe('Reports');
        expect(await main.evaluate((el) => el.scrollTop)).toBe(0);
      } finally {
        await app.close();
      }
    });
  });
}

describe('at 200 % zoom (640×400)', () => {
  it('shows all ten screen links at once: the navigation row never scrolls sideways', async () => {
    const app = await startApp({ plan: 'demo', viewport: { width: 640, height: 400 } });
    try {
      const { page } = app;
      await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Screens' });
      expect(await nav.evaluate((el) => ({ scrollable: el.scrollWidth > el.clientWidth + 1 }))).toEqual({ scrollable: false });
      const outside: string[] = [];
      for (const link of await nav.getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        if (box.x < 0 || box.x + box.width > 640 || box.y + box.height > 400) outside.push((await link.getAttribute('aria-label')) ?? (await link.textContent())!);
      }
      expect(outside).toEqual([]);
      // The short forms keep the full names for screen readers and voice control.
      await nav.getByRole('link', { name: 'Framework & data', exact: true }).click();
      await page.getByRole('heading', { name: 'Framework & data', level: 1 }).waitFor();
    } finally {
      await app.close();
    }
  });

  it('keeps the braid picture’s text at least 10 px and stacks the slate columns', async () => {
    const app = await startApp({ plan: 'demo', viewport: { width: 640, height: 400 } });
    try {
      const { page } = app;
      const successor = (await app.services.handlers['plan:get']({})).plan!.roles[0].successors[0].personId;
      await page.goto(`${app.shell.url}#/profile?personId=${successor}`);
      await page.locator('.profile-braid-svg svg text').first().waitFor();
      await page.waitForTimeout(300);
      const smallest = await page.evaluate(() =>
        Math.min(...[...document.querySelectorAll<SVGTextElement>('.profile-braid-svg svg text')].map((t) => Number(getComputedStyle(t).fontSize.replace('px', '')) * (t.getScreenCTM()?.a ?? 1))),
      );
      expect(smallest).toBeGreaterThanOrEqual(10);

      await page.goto(`${app.shell.url}#/succession`);
      await page.locator('.slate').first().waitFor();
      const columns = await page.locator('.slate').first().evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
      expect(columns).toBe(1);
    } finally {
      await app.close();
    }
  });
});

