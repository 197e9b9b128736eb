// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as { name: string; input: unknown }[]);

vi.mock('../../platform', () => ({
  transport: 'electron',
  BraidCallError: class BraidCallError extends Error {},
  call: vi.fn(async (name: string, input: unknown) => {
    calls.push({ name, input });
    if (name === 'report:pdf') return { fileName: 'Succession-plan.pdf', base64: btoa('%PDF-1.7') };
    if (name === 'file:open') return { opened: true };
    if (name === 'prefs:get') return { theme: 'system', recentFiles: [], paper: 'a4' };
    throw new Error(`unexpected call ${name}`);
  }),
}));
vi.mock('../../platform/files', () => ({
  fromBase64: (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)),
  saveBytes: vi.fn(async (fileName: string) => `/home/hr/Documents/${fileName}`),
}));

const { exportReportPdf } = await import('./report-job');
const { useBraid } = await import('../../store');

beforeEach(() => {
  calls.length = 0;
  useBraid.setState({ notices: [] });
});

describe('a PDF saved in the desktop app', () => {
  it('is announced with where it went and an action that opens it', async () => {
    await expect(exportReportPdf({ report: 'org' }, 'a4')).resolves.toBe('/home/hr/Documents/Succession-plan.pdf');
    const notice = useBraid.getState().notices.at(-1)!;
    expect(notice).toMatchObject({ tone: 'success', message: 'Saved /home/hr/Documents/Succession-plan.pdf', action: { label: 'Open the PDF' } });
    notice.action!.run();
    await vi.waitFor(() => expect(calls.at(-1)).toEqual({ name: 'file:open', input: { path: '/home/hr/Documents/Succession-plan.pdf' } }));
  });
});
