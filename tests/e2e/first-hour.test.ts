import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyPlanWithUsDepartments } from '../helpers/us-employer-plan';
import type { Plan } from '../../shared/domain/plan/schema';
import { closeBrowser, startApp } from './harness';
import { selectedOption } from './choose-option';

afterAll(closeBrowser);

const hris = (name: string) => fileURLToPath(new URL(`../fixtures/hris/${name}`, import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** An empty plan whose framework already has the company's departments. */
async function emptyPlanWithDepartments(): Promise<string> {
  const plan = emptyPlanWithUsDepartments();
  const path = join(await mkdtemp(join(tmpdir(), 'braid-first-hour-')), 'empty.braid.json');
  await writeFile(path, JSON.stringify(plan));
  return path;
}

describe('the first hour: a US HRIS export into an empty plan', () => {
  it('asks nothing the file answers, leaves leavers and protected attributes out, and the dashboard leads to the first critical role', async () => {
    const app = await startApp({ plan: await emptyPlanWithDepartments() });
    try {
      const { page } = app;
      await page.getByRole('heading', { name: 'No critical roles yet' }).waitFor();
      expect(await page.getByText(/good shape/i).count()).toBe(0);

      await page.getByRole('link', { name: 'People' }).first().click();
      await page.getByRole('button', { name: 'Import…' }).click();
      const wizard = page.getByRole('dialog', { name: 'Import people' });
      await wizard.getByLabel('Spreadsheet file (CSV or Excel .xlsx)').setInputFiles(hris('us-employer-hris.csv'));
      await wizard.getByRole('heading', { name: 'Columns' }).waitFor();
      await wizard.getByText(/^Left out, never stored: “MarriedID”, “GenderID”, “DOB”, “Sex”/).waitFor();
      await wizard.getByText(/“RecruitmentSource” was not taken as Assessment source/).waitFor();
      expect(await selectedOption(wizard, 'Names written “Last, First”')).toBe('Turn them: Rosa M Rask');
      expect(await selectedOption(wizard, 'People who have left')).toBe('Leave them out');
      expect(await selectedOption(wizard, 'Fully Meets')).toBe('3');
      expect(await selectedOption(wizard, 'PIP')).toBe('1');
      await page.screenshot({ path: `${SCREENSHOTS}first-hour-mapping.png` });

      await wizard.getByRole('button', { name: 'Preview import' }).click();
      await wizard.getByText('210 people to add').waitFor();
      await wizard.getByText('101 people who have left, not imported').waitFor();
      expect(await wizard.getByText('0 rows refused').count()).toBe(1);
      await wizard.locator('footer .button.primary:not([disabled])').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SCREENSHOTS}first-hour-preview.png` });

      await wizard.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByText('Imported us-employer-hris.csv: 210 added, 0 updated.').waitFor();
      const people = (app.services.store.current() as Plan).people;
      expect(people).toHaveLength(210);
      expect(people[0]).toMatchObject({ name: 'Rosa M Rask', performance: 3, homeDomain: 'production' });
      await page.getByText('medium / —').first().waitFor();

      await page.getByRole('link', { name: 'Pipeline' }).first().click();
      const first = page.getByRole('button', { name: 'Make Production Manager a critical role' });
      await first.waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}first-hour-dashboard.png` });
      await first.click();
      await page.getByRole('heading', { name: 'Succession', level: 1 }).waitFor();
      expect((app.services.store.current() as Plan).roles.map((r) => [r.title, r.incumbentId])).toEqual([['Production Manager', '10001']]);
    } finally {
      await app.close();
    }
  });
});
