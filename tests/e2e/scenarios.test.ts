import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, ROOT, startApp } from './harness';
import { braid } from '../../electron/cli/testing/fake-io';

afterAll(closeBrowser);

const FIXTURE = join(ROOT, 'tests/fixtures/whatif.braid.json');
const SHOTS = process.env.BRAID_SCREENSHOTS_DIR;

describe('a what-if scenario, end to end', () => {
  it('make a leader leave in a new scenario, see the dashboard re-flag, compare, promote, undo — the plan untouched until promoted', async () => {
    const app = await startApp({ plan: FIXTURE });
    try {
      const { page, dataDir } = app;
      const planFile = join(dataDir, 'plan.braid.json');
      await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
      await app.services.store.flush();
      const before = await readFile(planFile);

      // प्रिया शर्मा is the only ready-now successor of both roles: she leaves, in a new scenario.
      await page.goto(`${app.shell.url.split('#')[0]}#/profile?personId=P3`);
      await page.getByRole('heading', { name: 'प्रिया शर्मा', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Leaves on…' }).click();
      const dialog = page.getByRole('dialog', { name: 'What if this person leaves?' });
      await dialog.getByLabel('प्रिया शर्मा leaves on').fill('2027-02-01');
      await dialog.getByRole('button', { name: 'Try it in a new scenario' }).click();
      await dialog.waitFor({ state: 'detached' });

      const banner = page.getByRole('status').filter({ hasText: 'Scenario: If प्रिया शर्मा leaves on 1 Feb 2027.' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain('You are not in the plan');
      await page.getByRole('heading', { name: 'प्रिया शर्मा', level: 1 }).waitFor();
      await expect.poll(() => page.locator('.profile-archived-badge').count()).toBe(1);

      // Every view says it is the scenario; the dashboard re-flags.
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Pipeline' }).click();
      await page.getByText('No successor is ready now for Chief Technology Officer.').waitFor();
      await page.getByText('No successor is ready now for Head of Delivery.', { exact: false }).first().waitFor();
      expect(await banner.isVisible()).toBe(true);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'scenarios-dashboard-in-scenario.png') });
      await app.services.store.flush();
      expect((await readFile(planFile)).equals(before)).toBe(true);

      // Compare, side by side.
      await banner.getByRole('button', { name: 'Compare with the plan' }).click();
      const compare = page.getByRole('region', { name: 'Compared with the plan' });
      await compare.waitFor();
      const coverage = compare.getByRole('row', { name: /^Ready-now coverage/ });
      expect((await coverage.textContent())?.replace(/\s+/g, ' ')).toContain('Ready-now coverage100 %0 %−100 pts');
      await compare.getByText('Chief Technology Officer: ready now प्रिया शर्मा → nobody', { exact: false }).waitFor();
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'scenarios-compare.png'), fullPage: true });

      // Promote: one step, back in the plan, the plan file now has her gone.
      await page.getByRole('button', { name: 'Promote to plan' }).first().click();
      await page.getByRole('dialog', { name: /Promote “If प्रिया शर्मा leaves on 1 Feb 2027” to the plan\?/ }).getByRole('button', { name: 'Promote to plan' }).click();
      await page.getByText('“If प्रिया शर्मा leaves on 1 Feb 2027” is now the plan', { exact: false }).waitFor();
      await banner.waitFor({ state: 'detached' });
      await app.services.store.flush();
      const promoted = JSON.parse(await readFile(planFile, 'utf8'));
      expect(promoted.people.find((p: { id: string }) => p.id === 'P3').archived).toBe(true);
      expect(promoted.scenario).toBeUndefined();

      // Undo takes the whole promotion back.
      await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
      await expect.poll(async () => {
        await app.services.store.flush();
        return JSON.parse(await readFile(planFile, 'utf8')).people.find((p: { id: string }) => p.id === 'P3').archived;
      }).toBeUndefined();
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Pipeline' }).click();
      await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
      expect(await page.getByText('No successor is ready now for Chief Technology Officer.').count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe('the comparison PDF', () => {
  it('prints "Scenario: if Анна Петрова leaves on 1 March 2027" with the metrics, the flags raised and cleared and the roles whose cover changed', async () => {
    const app = await startApp({ plan: FIXTURE });
    try {
      const { handlers } = app.services;
      const made = await handlers['scenario:create']({ name: 'If Анна Петрова leaves on 1 March 2027', note: 'Asked by the board' });
      await handlers['scenario:edit']({ id: made.scenario.id, edit: 'whatif:leave', input: { personId: 'P1', on: '2027-03-01' } });
      const pdf = await handlers['report:pdf']({ report: 'scenario', scenarioId: made.scenario.id, paper: 'a4' });
      expect(pdf.fileName).toMatch(/^Scenario-.*-2027-01-01\.pdf$/);
      const path = join(tmpdir(), `braid-scenario-${process.pid}.pdf`);
      await writeFile(path, Buffer.from(pdf.base64, 'base64'));
      if (SHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(SHOTS, 'scenarios-report')]);
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('Scenario: If Анна Петрова leaves on 1 March 2027');
      expect(text).toContain('Asked by the board');
      expect(text).toContain('Ready-now coverage 100 % 100 % 0');
      expect(text).toContain('Flags raised');
      expect(text).toContain('Flags raised (1)');
      expect(text).toContain('ends after Chief Technology Officer is expected to fall vacant on 2027-03-01');
      expect(text).toContain('Roles whose cover changed (1)');
      expect(text).toContain('Confidential');
    } finally {
      await app.close();
    }
  });
});

describe('the Programme cost view', () => {
  it('shows the figures `braid export --table cost` writes, in the plan’s currency, with the year over budget marked', async () => {
    const out = join(tmpdir(), `braid-cost-${process.pid}.csv`);
    const cli = await braid(['export', FIXTURE, '--format', 'csv', '--table', 'cost', '--out', out]);
    expect(cli.code).toBe(0);
    const csv = (await readFile(out, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((line) => line.split(','));
    const years = csv.filter((row) => row[1] === 'year').map((row) => [row[0], Number(row[2])] as const);
    expect(years.map(([year]) => year)).toEqual(['2026', '2027', '2028']);
    const euros = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });

    const app = await startApp({ plan: FIXTURE });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url.split('#')[0]}#/cost`);
      await page.getByRole('heading', { name: 'Programme cost', level: 1 }).waitFor();
      for (const [year, spend] of years) {
        const row = page.getByRole('row', { name: new RegExp(`^${year}`) });
        expect(await row.getByRole('cell').first().textContent()).toBe(euros.format(spend));
      }
      expect(await page.locator('.cost-table tr.over th').allTextContents()).toEqual(['2027']);
    } finally {
      await app.close();
    }
  });
});
