export { ExportPdfButton, type ExportPdfButtonProps } from './ExportPdfButton';
export { useReportShortcut } from './useReportShortcut';
export { exportReportPdf, useReportJob, type ReportChoice } from './report-job';
