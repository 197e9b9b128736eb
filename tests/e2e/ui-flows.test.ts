import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzePlan } from '../../shared/domain/analysis';
import type { Plan } from '../../shared/domain/plan/schema';
import { closeBrowser, RESOURCES_DIR, sharedBrowser, startApp } from './harness';
import { chooseOption } from './choose-option';

/**
 * Flows people-and-profile and planner-and-succession leave out: an assessment edited in the person form moving the braid
 * index and the dashboard's flags, a backup restored (and the restore undone), an archived person
 * found again and brought back, and every screen usable at 200 % zoom.
 */

afterAll(closeBrowser);

const demoPlan = () => JSON.parse(readFileSync(join(RESOURCES_DIR, 'demo.braid.json'), 'utf8')) as Plan;
const saved = (page: Page) => page.getByTestId('save-state').getByText('All changes saved').waitFor();
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true });

interface ReadyNowGap {
  personId: string;
  name: string;
  roleTitle: string;
  /** The row of the person form (0-based) whose level closes the gap, and the level that does. */
  row: number;
  level: number;
  before: ReturnType<typeof analyzePlan>;
  after: ReturnType<typeof analyzePlan>;
}

/** A ready-now successor whose only gap is one thread, closed by raising one assessment to the role's required level. */
function readyNowSuccessorWithThreadGap(plan: Plan): ReadyNowGap {
  const before = analyzePlan(plan);
  for (const flag of before.flags) {
    if (flag.code !== 'successor-not-ready' || !flag.personId || !flag.roleId) continue;
    const person = plan.people.find((p) => p.id === flag.personId)!;
    const role = plan.roles.find((r) => r.id === flag.roleId)!;
    for (const [row, assessment] of person.assessments.entries()) {
      const level = role.requirements.threads[assessment.thread];
      if (!level || assessment.level >= level) continue;
      const changed = structuredClone(plan);
      changed.people.find((p) => p.id === person.id)!.assessments[row].level = level;
      const after = analyzePlan(changed);
      const stillFlagged = after.flags.some((f) => f.code === 'successor-not-ready' && f.personId === person.id && f.roleId === role.id);
      if (!stillFlagged) return { personId: person.id, name: person.name, roleTitle: role.title, row, level, before, after };
    }
  }
  throw new Error('The demo plan has no ready-now successor whose thread gap one assessment closes.');
}

describe('flows across screens', () => {
  it('raises a thread level in the person form: the braid index rises and the successor-not-ready flag leaves the dashboard', async () => {
    const gap = readyNowSuccessorWithThreadGap(demoPlan());
    const notReady = (analysis: ReturnType<typeof analyzePlan>) => analysis.flags.filter((f) => f.code === 'successor-not-ready').length;
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
      await chooseOption(page, 'Kind of flag', /^Successor not ready/);
      const rows = page.locator('.dash-flag[data-code="successor-not-ready"]');
      const subjectRow = rows.filter({ hasText: `${gap.name} is marked ready now for ${gap.roleTitle}` });
      await expect.poll(() => rows.count()).toBe(notReady(gap.before));
      await subjectRow.getByRole('link', { name: gap.name, exact: true }).click();

      // The profile shows the index the analysis gives before the change.
      await page.getByRole('heading', { name: gap.name, level: 1 }).waitFor();
      const index = (analysis: ReturnType<typeof analyzePlan>) => `Braid index ${analysis.people.get(gap.personId)!.braidIndex} of 100`;
      await page.getByLabel(index(gap.before)).waitFor();

      await page.getByRole('button', { name: 'Edit person' }).click();
      const dialog = page.getByRole('dialog', { name: `Edit ${gap.name}` });
      await chooseOption(dialog.getByRole('group', { name: `Assessment ${gap.row + 1}` }), 'Level', new RegExp(`^${gap.level} ·`));
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('status').filter({ hasText: `Saved the changes to ${gap.name}.` }).waitFor();

      expect(gap.after.people.get(gap.personId)!.braidIndex).toBeGreaterThan(gap.before.people.get(gap.personId)!.braidIndex);
      await page.getByLabel(index(gap.after)).waitFor();
      await saved(page);

      await nav(page, 'Pipeline').click();
      await chooseOption(page, 'Kind of flag', /^Successor not ready/);
      await expect.poll(() => rows.count()).toBe(notReady(gap.after));
      expect(await subjectRow.count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('restores an earlier backup from Framework & data after confirming, then undoes the restore', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      await nav(page, 'Framework & data').click();
      const name = page.getByLabel('Organisation name');
      const planName = page.getByTestId('plan-name');
      const rename = async (value: string) => {
        await name.fill(value);
        await name.press('Enter');
        await planName.getByText(value, { exact: true }).waitFor();
        await saved(page);
      };
      await rename('Northwind Before');
      const backups = page.locator('table.fw-backups tbody tr');
      await expect.poll(() => backups.count()).toBe(1);
      await rename('Northwind After');
      await expect.poll(() => backups.count()).toBe(2);

      // Newest first: the second row holds the plan as it was after the first rename.
      const earlier = backups.nth(1);
      const revision = (await earlier.locator('td.numeric').first().textContent())!;
      await earlier.getByRole('button', { name: 'Restore…' }).click();
      const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
      await confirm.getByText(`(revision ${revision})`).waitFor();
      await confirm.getByRole('button', { name: 'Restore' }).click();
      await page.getByRole('status').filter({ hasText: 'Restored the backup of' }).waitFor();
      await planName.getByText('Northwind Before', { exact: true }).waitFor();
      await expect.poll(() => name.inputValue()).toBe('Northwind Before');
      await saved(page);

      await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
      await planName.getByText('Northwind After', { exact: true }).waitFor();
      await expect.poll(() => name.inputValue()).toBe('Northwind After');
      await saved(page);
      expect((await app.services.handlers['plan:get']({})).plan!.organization.name).toBe('Northwind After');
    } finally {
      await app.close();
    }
  });

  it('finds an archived person with "Show archived" and brings them back to the roster from the profile', async () => {
    const plan = demoPlan();
    const counts = new Map<string, number>();
    for (const p of plan.people) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    const person = plan.people.find((p) => !p.archived && counts.get(p.name) === 1 && /^[\p{Script=Latin} ]+$/u.test(p.name))!;
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url}#/profile?personId=${person.id}`);
      await page.getByRole('heading', { name: person.name, level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Archive', exact: true }).click();
      await page.getByRole('dialog', { name: `Archive ${person.name}?` }).getByRole('button', { name: 'Archive' }).click();
      await page.getByRole('button', { name: 'Bring back to the roster' }).waitFor();
      await saved(page);

      await page.getByRole('link', { name: '← People' }).click();
      await page.getByRole('searchbox').fill(person.name);
      const grid = page.getByRole('grid', { name: 'People' });
      const row = grid.locator(`tr[data-person-id="${person.id}"]`);
      await page.getByText('No one matches these filters.').waitFor();
      expect(await row.count()).toBe(0);

      await page.getByLabel('Show archived').check();
      await row.getByText('archived', { exact: true }).waitFor();
      await row.getByRole('link', { name: person.name }).click();
      await page.getByRole('heading', { name: `${person.name} archived`, level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Bring back to the roster' }).click();
      await page.getByRole('status').filter({ hasText: `${person.name} is back on the roster.` }).waitFor();
      await page.getByRole('button', { name: 'Archive', exact: true }).waitFor();
      await saved(page);

      await nav(page, 'People').click();
      await page.getByLabel('Show archived').uncheck();
      await page.getByRole('searchbox').fill(person.name);
      await row.waitFor();
      expect(await row.getByText('archived', { exact: true }).count()).toBe(0);
      expect((await app.services.handlers['plan:get']({})).plan!.people.find((p) => p.id === person.id)!.archived).toBeFalsy();
    } finally {
      await app.close();
    }
  });
});

describe('at 200 % zoom', () => {
  it('shows every screen without sideways page scrolling, with every navigation link reachable', async () => {
    const plan = demoPlan();
    const person = plan.people.find((p) => !p.archived)!;
    const app = await startApp({ plan: 'demo' });
    // 200 % of a 1280×800 window: 640×400 CSS pixels drawn at two device pixels each.
    const context = await (await sharedBrowser()).newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    try {
      const page = await context.newPage();
      const screens = ['#/dashboard', '#/people', `#/profile?personId=${person.id}`, '#/rotations', '#/succession', '#/orgchart', '#/scenarios', '#/cost', '#/review', '#/framework', '#/reports'];
      const problems: string[] = [];
      for (const hash of screens) {
        await page.goto(`${app.shell.url}${hash}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        // The page and its main area; inner scrollers such as the timeline and the roster may scroll sideways.
        const overflow = await page.evaluate(() =>
          [document.scrollingElement!, document.querySelector('main')!]
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => `${el.tagName.toLowerCase()} is ${el.scrollWidth}px wide in ${el.clientWidth}px`),
        );
        problems.push(...overflow.map((o) => `${hash}: ${o}`));
        const links = page.getByRole('navigation', { name: 'Screens' }).getByRole('link');
        expect(await links.count()).toBe(10);
        for (const link of await links.all()) {
          await link.scrollIntoViewIfNeeded();
          const box = await link.boundingBox();
          const name = await link.textContent();
          if (!box || !(await link.isVisible())) problems.push(`${hash}: the ${name} link is not shown`);
          else if (box.x < 0 || box.x + box.width > 641 || box.y < 0 || box.y + box.height > 401) problems.push(`${hash}: the ${name} link is outside the window`);
        }
      }
      expect(problems).toEqual([]);

      // And the links work at this size: one click to the succession board.
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Succession', exact: true }).click();
      await page.getByRole('heading', { name: 'Succession', level: 1 }).waitFor();
    } finally {
      await context.close();
      await app.close();
    }
  });
});
