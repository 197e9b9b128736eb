// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportPlan } from '../../../shared/report/testing/report-plan';
import { useBraid } from '../../store';
import { fakeApi, type Held } from '../../testing/fake-api';
import { ExportPdfButton } from './ExportPdfButton';
import { useReportJob } from './report-job';
import ReportsScreen from './ReportsScreen';
import { chooseOption } from '../../testing/choose-option';

let pdf: Held<'report:pdf'>;

beforeEach(() => {
  fakeApi
    .respond('prefs:get', { theme: 'system', paper: 'letter', notice: null })
    .respond('prefs:set', (change) => ({ theme: 'system', paper: change.paper ?? 'letter' }))
    .respond('report:pdf', { fileName: 'Succession-plan-Chief-Service-Officer-2027-01-01.pdf', base64: btoa('%PDF-1.7') });
  // The PDF is made while the test looks at the progress; finish() lets it through.
  pdf = fakeApi.hold('report:pdf');
  useReportJob.setState({ running: null, lastError: null });
  useBraid.setState({ plan: reportPlan(), route: { screen: 'reports' } });
});
afterEach(cleanup);

const finish = async () => {
  await act(async () => {
    await pdf.resolve();
    await new Promise((r) => setTimeout(r, 0));
  });
};

describe('ReportsScreen', () => {
  it('makes the chosen role report on the remembered paper, shows progress, then saves the PDF', async () => {
    const user = userEvent.setup();
    render(<ReportsScreen />);
    expect(await screen.findByRole('radio', { name: 'US Letter' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('radio', { name: /One role’s succession plan|One role's succession plan/ }));
    const generate = screen.getByRole('button', { name: 'Generate PDF' });
    expect(generate).toHaveProperty('disabled', true);
    expect(screen.getByText('Choose the role to report on.')).toBeTruthy();
    await chooseOption('Role', /^Chief Service Officer/, { user });
    await user.click(generate);
    expect(screen.getByRole('status').textContent).toMatch(/Generating the one role's succession plan/);
    expect(screen.getByRole('button', { name: 'Generating…' })).toHaveProperty('disabled', true);
    await finish();
    expect(fakeApi.inputsOf('report:pdf')[0]).toEqual({ report: 'role', roleId: 'cso', paper: 'letter' });
    expect(fakeApi.saved).toHaveLength(1);
    expect(fakeApi.saved[0]).toMatchObject({ fileName: 'Succession-plan-Chief-Service-Officer-2027-01-01.pdf', mime: 'application/pdf' });
    expect(new TextDecoder().decode(fakeApi.saved[0].bytes)).toBe('%PDF-1.7');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('remembers a new paper choice', async () => {
    const user = userEvent.setup();
    render(<ReportsScreen />);
    await screen.findByRole('radio', { name: 'US Letter', checked: true });
    await user.click(screen.getByRole('radio', { name: 'A4' }));
    expect(fakeApi.inputsOf('prefs:set')).toContainEqual({ paper: 'a4' });
  });

  it('shows why a report could not be made', async () => {
    fakeApi.refuse('report:pdf', 'PDF reports need Chromium or Google Chrome, and none was found.', ['Install Chromium or Google Chrome.']);
    const user = userEvent.setup();
    render(<ReportsScreen />);
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await finish();
    expect(screen.getByRole('alert').textContent).toContain('none was found');
    expect(screen.getByRole('alert').textContent).toContain('Install Chromium or Google Chrome.');
    expect(fakeApi.saved).toHaveLength(0);
  });

  it('starts on the person the route names and makes their profile with Ctrl+P', async () => {
    useBraid.setState({ route: { screen: 'reports', personId: 'priya' } });
    render(<ReportsScreen />);
    expect(screen.getByRole('radio', { name: /braid profile/ })).toHaveProperty('checked', true);
    expect((screen.getByRole('combobox', { name: 'Person' }) as HTMLInputElement).value).toBe('प्रिया शर्मा');
    const event = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
    act(() => void window.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);
    await finish();
    expect(fakeApi.inputsOf('report:pdf')[0]).toMatchObject({ report: 'person', personId: 'priya' });
  });
});

describe('ReportsScreen with two people of the same name', () => {
  it('lists both with what tells them apart, and reports on the one picked', async () => {
    const plan = reportPlan();
    const omar = plan.people.find((p) => p.id === 'omar')!;
    plan.people.push({ ...structuredClone(omar), id: 'omar2', title: 'Engineering Manager' });
    useBraid.setState({ plan });
    const user = userEvent.setup();
    render(<ReportsScreen />);
    await user.click(screen.getByRole('radio', { name: /braid profile/ }));
    const field = screen.getByRole('combobox', { name: 'Person' });
    await user.click(field);
    await user.type(field, 'omar');
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual([expect.stringContaining('Omar Haddad (VP Engineering)'), expect.stringContaining('Omar Haddad (Engineering Manager)')]);
    await user.click(screen.getByRole('option', { name: /Omar Haddad \(Engineering Manager\)/ }));
    expect((field as HTMLInputElement).value).toBe('Omar Haddad (Engineering Manager)');
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await finish();
    expect(fakeApi.inputsOf('report:pdf')[0]).toMatchObject({ report: 'person', personId: 'omar2' });
  });
});

describe('ExportPdfButton', () => {
  it('exports its report on the preferred paper and is busy meanwhile', async () => {
    render(<ExportPdfButton report="person" personId="anna" />);
    fireEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByRole('button', { name: 'Making PDF…' })).toHaveProperty('disabled', true);
    await finish();
    expect(fakeApi.inputsOf('report:pdf')[0]).toEqual({ report: 'person', personId: 'anna', paper: 'letter' });
    expect(screen.getByRole('button', { name: 'Export PDF' })).toHaveProperty('disabled', false);
  });
});
