import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/plan/schema';
import { reviewsOf, rolesInScope } from '../../shared/domain/review';
import { closeBrowser, startApp, type RunningApp } from './harness';
import { chooseOption, selectedOption } from './choose-option';
import { READINESS_LABELS } from '../../shared/domain/plan/defaults';

/*
 * A whole calibration meeting for one domain of the demo organisation, in the browser against
 * the real services: start a session, recalibrate five people on the live 9-box (keyboard and
 * drag), change two readiness levels, compare three successors, sign off, and print the outcomes,
 * whose pages are read back with poppler.
 */

const work = mkdtempSync(join(tmpdir(), 'braid-talent-review-'));
const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: 'utf8' });
const textOf = (pdf: string) => tool('pdftotext', pdf, '-').replace(/\s+/g, ' ');

afterAll(async () => {
  await closeBrowser();
});

async function axeClean(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const waiting = page.waitForEvent('download');
  await click();
  const file = await waiting;
  const path = join(work, name);
  await file.saveAs(path);
  return path;
}

const ratingsOf = (plan: Plan) => plan.people.map((p) => [p.id, p.performance, p.potential]);

async function proposeWithKeyboard(page: Page, personId: string, reason: string) {
  const chip = page.locator(`.live-cell .review-chip[data-person-id="${personId}"]:not(.incoming) button`);
  const cell = await chip.evaluate((el) => el.closest('.live-cell')!.className);
  await chip.focus();
  await page.keyboard.press(cell.includes('pot-low') ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason (required)').fill(reason);
  await dialog.getByRole('button', { name: 'Propose move' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function startSession(app: RunningApp, theme: 'light' | 'dark') {
  const { page } = app;
  await page.goto(`${app.shell.url}&theme=${theme}#/review`);
  await page.getByRole('heading', { name: 'Talent review' }).waitFor();
  await axeClean(page);
  await page.getByRole('button', { name: 'Start a talent review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a talent review' });
  await dialog.getByLabel('Title').fill('Delivery calibration');
  await dialog.getByLabel('Date of the meeting').fill('2026-11-02');
  await chooseOption(dialog, 'Domain', /^Delivery/);
  await dialog.getByLabel(/Participants/).fill('Hana Ito (HR), Ravi Menon');
  await axeClean(page, 'dialog');
  await dialog.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('heading', { name: 'Delivery calibration' }).waitFor();
}

describe('a talent review from start to outcomes PDF', () => {
  it('runs the meeting for one domain, signs it off, and the plan, the audit trail and the PDF show exactly the moves', async () => {
    const app = await startApp({ viewport: { width: 1440, height: 900 } });
    try {
      const { page } = app;
      const store = app.services.store;
      await startSession(app, 'light');
      const before = store.current()!;
      await axeClean(page);

      // Five people recalibrated: four with Alt+arrow keys, one dragged to another cell.
      const chips = page.locator('.live-cell .review-chip:not(.incoming)');
      const ids = await chips.evaluateAll((els) => els.map((el) => el.getAttribute('data-person-id')!));
      const [first, second, third, fourth, dragged] = ids;

      // A move without a reason is refused, in the dialog and before anything is sent.
      const chip = page.locator(`.review-chip[data-person-id="${first}"] button`);
      await chip.focus();
      const cell = await chip.evaluate((el) => el.closest('.live-cell')!.className);
      await page.keyboard.press(cell.includes('pot-low') ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
      await page.getByRole('dialog').getByRole('button', { name: 'Propose move' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/A move needs a reason/);
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      expect(reviewsOf(store.current()!)[0].moves).toEqual([]);

      await proposeWithKeyboard(page, first, 'Turned the Contoso programme round');
      await proposeWithKeyboard(page, second, 'Two delivery escalations this year');
      await proposeWithKeyboard(page, third, 'Ready for a wider remit: led the PMO redesign');
      await proposeWithKeyboard(page, fourth, 'Calibrated against peers in the room');
      const source = page.locator(`.live-cell .review-chip[data-person-id="${dragged}"] button`);
      const sourceCell = await source.evaluate((el) => el.closest('.live-cell')!.className);
      const target = sourceCell.includes('pot-high') ? '.live-cell.pot-low.perf-medium' : '.live-cell.pot-high.perf-high';
      await source.dragTo(page.locator(target));
      await page.getByRole('dialog').getByLabel('Reason (required)').fill('Agreed by the room after the dashboard review');
      await page.getByRole('dialog').getByRole('button', { name: 'Propose move' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      // Proposals show as from → to and change nothing in the plan until sign-off.
      await expect(page.locator('.review-chip.incoming').count()).resolves.toBe(5);
      expect(ratingsOf(store.current()!)).toEqual(ratingsOf(before));
      await page.screenshot({ path: join(work, 'nine-box.png'), fullPage: true });

      // Two readiness changes on the slates in scope.
      await page.getByRole('tab', { name: 'Slates' }).click();
      await axeClean(page);
      const hod = page.locator('section.role-calibration', { has: page.getByRole('heading', { name: /^Head of Delivery/ }) });
      const proposeButtons = hod.getByRole('button', { name: /^Propose readiness of/ });
      for (const [index, reason] of [[0, 'Meets every requirement: confirm'], [1, 'No technical time yet']] as const) {
        await proposeButtons.nth(index).click();
        const dialog = page.getByRole('dialog');
        const current = await selectedOption(dialog, 'Readiness');
        await chooseOption(dialog, 'Readiness', current === READINESS_LABELS['ready-now'] ? READINESS_LABELS['ready-1-2-years'] : READINESS_LABELS['ready-now']);
        await dialog.getByLabel('Reason (required)').fill(reason);
        await dialog.getByRole('button', { name: 'Propose move' }).click();
        await dialog.waitFor({ state: 'detached' });
      }
      await expect(hod.getByText('(proposed)').count()).resolves.toBe(2);

      // Three successors side by side, and printed.
      for (let i = 0; i < 3; i++) await hod.getByRole('checkbox', { name: /Compare/ }).nth(i).check();
      await page.getByRole('tab', { name: /Compare/ }).click();
      await expect(page.locator('.compare-table thead th').count()).resolves.toBe(4);
      await expect(page.locator('.compare-braids figure').count()).resolves.toBe(3);
      await axeClean(page);
      const comparePdf = await download(page, () => page.getByRole('button', { name: 'Print comparison (PDF)' }).click(), 'compare.pdf');
      const compareText = textOf(comparePdf);
      expect(compareText).toContain('Successors compared');
      expect(compareText).toContain('Fit for Head of Delivery');
      expect(compareText).toContain('Braid pictures');

      // Sign-off: every move applied as one step, reviewedOn set, the moves in the audit trail.
      const draft = reviewsOf(store.current()!)[0];
      expect(draft.moves.length).toBeGreaterThanOrEqual(7);
      await page.getByRole('button', { name: 'Sign off' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Sign off' }).click();
      await page.getByText(/Signed off on .*read-only/).waitFor();
      await store.flush();
      const signed = store.current()!;
      for (const move of draft.moves) {
        if (move.field === 'readiness') {
          expect(signed.roles.find((r) => r.id === move.roleId)!.successors.find((s) => s.personId === move.personId)!.readiness).toBe(move.to);
        } else {
          expect(signed.people.find((p) => p.id === move.personId)![move.field]).toBe(move.to);
        }
      }
      const changed = signed.people.filter((p, i) => p.performance !== before.people[i].performance || p.potential !== before.people[i].potential);
      const rated = [...new Set(draft.moves.filter((m) => m.field !== 'readiness').map((m) => m.personId))].sort();
      expect(rated).toHaveLength(5);
      expect(changed.map((p) => p.id).sort()).toEqual(rated);
      const inScope = rolesInScope(signed, draft.scope).map((r) => r.id).sort();
      expect(inScope.length).toBeGreaterThan(0);
      expect(signed.roles.filter((r) => r.reviewedOn === '2026-11-02').map((r) => r.id).sort()).toEqual(expect.arrayContaining(inScope));
      const { entries } = await app.services.handlers['audit:list']({ reviewId: draft.id });
      expect(entries.filter((e) => e.reason).map((e) => e.reason).sort()).toEqual(draft.moves.map((m) => m.reason).sort());
      await expect(page.getByRole('button', { name: 'Sign off' }).count()).resolves.toBe(0);
      await axeClean(page);

      // The outcomes PDF: date, participants, scope, every move with its reason, 9-box before and after, slates after.
      const outcomes = await download(page, () => page.getByRole('button', { name: 'Outcomes PDF' }).click(), 'outcomes.pdf');
      const text = textOf(outcomes);
      for (const expected of ['Talent review outcomes', 'Delivery calibration', 'Hana Ito (HR), Ravi Menon', 'The 9-box before and after', 'Slates after the session', 'Head of Delivery']) {
        expect(text).toContain(expected);
      }
      expect(text).toContain('Moves and their reasons');
      tool('pdftoppm', '-png', '-r', '60', outcomes, join(work, 'outcomes-page'));
      const pages = readdirSync(work).filter((f) => f.startsWith('outcomes-page') && f.endsWith('.png'));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(readFileSync(join(work, pages[0])).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await app.close();
    }
  }, 180_000);

  it('passes axe on the session in the dark theme', async () => {
    const app = await startApp({ colorScheme: 'dark', viewport: { width: 1440, height: 900 } });
    try {
      await startSession(app, 'dark');
      await axeClean(app.page);
      await app.page.getByRole('tab', { name: 'Slates' }).click();
      await axeClean(app.page);
      await app.page.getByRole('tab', { name: 'Compare' }).click();
      await axeClean(app.page);
      expect(existsSync(work)).toBe(true);
    } finally {
      await app.close();
    }
  }, 120_000);
});
