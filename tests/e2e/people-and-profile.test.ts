import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzePlan, developmentPaths } from '../../shared/domain/analysis';
import { generateDemoPlan } from '../../shared/domain/demo';
import type { Plan } from '../../shared/domain/plan/schema';
import { typeEachKeystroke } from '../helpers/type-each-keystroke';
import { closeBrowser, RESOURCES_DIR, startApp } from './harness';

afterAll(closeBrowser);

/** A braided successor in the demo with a unique name and a rotation to suggest: the profile to walk through. */
function demoSubject(): { id: string; name: string } {
  const plan = JSON.parse(readFileSync(join(RESOURCES_DIR, 'demo.braid.json'), 'utf8')) as Plan;
  const analysis = analyzePlan(plan);
  const count = new Map<string, number>();
  for (const p of plan.people) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  const person = plan.people.find(
    (p) => !p.archived && count.get(p.name) === 1 && /^[\p{Script=Latin} ]+$/u.test(p.name) && developmentPaths(plan, analysis, p.id).some((path) => path.steps.length > 0),
  );
  if (!person) throw new Error('The demo plan has no successor with a suggested rotation.');
  return { id: person.id, name: person.name };
}

const saved = (page: Page) => page.getByTestId('save-state').getByText('All changes saved').waitFor();

describe('the screens HR lives in', () => {
  it('from the pipeline to a profile and back: flags, filter, keyboard, add to plan, undo, edit, archive', async () => {
    const app = await startApp({ plan: 'none' });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Load the demo organisation' }).click();

      // Dashboard: critical flags first, and one click to the role.
      await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
      const critical = page.getByRole('region', { name: /^Critical: \d+$/ });
      await critical.waitFor();
      expect(await page.getByRole('region', { name: 'Start here' }).textContent()).toMatch(/\d+ critical flags?\./);
      const roleFlag = critical.locator('.dash-flag[data-code="role-no-ready-successor"]').first();
      const roleName = (await roleFlag.locator('a.primary').textContent())!.replace(/^Open /, '');
      await roleFlag.locator('a.primary').click();
      await page.waitForURL(/#\/succession\?roleId=/);
      const roleId = new URL(page.url()).hash.split('roleId=')[1];
      const plan = JSON.parse(readFileSync(join(RESOURCES_DIR, 'demo.braid.json'), 'utf8')) as Plan;
      expect(plan.roles.find((r) => r.id === decodeURIComponent(roleId))?.title).toBe(roleName);

      // People: filter by text, open the profile from the keyboard.
      const subject = demoSubject();
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'People' }).click();
      await page.getByRole('searchbox').fill(subject.name.toLowerCase());
      const grid = page.getByRole('grid', { name: 'People' });
      await expect.poll(() => grid.locator('tr[data-person-id]').count()).toBe(1);
      await grid.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`#/profile\\?personId=${subject.id}$`));
      await page.getByRole('heading', { name: subject.name, level: 1 }).waitFor();

      // The braid picture and a development path, added to the plan in one step, then undone with Ctrl+Z.
      const picture = page.getByRole('img', { name: `Braid picture of ${subject.name}` });
      await picture.waitFor();
      expect(await picture.locator('path').count()).toBeGreaterThan(1);
      const rotations = page.getByRole('region', { name: 'Rotations' }).locator('tbody tr');
      const before = await rotations.count();
      const path = page.getByRole('region', { name: 'Development paths' }).locator('li.profile-path').filter({ has: page.getByRole('button', { name: /^Add to plan/ }) }).first();
      const steps = await path.locator('.profile-path-steps > li').count();
      const host = (await path.locator('.profile-path-steps > li strong').first().textContent())!;
      await path.getByRole('button', { name: /^Add to plan/ }).click();
      await page.getByRole('status').filter({ hasText: /Planned (a rotation|\d rotations)/ }).waitFor();
      await expect.poll(() => rotations.count()).toBe(before + steps);
      expect(await rotations.filter({ hasText: host }).first().getAttribute('data-status')).toBe('planned');
      await saved(page);
      await page.locator('body').press('Control+z');
      await expect.poll(() => rotations.count()).toBe(before);

      // Edit the title: an empty one is refused next to the field, a real one is saved.
      await page.getByRole('button', { name: 'Edit person' }).click();
      const dialog = page.getByRole('dialog', { name: `Edit ${subject.name}` });
      const title = dialog.getByLabel('Title');
      await title.fill('   ');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      const message = dialog.getByText('Title cannot be empty.');
      await message.waitFor();
      expect(await title.getAttribute('aria-invalid')).toBe('true');
      expect(await title.getAttribute('aria-describedby')).toBe(await message.getAttribute('id'));
      await title.fill('Chief Braiding Officer');
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('.profile-title').getByText('Chief Braiding Officer').waitFor();
      await saved(page);

      // Archive asks first, and Undo in the notice brings the person back.
      await page.getByRole('button', { name: 'Archive', exact: true }).click();
      const confirm = page.getByRole('dialog', { name: `Archive ${subject.name}?` });
      await confirm.getByRole('button', { name: 'Archive' }).click();
      await page.getByRole('note').filter({ hasText: 'is archived' }).waitFor();
      await saved(page);
      await page.getByRole('status').filter({ hasText: `${subject.name} was archived` }).getByRole('button', { name: 'Undo' }).click();
      await page.getByRole('button', { name: 'Archive', exact: true }).waitFor();
      expect(await page.getByRole('note').count()).toBe(0);
      await saved(page);
      const stored = JSON.parse(readFileSync(join(app.dataDir, 'plan.braid.json'), 'utf8')) as Plan;
      const person = stored.people.find((p) => p.id === subject.id)!;
      expect(person.archived).toBeUndefined();
      expect(person.title).toBe('Chief Braiding Officer');
    } finally {
      await app.close();
    }
  });

  it('has no serious or critical accessibility violations on its screens, light and dark', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      const subject = demoSubject();
      const screens = ['#/dashboard', '#/people', `#/profile?personId=${subject.id}`, '#/framework'];
      const problems: string[] = [];
      for (const theme of ['light', 'dark']) {
        for (const hash of screens) {
          await page.goto(`${app.shell.url}&theme=${theme}${hash}`);
          await page.locator('main h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          const { violations } = await new AxeBuilder({ page }).analyze();
          for (const v of violations) {
            if (v.impact !== 'serious' && v.impact !== 'critical') continue;
            problems.push(`${theme} ${hash}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          }
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('filters 10 000 people keystroke by keystroke, rendering only the rows in view', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'braid-10k-'));
    const file = join(folder, 'big.braid.json');
    await writeFile(file, JSON.stringify(generateDemoPlan({ people: 10_000, seed: 7 })));
    const app = await startApp({ plan: file });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url}#/people`);
      await page.locator('tr[data-person-id]').first().waitFor({ timeout: 60_000 });
      // Each keystroke filters at once: the count after each one, read in the page.
      const shown = await page.getByRole('searchbox').evaluate(typeEachKeystroke, ['a', 'an', 'ann', 'anna', 'an', 'a', '', 'manager', 'head', '']);
      expect(shown[0].shown).toMatch(/ of [\d,]+ people$/);
      expect(shown[3].shown).not.toBe(shown[0].shown);
      expect(shown[6].shown).toMatch(/^[\d,]+ people$/);
      // How fast is measured by `npm run bench:ui`, not asserted here.
      expect(await page.locator('tr[data-person-id]').count()).toBeLessThan(80);
    } finally {
      await app.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
