// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportPlan } from '../../../shared/report/testing/report-plan';
import { useBraid } from '../../store';
import { chooseOption } from '../../testing/choose-option';

const platform = vi.hoisted(() => ({
  calls: [] as { name: string; input: Record<string, unknown> }[],
  release: null as null | (() => void),
  fail: null as null | { message: string; details: string[] },
  saved: [] as { fileName: string; mime: string; bytes: Uint8Array }[],
}));

vi.mock('../../platform', () => {
  class BraidCallError extends Error {
    constructor(message: string, readonly details: string[] = []) {
      super(message);
    }
  }
  return {
    transport: 'web',
    BraidCallError,
    call: vi.fn(async (name: string, input: Record<string, unknown>) => {
      platform.calls.push({ name, input });
      if (name === 'prefs:get') return { theme: 'system', recentFiles: [], paper: 'letter' };
      if (name === 'prefs:set') return { theme: 'system', recentFiles: [], paper: input.paper };
      if (name === 'report:pdf') {
        await new Promise<void>((resolve) => (platform.release = resolve));
        if (platform.fail) throw new BraidCallError(platform.fail.message, platform.fail.details);
        return { fileName: 'Succession-plan-Chief-Service-Officer-2027-01-01.pdf', base64: btoa('%PDF-1.7') };
      }
      throw new Error(`unexpected call ${name}`);
    }),
  };
});
vi.mock('../../platform/files', () => ({
  fromBase64: (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)),
  saveBytes: vi.fn(async (fileName: string, bytes: Uint8Array, mime: string) => {
    platform.saved.push({ fileName, bytes, mime });
    return fileName;
  }),
}));

const { default: ReportsScreen } = await import('./ReportsScreen');
const { ExportPdfButton } = await import('./ExportPdfButton');
const { useReportJob } = await import('./report-job');

beforeEach(() => {
  platform.calls = [];
  platform.saved = [];
  platform.fail = null;
  useReportJob.setState({ running: null, lastError: null });
  useBraid.setState({ plan: reportPlan(), route: { screen: 'reports' } });
});
afterEach(cleanup);

const finish = async () => {
  await act(async () => {
    platform.release?.();
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
    expect(platform.calls.find((c) => c.name === 'report:pdf')!.input).toEqual({ report: 'role', roleId: 'cso', paper: 'letter' });
    expect(platform.saved).toHaveLength(1);
    expect(platform.saved[0]).toMatchObject({ fileName: 'Succession-plan-Chief-Service-Officer-2027-01-01.pdf', mime: 'application/pdf' });
    expect(new TextDecoder().decode(platform.saved[0].bytes)).toBe('%PDF-1.7');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('remembers a new paper choice', async () => {
    const user = userEvent.setup();
    render(<ReportsScreen />);
    await screen.findByRole('radio', { name: 'US Letter', checked: true });
    await user.click(screen.getByRole('radio', { name: 'A4' }));
    expect(platform.calls).toContainEqual({ name: 'prefs:set', input: { paper: 'a4' } });
  });

  it('shows why a report could not be made', async () => {
    platform.fail = { message: 'PDF reports need Chromium or Google Chrome, and none was found.', details: ['Install Chromium or Google Chrome.'] };
    const user = userEvent.setup();
    render(<ReportsScreen />);
    await user.click(screen.getByRole('button', { name: 'Generate PDF' }));
    await finish();
    expect(screen.getByRole('alert').textContent).toContain('none was found');
    expect(screen.getByRole('alert').textContent).toContain('Install Chromium or Google Chrome.');
    expect(platform.saved).toHaveLength(0);
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
    expect(platform.calls.find((c) => c.name === 'report:pdf')!.input).toMatchObject({ report: 'person', personId: 'priya' });
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
    expect(platform.calls.find((c) => c.name === 'report:pdf')!.input).toMatchObject({ report: 'person', personId: 'omar2' });
  });
});

describe('ExportPdfButton', () => {
  it('exports its report on the preferred paper and is busy meanwhile', async () => {
    render(<ExportPdfButton report="person" personId="anna" />);
    fireEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByRole('button', { name: 'Making PDF…' })).toHaveProperty('disabled', true);
    await finish();
    expect(platform.calls.find((c) => c.name === 'report:pdf')!.input).toEqual({ report: 'person', personId: 'anna', paper: 'letter' });
    expect(screen.getByRole('button', { name: 'Export PDF' })).toHaveProperty('disabled', false);
  });
});
