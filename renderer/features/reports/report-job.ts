import { create } from 'zustand';
import type { ReportPdfRequest } from '../../../shared/api/contract';
import { call, BraidCallError, transport } from '../../platform';
import { fromBase64, saveBytes } from '../../platform/files';
import { useBraid } from '../../store';

export type ReportKind = ReportPdfRequest['report'];
export type Paper = ReportPdfRequest['paper'];
export type ReportChoice = Omit<ReportPdfRequest, 'paper'>;

export const REPORT_TITLES: Record<ReportKind, string> = {
  org: 'Organisation succession plan',
  role: "One role's succession plan",
  person: "One person's braid profile",
  'review-outcomes': 'Talent review outcomes',
  'review-compare': 'Successors compared',
  scenario: 'Scenario compared with the plan',
};

interface ReportJobState {
  /** The report being made, shared by the Reports screen, every Export PDF button and the Ctrl/Cmd+P shortcut. */
  running: ReportChoice | null;
  lastError: { message: string; details: string[] } | null;
}

export const useReportJob = create<ReportJobState>()(() => ({ running: null, lastError: null }));

/** The paper the user chose last (a preference), A4 until they choose. */
export async function preferredPaper(): Promise<Paper> {
  try {
    return (await call('prefs:get', {})).paper;
  } catch {
    return 'a4';
  }
}

/**
 * Asks the services for the PDF and saves it (a native save dialog on the desktop, a download
 * in the browser). One report at a time: a second request while one runs is ignored.
 * Returns where the file went, or null when nothing was saved.
 */
export async function exportReportPdf(choice: ReportChoice, paper?: Paper): Promise<string | null> {
  if (useReportJob.getState().running) return null;
  useReportJob.setState({ running: choice, lastError: null });
  const { notify } = useBraid.getState();
  try {
    const { fileName, base64 } = await call('report:pdf', { ...choice, paper: paper ?? (await preferredPaper()) });
    const saved = await saveBytes(fileName, fromBase64(base64), 'application/pdf');
    if (saved) {
      // In the desktop app the PDF went through the save dialog: offer to open it. In the
      // browser it was downloaded, and the browser offers that itself.
      const openPdf = () =>
        call('file:open', { path: saved }).catch((error: Error) => notify({ tone: 'error', message: `The PDF could not be opened: ${error.message}` }));
      const open = transport === 'electron' ? { label: 'Open the PDF', run: () => void openPdf() } : undefined;
      notify({ tone: 'success', message: transport === 'electron' ? `Saved ${saved}` : `Downloaded ${saved}`, action: open });
    }
    return saved;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const details = error instanceof BraidCallError ? error.details : [];
    useReportJob.setState({ lastError: { message, details } });
    notify({ tone: 'error', message: `The PDF could not be made: ${message}`, details });
    return null;
  } finally {
    useReportJob.setState({ running: null });
  }
}
