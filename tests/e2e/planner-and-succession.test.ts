import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePlan } from '../../shared/domain/analysis';
import { generateDemoPlan } from '../../shared/domain/demo';
import { assessed, planWith, worked } from '../../shared/domain/testing/plan-builder';
import { closeBrowser, startApp, type RunningApp } from './harness';
import { chooseOption } from './choose-option';

/**
 * The rotation planner and the succession board, driven in Chromium like a user would: with the
 * mouse and with the keyboard alone. A small plan (asOf 2027-01-01, month zoom, month snap) so that
 * each drag lands on known dates.
 */

const FIXTURE = planWith({
  organization: 'Planner fixture',
  people: [
    { id: 'ana', name: 'Ana Petrova', experience: [worked('engineering', '2018-01-01')] },
    { id: 'ben', name: 'Ben Okafor', homeDomain: 'sales', experience: [worked('sales', '2019-01-01')] },
    { id: 'boss', name: 'Zoë Łukasiewicz', homeDomain: 'delivery' },
    {
      id: 'cleo',
      name: 'Cleo Martin',
      homeDomain: 'delivery',
      performance: 4,
      potential: 'high',
      experience: [worked('delivery', '2015-01-01', '2020-12-31'), worked('data', '2021-01-01')],
      assessments: [assessed('financial-acumen', 4, '2026-10-01')],
    },
  ],
  rotations: [
    { personId: 'ana', hostId: 'sales-hub', start: '2027-02-01', end: '2027-07-31' },
    { personId: 'ana', hostId: 'data-hub', start: '2027-10-01', end: '2028-03-31' },
    { personId: 'ben', hostId: 'consulting-hub', start: '2027-03-01', end: '2027-08-31' },
  ],
  roles: [
    { id: 'cso', title: 'Chief Service Officer', domains: ['delivery', 'data'], incumbentId: 'boss', vacancyRisk: 'high', requirements: { threads: { 'financial-acumen': 4 } }, successors: [{ personId: 'ben', readiness: 'ready-1-2-years' }] },
    { id: 'hod', title: 'Head of Data', domains: ['data'], successors: [{ personId: 'ana', readiness: 'ready-now', emergency: true }] },
  ],
});

/** Month zoom: 3.6 px a day. */
const PX_PER_DAY = 3.6;

let dir: string;
let planFile: string;
/** The 150-person demo organisation (every flag present), for the accessibility checks. */
let demoFile: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-ui2-'));
  planFile = join(dir, 'plan.braid.json');
  await writeFile(planFile, JSON.stringify(FIXTURE));
  demoFile = join(dir, 'demo.braid.json');
  await writeFile(demoFile, JSON.stringify(generateDemoPlan({ people: 150, seed: 1 })));
});
afterAll(async () => {
  await closeBrowser();
  await rm(dir, { recursive: true, force: true });
});

const bar = (page: Page, id: string): Locator => page.locator(`[data-rotation-id="${id}"]`);
const flagCodes = async (page: Page, id: string) => (await bar(page, id).getAttribute('data-flag-codes')) ?? '';
async function waitForFlag(page: Page, id: string, code: string, present = true) {
  await page.waitForFunction(
    ([rotationId, flag, want]) => (document.querySelector(`[data-rotation-id="${rotationId}"]`)?.getAttribute('data-flag-codes') ?? '').includes(flag as string) === want,
    [id, code, present] as const,
  );
}
async function storedFlags(app: RunningApp, rotationId: string): Promise<string[]> {
  const { plan } = await app.services.handlers['plan:get']({});
  const analysis = analyzePlan(plan!);
  return (analysis.flagsByRotation.get(rotationId) ?? []).map((id) => analysis.flagsById.get(id)!.code);
}
async function saved(page: Page) {
  await page.getByText('All changes saved').waitFor();
}
async function openPlanner(app: RunningApp, hash: string) {
  await app.page.goto(`${app.shell.url}${hash}`);
  await app.page.locator('.timeline').waitFor();
}

describe('rotation planner', () => {
  it('drags a rotation onto another of the same person: overlap on both bars and on the dashboard; Ctrl+Z undoes the drop', async () => {
    const app = await startApp({ plan: planFile });
    try {
      const { page } = app;
      await openPlanner(app, '#/rotations?personId=ana&rotationId=rot-2');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-rotation-id') === 'rot-2');
      expect(await flagCodes(page, 'rot-2')).toBe('');

      const box = (await bar(page, 'rot-2').boundingBox())!;
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + 30, y);
      await page.mouse.down();
      // Four months to the left: the start snaps to 1 June, inside the sales rotation (Feb–Jul).
      await page.mouse.move(box.x + 30 - 122 * PX_PER_DAY, y, { steps: 25 });
      await expect(page.locator('.drag-tip').textContent()).resolves.toMatch(/1 Jun 2027 → 30 Nov 2027 · 6 months/);
      // Nothing is committed while dragging.
      expect((await app.services.handlers['plan:get']({})).plan!.rotations[1].start).toBe('2027-10-01');
      await page.mouse.up();

      await waitForFlag(page, 'rot-2', 'rotation-overlap');
      await waitForFlag(page, 'rot-1', 'rotation-overlap');
      await expect(bar(page, 'rot-2').getAttribute('aria-label')).resolves.toMatch(/1 Jun 2027 to 30 Nov 2027.*Overlap/);
      await saved(page);
      expect(await storedFlags(app, 'rot-2')).toContain('rotation-overlap');
      const history = await app.services.handlers['plan:get']({});
      expect(history.history.undoLabel).toBe('Move rotation');

      await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
      const overlap = page.locator('.dash-flag[data-code="rotation-overlap"]');
      await overlap.first().waitFor();
      await expect(overlap.first().textContent()).resolves.toMatch(/Ana Petrova's rotations .* overlap from 1 Jun 2027 to 31 Jul 2027/);

      await page.getByRole('link', { name: 'Rotations', exact: true }).click();
      await page.locator('.timeline').waitFor();
      await page.keyboard.press('Control+z');
      await waitForFlag(page, 'rot-1', 'rotation-overlap', false);
      await saved(page);
      expect(await storedFlags(app, 'rot-2')).toEqual([]);
      expect((await app.services.handlers['plan:get']({})).plan!.rotations[1].start).toBe('2027-10-01');
    } finally {
      await app.close();
    }
  });

  it('resizes a rotation below the three-month minimum with the mouse and sees the duration flag explain itself', async () => {
    const app = await startApp({ plan: planFile });
    try {
      const { page } = app;
      await openPlanner(app, '#/rotations?rotationId=rot-3');
      const target = bar(page, 'rot-3');
      await target.waitFor();
      const edge = (await target.locator('.bar-edge.end').boundingBox())!;
      await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
      await page.mouse.down();
      await page.mouse.move(edge.x - 110 * PX_PER_DAY, edge.y + edge.height / 2, { steps: 15 });
      await expect(page.locator('.drag-tip').textContent()).resolves.toMatch(/under the 3-month minimum/);
      await page.mouse.up();

      await waitForFlag(page, 'rot-3', 'rotation-duration');
      // The flag explains itself on hover, and the same text is the bar's description for assistive technology.
      await target.hover();
      const tip = page.locator('#rotation-tip-rot-3');
      await tip.waitFor({ state: 'visible' });
      await expect(tip.textContent()).resolves.toMatch(/Rotation length:.*shorter than the minimum of 3 months/);
      await expect(target.getAttribute('aria-describedby')).resolves.toBe('rotation-tip-rot-3');
    } finally {
      await app.close();
    }
  });

  it('does it all from the keyboard: one undoable step per key press, duration flag, details on Enter', async () => {
    const app = await startApp({ plan: planFile });
    try {
      const { page } = app;
      await openPlanner(app, '#/rotations?personId=ana&rotationId=rot-2');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-rotation-id') === 'rot-2');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
      await waitForFlag(page, 'rot-2', 'rotation-overlap');
      await waitForFlag(page, 'rot-1', 'rotation-overlap');
      await saved(page);
      // Each press was its own step: one undo brings the start back to 1 July, still overlapping; a second clears it.
      await page.keyboard.press('Control+z');
      await page.waitForFunction(() => document.querySelector('[data-rotation-id="rot-2"]')?.getAttribute('aria-label')?.includes('1 Jul 2027'));
      expect(await flagCodes(page, 'rot-2')).toContain('rotation-overlap');
      await page.keyboard.press('Control+z');
      await waitForFlag(page, 'rot-2', 'rotation-overlap', false);

      // Shift+← shortens from the end: 6 months → 2 months raises the duration flag.
      await bar(page, 'rot-2').focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
      await waitForFlag(page, 'rot-2', 'rotation-duration');
      // On focus (not only on hover) the tooltip shows why.
      await bar(page, 'rot-2').focus();
      await page.locator('#rotation-tip-rot-2').getByText(/shorter than the minimum/).waitFor({ state: 'visible' });

      // Enter opens the details; its status bar cancels the rotation, and the bar leaves the lane.
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: /Ana Petrova at Data & Analytics hub/ });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Cancel rotation' }).click();
      await dialog.getByRole('button', { name: 'Restore as planned' }).waitFor();
      await page.keyboard.press('Escape');
      await bar(page, 'rot-2').waitFor({ state: 'detached' });
    } finally {
      await app.close();
    }
  });

  it('plans a rotation by dragging across an empty part of a lane, then records host feedback as an assessment', async () => {
    const app = await startApp({ plan: planFile });
    try {
      const { page } = app;
      await openPlanner(app, '#/rotations?personId=cleo');
      const lane = page.locator('[data-lane="person:cleo"] .lane-track');
      await lane.waitFor();
      const box = (await lane.boundingBox())!;
      const asOfX = (await page.locator('.as-of-line').boundingBox())!.x;
      // From about 3 March to about 25 May 2027: snapped to 1 March – 31 May.
      await page.mouse.move(asOfX + 61 * PX_PER_DAY, box.y + 20);
      await page.mouse.down();
      await page.mouse.move(asOfX + 144 * PX_PER_DAY, box.y + 20, { steps: 10 });
      await page.mouse.up();

      const dialog = page.getByRole('dialog', { name: 'New rotation' });
      await dialog.waitFor();
      await expect(dialog.getByLabel('Start').inputValue()).resolves.toBe('2027-03-01');
      await expect(dialog.getByLabel('End').inputValue()).resolves.toBe('2027-05-31');
      await dialog.getByRole('button', { name: 'Plan rotation' }).click();
      await expect(dialog.getByText('Host: choose where the rotation takes place.').isVisible()).resolves.toBe(true);
      await chooseOption(dialog, 'Host', /^Infrastructure/);
      await dialog.getByRole('checkbox', { name: /Innovation/ }).check();
      await dialog.getByRole('button', { name: 'Plan rotation' }).click();
      await dialog.waitFor({ state: 'detached' });
      await saved(page);
      const created = (await app.services.handlers['plan:get']({})).plan!.rotations.find((r) => r.personId === 'cleo')!;
      expect(created).toMatchObject({ hostId: 'infrastructure-hub', start: '2027-03-01', end: '2027-05-31', objectives: ['innovation'] });

      // The feedback loop: a dated entry, then an assessment from it in one step.
      await bar(page, created.id).click();
      const details = page.getByRole('dialog', { name: /Cleo Martin at Infrastructure & Cloud hub/ });
      await details.getByLabel('Date').fill('2027-04-15');
      await details.getByLabel('Author').fill('Platform lead');
      await details.getByLabel('New feedback').fill('Automated the release train.');
      await details.getByRole('button', { name: 'Add feedback' }).click();
      await details.getByRole('button', { name: 'Record assessment…' }).click();
      await chooseOption(details, 'Level', /^4 ·/);
      await details.getByRole('button', { name: 'Record for 15 Apr 2027' }).click();
      await details.getByText(/Recorded as Innovation for Streamlined Operations 4/).waitFor();
      await saved(page);
      const cleo = (await app.services.handlers['plan:get']({})).plan!.people.find((p) => p.id === 'cleo')!;
      expect(cleo.assessments.at(-1)).toMatchObject({ thread: 'innovation', level: 4, date: '2027-04-15', source: 'host' });
    } finally {
      await app.close();
    }
  });
});

describe('succession board', () => {
  const coverage = (page: Page) => page.locator('[data-metric="ready-now-coverage"] dd').textContent();

  it('nominates a successor from the ranked search and watches ready-now coverage rise', async () => {
    const app = await startApp({ plan: planFile });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url}#/succession?roleId=cso`);
      const role = page.locator('[data-role-id="cso"]');
      await role.waitFor();
      await expect(coverage(page)).resolves.toBe('50%');
      await role.getByRole('button', { name: '+ Nominate successor' }).click();
      // Best fit first: Cleo meets the only requirement (financial acumen 4); the incumbent is not offered.
      // A grid of candidates, each row named by the person; the search field is named by the panel's title.
      const candidates = role.getByRole('grid', { name: 'Candidates, best fit first' });
      await expect(candidates.getByRole('row').first().textContent()).resolves.toMatch(/Cleo Martin.*Fit 100%/);
      expect(await candidates.getByRole('row', { name: /^Cleo Martin, / }).count()).toBe(1);
      await expect(candidates.textContent()).resolves.not.toMatch(/Łukasiewicz|Ben Okafor/);
      const search = role.getByRole('searchbox', { name: 'Nominate a successor for Chief Service Officer' });
      expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
      await search.fill('cleo');
      // From the field, Tab enters the list on the first candidate, Tab again reaches their first readiness button.
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('row');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Nominate Cleo Martin, Leader: Ready now');
      await role.getByRole('button', { name: 'Nominate Cleo Martin, Leader: Ready now' }).click();
      await role.locator('[data-readiness="ready-now"] [data-person-id="cleo"]').waitFor();
      await page.waitForFunction(() => document.querySelector('[data-metric="ready-now-coverage"] dd')?.textContent === '100%');
      await saved(page);
    } finally {
      await app.close();
    }
  });

  it('moves a successor between readiness columns by drag, by Alt+arrows and by its menu', async () => {
    const app = await startApp({ plan: planFile });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url}#/succession?roleId=cso`);
      const role = page.locator('[data-role-id="cso"]');
      const ben = () => role.locator('[data-person-id="ben"]');
      await ben().waitFor();

      await ben().dragTo(role.locator('[data-readiness="ready-3-5-years"]'));
      await role.locator('[data-readiness="ready-3-5-years"] [data-person-id="ben"]').waitFor();

      // Keyboard only: focus Ben's name and press Alt+← twice; the focus travels with the card.
      await ben().getByRole('button', { name: 'Ben Okafor', exact: true }).focus();
      await page.keyboard.press('Alt+ArrowLeft');
      await role.locator('[data-readiness="ready-1-2-years"] [data-person-id="ben"]').waitFor();
      await page.keyboard.press('Alt+ArrowLeft');
      await role.locator('[data-readiness="ready-now"] [data-person-id="ben"]').waitFor();
      await page.waitForFunction(() => document.activeElement?.closest('[data-person-id]')?.getAttribute('data-person-id') === 'ben');
      await page.waitForFunction(() => document.querySelector('[data-metric="ready-now-coverage"] dd')?.textContent === '100%');

      // Ben is not fit for it: the slate says so.
      await ben().locator('[data-flag-code="successor-not-ready"]').waitFor();

      await ben().getByRole('button', { name: 'Actions for Ben Okafor' }).click();
      await page.getByRole('menuitem', { name: 'Mark as emergency cover' }).click();
      await ben().getByText('Emergency cover', { exact: true }).waitFor();
      await ben().getByRole('button', { name: 'Actions for Ben Okafor' }).click();
      await page.getByRole('menuitem', { name: 'Move to 3–5 years' }).click();
      await role.locator('[data-readiness="ready-3-5-years"] [data-person-id="ben"]').waitFor();
      await saved(page);
      const stored = (await app.services.handlers['plan:get']({})).plan!.roles.find((r) => r.id === 'cso')!;
      expect(stored.successors).toEqual([{ personId: 'ben', readiness: 'ready-3-5-years', emergency: true }]);
    } finally {
      await app.close();
    }
  });
});

describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations on the planner and the succession board (${theme})`, async () => {
      const app = await startApp({ plan: demoFile, colorScheme: theme });
      try {
        const { page } = app;
        const themed = theme === 'dark' ? '&theme=dark' : '';
        const problems: string[] = [];
        for (const [hash, ready] of [
          ['#/rotations', '.rotation-bar'],
          ['#/rotations?personId=x', '.rotation-bar'],
          ['#/succession', '.successor-card'],
        ] as const) {
          await page.goto(`${app.shell.url}${themed}${hash}`);
          await page.locator(ready).first().waitFor();
          // The flag tooltip is part of the page a keyboard user sees: check it shown too.
          if (hash.startsWith('#/rotations')) await page.locator('.rotation-bar.flagged-critical, .rotation-bar').first().focus();
          const result = await new AxeBuilder({ page }).analyze();
          for (const v of result.violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${hash} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
        await page.goto(`${app.shell.url}${themed}#/succession`);
        await page.getByRole('tab', { name: '9-box' }).click();
        await page.locator('.nine-box-cell').first().waitFor();
        const nineBox = await new AxeBuilder({ page }).analyze();
        for (const v of nineBox.violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`9-box ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(problems).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
