// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { cellText, planImport, tableFromRecords, type ImportMapping, type ImportPreview } from '../../../shared/import';
import { useBraid } from '../../store';
import { fakeApi } from '../../testing/fake-api';
import { ImportButton } from './index';
import { chooseOption, selectedOption } from '../../testing/choose-option';

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
    protectedLeftOut: planning.protectedLeftOut,
    preview: { ...outcome, counts: { ...outcome.counts, refusals: outcome.refusals.length, notes: outcome.notes.length }, truncated: false },
    elapsedMs: 12,
  };
}

const CSV = ['Employee ID,Full Name,Department,Performance Rating', 'E1,Ana Ruiz,Sales,3', 'E2,Ben Okafor,Human Resources,4'].join('\n');

beforeEach(() => {
  fakeApi
    .respond('import:mappings', [])
    .respond('import:preview', previewOf)
    .respond('import:commit', { plan, revision: 2, history: { canUndo: true, canRedo: false, undoLabel: 'Import people', redoLabel: null }, problem: null })
    .respond('import:refusedRows', { fileName: 'people-refused-rows.csv', base64: btoa('Employee ID'), mime: 'text/csv' });
  useBraid.setState({ plan, loaded: true, notify: vi.fn(), notices: [] });
});
afterEach(cleanup);

async function openWithFile(csv = CSV) {
  const user = userEvent.setup();
  render(<ImportButton />);
  await user.click(screen.getByRole('button', { name: 'Import from spreadsheet…' }));
  await user.upload(screen.getByLabelText('Spreadsheet file (CSV or Excel .xlsx)'), new File([csv], 'people.csv', { type: 'text/csv' }));
  await screen.findByRole('heading', { name: 'Columns' });
  return user;
}

describe('Import wizard', () => {
  it('reads the file in the service and shows the guessed columns and values to fix', async () => {
    await openWithFile();
    expect(fakeApi.inputsOf('import:preview')[0]).toMatchObject({ fileName: 'people.csv' });
    expect(selectedOption('Employee id')).toBe('Employee ID');
    expect(selectedOption('Home domain')).toBe('Department');
    // "Human Resources" has no guess: it would be refused until mapped.
    expect(selectedOption('Human Resources')).toBe('— refuse these rows —');
    // Each guess says why.
    expect(screen.getByText('Guessed: the header “Department” is a usual name for Home domain.')).toBeTruthy();
    // Only 3s and 4s: a 1–4 or a 1–5 scale? The wizard asks instead of guessing.
    const question = screen.getByRole('radiogroup', { name: 'Scale of Performance Rating' });
    expect(within(question).getByText('These values fit more than one scale: which is it? The import waits for your answer.')).toBeTruthy();
    expect(screen.getByText('No scale chosen yet.')).toBeTruthy();
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
    await chooseOption('Human Resources', 'Delivery & Project Management', { user });
    const highest = screen.getByLabelText('Highest') as HTMLInputElement;
    await user.clear(highest);
    await user.type(highest, '4');
    expect(screen.getByText('1–4 scale → 1–5: round(1 + (v−1)×4/3)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Preview import' }));

    expect(await screen.findByText('1 person to add')).toBeTruthy();
    expect(screen.getByText('1 person to update')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const [commit] = fakeApi.inputsOf('import:commit');
    const mapping = commit.mapping as ImportMapping;
    expect(mapping.values.homeDomain['Human Resources']).toBe('delivery');
    expect(mapping.scales.performance).toEqual({ min: 1, max: 4 });
    expect(commit.skipInvalid).toBe(false);
    expect(useBraid.getState().notify).toHaveBeenCalledWith(expect.objectContaining({ tone: 'success', message: 'Imported people.csv: 1 added, 1 updated.' }));
  });

  it('imports the rest only when the user chooses to leave refused rows out', async () => {
    const user = await openWithFile();
    await user.click(screen.getByLabelText('a 1–5 scale'));
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    await screen.findByRole('table', { name: /Refused/ });
    await user.click(screen.getByLabelText('Leave out the refused rows and import the rest'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(fakeApi.inputsOf('import:commit')[0].skipInvalid).toBe(true);
  });

  it('keeps the wizard open and shows why when the service refuses the commit', async () => {
    fakeApi.refuse('import:commit', '1 row was refused, so nothing was imported.');
    const user = await openWithFile();
    await user.click(screen.getByLabelText('a 1–5 scale'));
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    await screen.findByRole('table', { name: /Refused/ });
    await user.click(screen.getByLabelText('Leave out the refused rows and import the rest'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toContain('1 row was refused, so nothing was imported.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('adds an unknown department as a new domain in the values step, recorded in the mapping and imported in one step', async () => {
    const user = await openWithFile();
    await user.click(screen.getByLabelText('a 1–5 scale'));
    await user.click(screen.getByRole('button', { name: 'Add “Human Resources” as a new domain' }));
    const form = screen.getByRole('group', { name: 'New domain for “Human Resources”' });
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Human Resources');
    await chooseOption('Side', 'Front (client-facing)', { within: form, user });
    await user.click(within(form).getByLabelText('Customer Success for Value Delivery'));
    await user.click(within(form).getByRole('button', { name: 'Add domain' }));
    expect(selectedOption('Human Resources')).toBe('Human Resources (new)');
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    expect(await screen.findByText('1 person to add')).toBeTruthy();
    expect(screen.getByText('0 rows refused')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const mapping = fakeApi.inputsOf('import:commit')[0].mapping as ImportMapping;
    expect(mapping.newDomains).toEqual([{ id: 'human-resources', name: 'Human Resources', side: 'front', develops: ['customer-success'] }]);
    expect(mapping.values.homeDomain['Human Resources']).toBe('human-resources');
  });

  it('says at the top of the preview that a file without names gets placeholder names', async () => {
    const user = await openWithFile(['EmployeeNumber,EmployeeCount,Department,JobRole', '2,1,Sales,Sales Executive', '5,1,Sales,Manager'].join('\n'));
    expect(screen.getByText('“EmployeeCount” was not taken as Name: every row holds “1”.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    const notice = await screen.findByRole('note');
    expect(notice.textContent).toBe(
      'This file has no name column. New people will be named from their employee id (“Employee 2”, “Employee 5”…) and marked as placeholders in the roster until someone renames them.',
    );
    // The notice comes before the counts.
    expect(notice.compareDocumentPosition(screen.getByRole('list', { name: 'What the import will do' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(fakeApi.inputsOf('import:commit')).toHaveLength(1);
  });

  it('saves the refused rows to a CSV through the service', async () => {
    const user = await openWithFile();
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    await screen.findByRole('table', { name: /Refused/ });
    await user.click(screen.getByRole('button', { name: 'Save refused rows…' }));
    expect(fakeApi.inputsOf('import:refusedRows')[0]).toMatchObject({ fileName: 'people.csv' });
    expect(fakeApi.saved).toMatchObject([{ fileName: 'people-refused-rows.csv', text: 'Employee ID', mime: 'text/csv' }]);
  });

  it('shows a person already in the plan under another id as a possible duplicate, and imports the choice made', async () => {
    const user = await openWithFile(['Employee ID,Full Name,Department,Performance Rating', 'E9,ANA RUIZ,Sales,5', 'E10,Ben Okafor,Sales,2'].join('\n'));
    await user.click(screen.getByRole('button', { name: 'Preview import' }));
    const table = await screen.findByRole('table', { name: /Possible duplicates/ });
    expect(within(table).getByText('Ana Ruiz (E1) — same name')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    await chooseOption('ANA RUIZ (E9)', 'Update Ana Ruiz', { within: table, user });
    expect(await screen.findByText('1 person to update')).toBeTruthy();
    expect(screen.getByText('1 person to add')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((fakeApi.inputsOf('import:commit')[0].mapping as ImportMapping).duplicates).toEqual({ E9: 'update' });
  });
});
