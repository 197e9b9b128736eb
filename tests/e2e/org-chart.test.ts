import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoPlan } from '../../shared/domain/demo';
import type { Plan } from '../../shared/domain/plan/schema';
import { closeBrowser, RESOURCES_DIR, startApp } from './harness';

afterAll(closeBrowser);

const focused = (page: Page) => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label') ?? '', level: document.activeElement?.getAttribute('aria-level') }));
const seriousOrCritical = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`);

describe('the succession org chart', () => {
  it('walks the reporting line by keyboard as a tree, from the top to a profile', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Org chart' }).click();
      const tree = page.getByRole('tree', { name: 'Organisation chart' });
      await tree.waitFor();
      // Two levels open: the top and their direct reports, nobody deeper.
      const levels = await tree.getByRole('treeitem').evaluateAll((items) => items.map((i) => i.getAttribute('aria-level')));
      expect(new Set(levels)).toEqual(new Set(['1', '2']));
      const top = tree.getByRole('treeitem').first();
      expect(await top.getAttribute('aria-expanded')).toBe('true');
      expect(await top.getAttribute('tabindex')).toBe('0');

      await top.focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await focused(page)).level).toBe('2');
      const first = await focused(page);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await focused(page)).level).toBe('3');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(async () => (await focused(page)).label).toBe(first.label);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
      await page.keyboard.press('End');
      await expect.poll(async () => (await focused(page)).label).not.toBe(first.label);
      await page.keyboard.press('Home');
      await expect.poll(async () => (await focused(page)).level).toBe('1');

      // A critical role holder's box says the role and its cover to a screen reader.
      const holder = tree.getByRole('treeitem', { name: /holds .+: \d+ ready now, \d+ in 1–2 years, \d+ in 3–5 years/ }).first();
      await holder.waitFor();
      const name = (await holder.getAttribute('aria-label'))!;
      // …and its successors on hover, as its description.
      await holder.hover();
      await expect.poll(() => holder.locator('.orgchart-successors').isVisible()).toBe(true);
      expect(await holder.locator('.orgchart-successors').textContent()).toMatch(/^Successors for /);

      await holder.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: name.split(',')[0] }).waitFor();
      expect(page.url()).toContain('#/profile?personId=');
    } finally {
      await app.close();
    }
  });

  it('finds a person deep in the line, shows the chart from them, and has no serious axe finding in light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const app = await startApp({ plan: 'demo', colorScheme });
      try {
        const { page } = app;
        await page.goto(`${app.shell.url}#/orgchart`);
        const tree = page.getByRole('tree');
        await tree.waitFor();
        const before = await tree.getByRole('treeitem').count();
        // Someone three levels down is not on the chart until the search opens the way to them.
        const people = (JSON.parse(await readFile(join(RESOURCES_DIR, 'demo.braid.json'), 'utf8')) as Plan).people;
        const depth = (id: string | null): number => (id ? 1 + depth(people.find((p) => p.id === id)!.managerId) : 0);
        const deep = people.find((p) => depth(p.id) === 4 && !p.archived)!;
        expect(await page.locator(`[data-person-id="${deep.id}"]`).count()).toBe(0);
        await page.getByLabel('Find a person').fill(deep.name);
        await page.keyboard.press('Enter');
        const box = page.locator(`[data-person-id="${deep.id}"]`);
        await box.waitFor();
        expect(await box.getAttribute('aria-selected')).toBe('true');
        expect(await box.getAttribute('aria-level')).toBe('4');
        expect(await tree.getByRole('treeitem').count()).toBeGreaterThan(before);
        await expect.poll(() => page.getByRole('status').filter({ hasText: ' of ' }).textContent()).toMatch(/1 of \d+/);

        await page.getByRole('button', { name: /^Show from / }).click();
        const from = page.getByRole('tree', { name: /^Organisation chart from / });
        await from.waitFor();
        expect(await from.getByRole('treeitem').first().getAttribute('data-person-id')).toBe(deep.id);

        await page.getByRole('radio', { name: 'Flight risk' }).check();
        expect(await page.getByRole('list', { name: /What the colours mean: Flight risk/ }).textContent()).toContain('High flight risk');
        await page.getByRole('button', { name: 'Show the whole organisation' }).click();
        await page.getByRole('tree', { name: 'Organisation chart' }).waitFor();
        expect(await seriousOrCritical(page)).toEqual([]);
      } finally {
        await app.close();
      }
    }
  });

  it('keeps only what is in view in the page on a 10 000-person plan', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'braid-orgchart-'));
    const file = join(dir, 'plan.braid.json');
    const plan = generateDemoPlan({ people: 10_000, seed: 1 });
    await writeFile(file, JSON.stringify(plan));
    const app = await startApp({ plan: file });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url}#/orgchart`);
      const tree = page.getByRole('tree');
      await tree.waitFor({ timeout: 60_000 });
      // Open the biggest team below the top: its boxes are many more than the page holds.
      const top = tree.getByRole('treeitem').first();
      await top.focus();
      // Each key waits for the tree to answer: on a busy machine a key pressed before the last
      // box opened would land on another box.
      const active = () => page.evaluate(() => document.activeElement?.id ?? '');
      for (let i = 0; i < 40; i++) {
        const before = await active();
        await page.keyboard.press('ArrowDown');
        await page.waitForFunction((id) => document.activeElement?.id !== id, before);
        if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))) === 'false') {
          await page.keyboard.press('ArrowRight');
          await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'true');
        }
      }
      await page.keyboard.press('End');
      // The chart's height holds every open box; the page holds only a screenful of them.
      const rowsOpen = Math.round(parseFloat(await tree.evaluate((el) => (el as HTMLElement).style.height)) / 92);
      const inPage = await tree.getByRole('treeitem').count();
      expect(rowsOpen).toBeGreaterThan(50);
      expect(inPage).toBeLessThan(rowsOpen / 2);
      // End went to the last open box, and it took the focus although it was far out of view.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('treeitem');
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
