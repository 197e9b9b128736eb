import { exportReportPdf, REPORT_TITLES, useReportJob, type ReportKind } from './report-job';

export interface ExportPdfButtonProps {
  report: ReportKind;
  roleId?: string;
  personId?: string;
  className?: string;
}

/** "Export PDF" for the dashboard (report="org"), a role (report="role" roleId) or a profile (report="person" personId). */
export function ExportPdfButton({ report, roleId, personId, className = 'button' }: ExportPdfButtonProps) {
  const running = useReportJob((s) => s.running);
  const busy = running !== null;
  return (
    <button
      type="button"
      className={className}
      aria-busy={busy}
      disabled={busy}
      title={`${REPORT_TITLES[report]} as PDF (Ctrl/Cmd+P)`}
      onClick={() => void exportReportPdf({ report, roleId, personId })}
    >
      {busy ? 'Making PDF…' : 'Export PDF'}
    </button>
  );
}
