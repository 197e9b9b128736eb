import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planWith, worked } from '../../shared/domain/testing/plan-builder';
import { closeBrowser, startApp, type StartOptions } from './harness';

/** The small things of a first day with Braid: the planner as it was left, both bars of an overlap, a clean first load. */

const FIXTURE = planWith({
  organization: 'Overlap fixture',
  people: [
    { id: 'ana', name: 'Ana Petrova', experience: [worked('engineering', '2018-01-01')] },
    { id: 'ben', name: 'Ben Okafor', homeDomain: 'sales', experience: [worked('sales', '2019-01-01')] },
  ],
  rotations: [
    { personId: 'ana', hostId: 'sales-hub', start: '2027-02-01', end: '2027-07-31' },
    { personId: 'ben', hostId: 'consulting-hub', start: '2027-03-01', end: '2027-08-31' },
    // Ana again, at another host, from June: the two rotations overlap for two months.
    { personId: 'ana', hostId: 'data-hub', start: '2027-06-01', end: '2027-11-30' },
  ],
});

let dir: string;
let planFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-trust-'));
  planFile = join(dir, 'plan.braid.json');
  await writeFile(planFile, JSON.stringify(FIXTURE));
});
afterAll(async () => {
  await closeBrowser();
  await rm(dir, { recursive: true, force: true });
});

const checked = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).isChecked();

describe('the rotation planner', () => {
  it('opens after a reload the way it was left (lanes, zoom, snap, toggles), but forgets what was typed in the find box', async () => {
    const app = await startApp({ plan: planFile });
    try {
      let page = app.page;
      await page.getByRole('link', { name: 'Rotations', exact: true }).click();
      await page.locator('.timeline').waitFor();
      await page.getByText('By person', { exact: true }).click();
      await page.getByText('Quarters', { exact: true }).click();
      await page.locator('fieldset', { hasText: 'Snap to' }).getByText('Weeks', { exact: true }).click();
      await page.getByRole('checkbox', { name: 'Everyone' }).check();
      await page.getByRole('checkbox', { name: 'Cancelled' }).check();
      await page.getByPlaceholder('Find a person or domain…').fill('Ana Petrova');
      await page.waitForTimeout(300);

      await page.reload();
      await page.locator('.timeline').waitFor();
      await page.waitForFunction(() => (document.querySelector('input[name="planner-view"][value="person"]') as HTMLInputElement | null)?.checked === true);
      expect(await checked(page, 'By person')).toBe(true);
      expect(await checked(page, 'Quarters')).toBe(true);
      expect(await page.locator('input[name="planner-snap"][value="week"]').isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'Everyone' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'Cancelled' }).isChecked()).toBe(true);
      expect(await page.getByPlaceholder('Find a person or domain…').inputValue()).toBe('');

      // A new window (a restart of the web shell's page) reads the same preferences.
      page = await app.reopen();
      await page.goto(`${app.shell.url}#/rotations`);
      await page.locator('.timeline').waitFor();
      await page.waitForFunction(() => (document.querySelector('input[name="planner-zoom"][value="quarters"]') as HTMLInputElement | null)?.checked === true);
      const stored = await readFile(join(app.dataDir, 'preferences.json'), 'utf8');
      expect(JSON.parse(stored).preferences.planner).toEqual({ view: 'person', zoom: 'quarters', snap: 'week', showCancelled: true, everyone: true });
      expect(stored).not.toContain('Ana');
    } finally {
      await app.close();
    }
  });
});

describe('an overlap flag on the dashboard', () => {
  it('opens the planner on both rotations it names, side by side in the person’s lane and both highlighted', async () => {
    const app = await startApp({ plan: planFile });
    try {
      const { page } = app;
      const flag = page.locator('.dash-flag[data-code="rotation-overlap"]');
      await flag.first().waitFor();
      await flag.first().getByRole('link', { name: 'Open the rotations' }).click();
      await page.locator('.timeline').waitFor();
      const bars = page.locator('.rotation-bar[data-highlighted]');
      await page.waitForFunction(() => document.querySelectorAll('.rotation-bar[data-highlighted]').length === 2);
      expect(await bars.evaluateAll((els) => els.map((el) => el.getAttribute('data-rotation-id')).sort())).toEqual(['rot-1', 'rot-3']);
      expect(await checked(page, 'By person')).toBe(true);
      await expect(page.getByRole('status').filter({ hasText: 'Highlighted' }).textContent()).resolves.toBe('Highlighted: the 2 rotations the flag names');
      // Both in the window, in the same lane, the first focused.
      const viewport = page.viewportSize()!;
      for (const id of ['rot-1', 'rot-3']) {
        const box = (await page.locator(`[data-rotation-id="${id}"]`).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + Math.min(box.width, 40)).toBeLessThanOrEqual(viewport.width);
        expect(await page.locator(`[data-rotation-id="${id}"]`).evaluate((el) => el.closest('.lane')?.getAttribute('data-lane'))).toBe('person:ana');
      }
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-rotation-id') === 'rot-1');
      // A single rotation asked for afterwards is not highlighted with them.
      await page.goto(`${app.shell.url}#/rotations?rotationId=rot-2`);
      await page.waitForFunction(() => document.querySelectorAll('.rotation-bar[data-highlighted]').length === 0);
    } finally {
      await app.close();
    }
  });
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return { tag: active?.tagName ?? '', className: active?.className ?? '', text: active?.textContent?.trim() ?? '' };
  });

describe('after an action the focus stays next to what changed', () => {
  it('remove from a slate → the next successor, or the role’s heading when the slate is left empty; Enter on a name → the profile heading', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      const plan = (await app.services.handlers['plan:get']({})).plan!;
      const pair = plan.roles.find((r) => !r.retired && r.successors.length >= 2)!;
      const card = (personId: string) => page.locator(`[data-role-id="${pair.id}"] [data-person-id="${personId}"]`);
      await page.goto(`${app.shell.url}#/succession?roleId=${pair.id}`);
      const order = ['ready-now', 'ready-1-2-years', 'ready-3-5-years'].flatMap((r) => pair.successors.filter((s) => s.readiness === r)).map((s) => s.personId);
      await card(order[0]).waitFor();
      await page.waitForTimeout(500);
      for (const [i, personId] of order.entries()) {
        await card(personId).getByRole('button', { name: /^Actions for / }).click();
        await page.getByRole('menuitem', { name: 'Remove from slate' }).click();
        await card(personId).waitFor({ state: 'detached' });
        const next = order[i + 1];
        if (next) {
          await page.waitForFunction((id) => document.activeElement?.closest('[data-person-id]')?.getAttribute('data-person-id') === id, next);
          expect((await focused(page)).className).toBe('successor-name');
        } else {
          await page.waitForFunction((id) => document.activeElement?.id === `role-${id}`, pair.id);
          expect((await focused(page)).text).toBe(pair.title);
        }
      }

      const named = plan.roles.find((r) => r.id !== pair.id && !r.retired && r.successors.length > 0)!;
      await page.goto(`${app.shell.url}#/succession?roleId=${named.id}`);
      const name = page.locator(`[data-role-id="${named.id}"] .successor-name`).first();
      await name.waitFor();
      await page.waitForTimeout(500);
      await name.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash.startsWith('#/profile'));
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      await page.waitForTimeout(300);
      expect((await focused(page)).tag).toBe('H1');
    } finally {
      await app.close();
    }
  });

  it('Add to plan on a development path → its confirmation, which links to the planned rotations', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      const plan = (await app.services.handlers['plan:get']({})).plan!;
      let found = false;
      for (const personId of [...new Set(plan.roles.flatMap((r) => r.successors.map((s) => s.personId)))]) {
        await page.goto(`${app.shell.url}#/profile?personId=${personId}`);
        await page.getByRole('heading', { name: 'Development paths' }).waitFor();
        const add = page.getByRole('button', { name: /^Add to plan/ }).first();
        if ((await add.count()) === 0) continue;
        found = true;
        const before = (await app.services.handlers['plan:get']({})).plan!.rotations.length;
        await add.focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.classList.contains('profile-path-added'));
        await page.waitForTimeout(300);
        const { text } = await focused(page);
        expect(text).toMatch(/^Added to the plan: (a rotation|\d rotations) toward .+\. See (it|them) in the planner$/);
        const added = (await app.services.handlers['plan:get']({})).plan!.rotations.length - before;
        expect(added).toBeGreaterThan(0);
        await page.getByRole('link', { name: /See (it|them) in the planner/ }).click();
        await page.locator('.timeline').waitFor();
        // The first focused and highlighted; the others named in the address with it.
        await page.waitForFunction(() => document.activeElement?.getAttribute('data-highlighted') === 'true');
        expect(new URL(page.url()).hash.split('withRotationId=').length).toBe(added);
        // No flag was involved: the note says why they are highlighted.
        if (added > 1) await expect(page.getByRole('status').filter({ hasText: 'Highlighted' }).textContent()).resolves.toBe(`Highlighted: the ${added} rotations just added to the plan`);
        break;
      }
      expect(found).toBe(true);
    } finally {
      await app.close();
    }
  });
});

/** Every answer of status 400 or more while a fresh page loads, until its first screen is up. */
async function failuresOfFirstLoad(context: BrowserContext, reopen: () => Promise<Page>): Promise<string[]> {
  const failures: string[] = [];
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  context.on('requestfailed', (request) => failures.push(`failed ${new URL(request.url()).pathname}: ${request.failure()?.errorText}`));
  const page = await reopen();
  await page.waitForLoadState('networkidle');
  // Headless Chromium never asks for the tab's icon; a desktop browser does, at once: the declared
  // icons — or /favicon.ico when the page declares none — must be there too.
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  for (const href of icons.length ? icons : [new URL('/favicon.ico', page.url()).href]) {
    if (href.startsWith('data:')) continue;
    const response = await page.request.get(href);
    if (response.status() >= 400) failures.push(`${response.status()} GET ${new URL(href).pathname} (the tab's icon)`);
  }
  return failures;
}

describe('the very first load', () => {
  const cases: [string, StartOptions][] = [
    ['a fresh data folder (the first-run choice)', { plan: 'none', protection: 'ask' }],
    ['protection on (the passphrase screen)', { protection: { passphrase: 'river otter lantern quay' } }],
    ['protection off (straight to the plan)', { protection: 'off' }],
  ];
  it.each(cases)('asks for nothing the web shell does not have, with %s', async (_what, options) => {
    const app = await startApp(options);
    try {
      expect(await failuresOfFirstLoad(app.context, app.reopen)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
