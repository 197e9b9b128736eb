import { exportReportPdf, REPORT_TITLES, useReportJob, type ReportKind } from './report-job';
import { Hint } from '../../components/Hint';

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
    <Hint text={`${REPORT_TITLES[report]} as PDF (Ctrl/Cmd+P)`}>
      <button type="button" className={className} aria-busy={busy} disabled={busy} onClick={() => void exportReportPdf({ report, roleId, personId })}>
        {busy ? 'Making PDF…' : 'Export PDF'}
      </button>
    </Hint>
  );
}
