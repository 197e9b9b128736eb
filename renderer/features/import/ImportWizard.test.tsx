// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { cellText, planImport, tableFromRecords, type ImportMapping, type ImportPreview } from '../../../shared/import';
import { useBraid } from '../../store';

const calls: { name: string; input: Record<string, unknown> }[] = [];
let commitAnswer: () => Promise<unknown>;

const plan = planWith({ people: [{ id: 'E1', name: 'Ana Ruiz', homeDomain: 'sales', performance: 2 }] });

/** What the service answers, worked out by the same shared code from a simple CSV. */
function previewOf(input: { fileName: string; base64: string; mapping?: ImportMapping }): ImportPreview {
  const text = new TextDecoder().decode(Uint8Array.from(atob(input.base64), (c) => c.charCodeAt(0)));
  const table = tableFromRecords(text.trim().split('\n').map((line) => line.split(',')));
  const planning = planImport(plan, table, input.mapping);
  const { outcome } = planning;
  return {
    fileName: input.fileName,
    sheets: [],
    sheet: null,
    encoding: 'utf-8',
    delimiter: ',',
    headers: table.headers,
    guessedMapping: planning.guessedMapping,
    mapping: planning.mapping,
    columns: planning.columns,
    sample: table.rows.slice(0, 5).map((r) => table.headers.map((_, i) => cellText(r.cells[i]))),
    warnings: planning.warnings,
    guess: planning.guess,
    namesMissing: planning.namesMissing,
    preview: { ...outcome, counts: { ...outcome.counts, refusals: outcome.refusals.length, notes: outcome.notes.length }, truncated: false },
    elapsedMs: 12,
  };
}

vi.mock('../../platform', () => ({
  transport: 'web',
  BraidCallError: class extends Error {
    details: string[] = [];
  },
  call: vi.fn(async (name: string, input: Record<string, unknown>) => {
    calls.push({ name, input });
    if (name === 'import:mappings') return [];
    if (name === 'import:preview') return previewOf(input as never);
    if (name === 'import:commit') return commitAnswer();
    throw new Error(`unexpected call ${name}`);
  }),
}));

const { ImportButton } = await import('./index');

const CSV = ['Employee ID,Full Name,Department,Performance Rating', 'E1,Ana Ruiz,Sales,3', 'E2,Ben Okafor,Human Resources,4'].join('\n');

beforeEach(() => {
  calls.length = 0;
  commitAnswer = async () => ({ plan, revision: 2, history: { canUndo: true, canRedo: false, undoLabel: 'Import people', redoLabel: null }, problem: null });
  useBraid.setState({ plan, loaded: true, notify: vi.fn(), notices: [] });
});
afterEach(cleanup);

async function openWithFile() {
  const user = userEvent.setup();
  render(<ImportButton />);
  await user.click(screen.getByRole('button', { name: 'Import from spreadsheet…' }));
  await user.upload(screen.getByLabelText('Spreadsheet file (CSV or Excel .xlsx)'), new File([CSV], 'people.csv', { type: 'text/csv' }));
  await screen.findByRole('heading', { name: 'Columns' });
  return user;
}

describe('Import wizard', () => {
  it('reads the file in the service and shows the guessed columns and values to fix', async () => {
    await openWithFile();
    expect(calls.find((c) => c.name === 'import:preview')?.input).toMatchObject({ fileName: 'people.csv' });
    expect((screen.getByLabelText(/^Employee id/, { selector: 'select' }) as HTMLSelectElement).value).toBe('Employee ID');
    expect((screen.getByLabelText(/^Home domain/, { selector: 'select' }) as HTMLSelectElement).value).toBe('Department');
    // "Human Resources" has no guess: it would be refused until mapped.
    expect((screen.getByLabelText('Human Resources') as HTMLSelectElement).value).toBe('');
    expect(screen.getByText('1–5 scale: taken as is (halves round up)')).toBeTruthy();
  });

  it('previews refusals, then imports after the user maps the value and the scale', async () => {
    const user = await openWithFile();
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    const refused = await screen.findByRole('table', { name: /Refused/ });
    expect(within(refused).getByText('Human Resources')).toBeTruthy();
    expect(within(refused).getByText('is not a known home domain: map it to one in the values step')).toBeTruthy();
    const importButton = screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Back to columns and values' }));
    await user.selectOptions(screen.getByLabelText('Human Resources'), 'delivery');
    const highest = screen.getByLabelText('Highest') as HTMLInputElement;
    await user.clear(highest);
    await user.type(highest, '4');
    expect(screen.getByText('1–4 scale → 1–5: round(1 + (v−1)×4/3)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Preview import' }));

    expect(await screen.findByText('1 person to add')).toBeTruthy();
    expect(screen.getByText('1 person to update')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const commit = calls.find((c) => c.name === 'import:commit')!;
    const mapping = commit.input.mapping as ImportMapping;
    expect(mapping.values.homeDomain['Human Resources']).toBe('delivery');
    expect(mapping.scales.performance).toEqual({ min: 1, max: 4 });
    expect(commit.input.skipInvalid).toBe(false);
    expect(useBraid.getState().notify).toHaveBeenCalledWith(expect.objectContaining({ tone: 'success', message: 'Imported people.csv: 1 added, 1 updated.' }));
  });

  it('imports the rest only when the user chooses to leave refused rows out', async () => {
    const user = await openWithFile();
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    await screen.findByRole('table', { name: /Refused/ });
    await user.click(screen.getByLabelText('Leave out the refused rows and import the rest'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(calls.find((c) => c.name === 'import:commit')?.input.skipInvalid).toBe(true);
  });

  it('keeps the wizard open and shows why when the service refuses the commit', async () => {
    commitAnswer = async () => {
      throw new Error('1 row was refused, so nothing was imported.');
    };
    const user = await openWithFile();
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    await screen.findByRole('table', { name: /Refused/ });
    await user.click(screen.getByLabelText('Leave out the refused rows and import the rest'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toContain('1 row was refused, so nothing was imported.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
