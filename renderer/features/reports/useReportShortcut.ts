import { useEffect } from 'react';
import { exportReportPdf, type ReportChoice } from './report-job';

/**
 * Ctrl/Cmd+P on a screen makes that screen's report instead of printing the app's window
 * (which would print the UI, not a report). Pass null when the screen has nothing to report yet.
 */
export function useReportShortcut(choice: ReportChoice | null, run: (choice: ReportChoice) => unknown = exportReportPdf): void {
  const report = choice?.report;
  const roleId = choice?.roleId;
  const personId = choice?.personId;
  useEffect(() => {
    if (!report) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      void run({ report, roleId, personId });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [report, roleId, personId, run]);
}
