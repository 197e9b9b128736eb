// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { useBraid } from '../../store';
import { exportReportPdf } from './report-job';

beforeEach(() => {
  fakeApi.transport = 'electron';
  fakeApi
    .respond('report:pdf', { fileName: 'Succession-plan.pdf', base64: btoa('%PDF-1.7') })
    .respond('file:save', ({ suggestedName }) => ({ path: `/home/hr/Documents/${suggestedName}` }))
    .respond('file:open', { opened: true });
  useBraid.setState({ notices: [] });
});

describe('a PDF saved in the desktop app', () => {
  it('is announced with where it went and an action that opens it', async () => {
    await expect(exportReportPdf({ report: 'org' }, 'a4')).resolves.toBe('/home/hr/Documents/Succession-plan.pdf');
    expect(fakeApi.inputsOf('report:pdf')).toEqual([{ report: 'org', paper: 'a4' }]);
    expect(fakeApi.saved).toMatchObject([{ fileName: 'Succession-plan.pdf', mime: 'application/pdf', text: '%PDF-1.7' }]);
    const notice = useBraid.getState().notices.at(-1)!;
    expect(notice).toMatchObject({ tone: 'success', message: 'Saved /home/hr/Documents/Succession-plan.pdf', action: { label: 'Open the PDF' } });
    notice.action!.run();
    await vi.waitFor(() => expect(fakeApi.calls.at(-1)).toEqual({ name: 'file:open', input: { path: '/home/hr/Documents/Succession-plan.pdf' } }));
  });

  it('is not announced when the user cancels the save dialog', async () => {
    fakeApi.respond('file:save', { path: null });
    await expect(exportReportPdf({ report: 'org' }, 'a4')).resolves.toBeNull();
    expect(useBraid.getState().notices).toEqual([]);
  });
});

describe('a PDF made in the web shell', () => {
  it('is downloaded, and the notice offers no action the browser does not already offer', async () => {
    fakeApi.transport = 'web';
    await expect(exportReportPdf({ report: 'org' }, 'a4')).resolves.toBe('Succession-plan.pdf');
    expect(fakeApi.names()).toEqual(['report:pdf']);
    expect(useBraid.getState().notices.at(-1)).toMatchObject({ tone: 'success', message: 'Downloaded Succession-plan.pdf', action: undefined });
  });
});
