import { escapeHtml } from './html';
import { PRINT_COLORS, REPORT_FONT_STACK } from './report-style';
import { longDate } from './wording';

/**
 * Chromium's header and footer templates (printToPDF / page.pdf). They are drawn in the page
 * margin, outside the document, with their own tiny default font size: everything is set here.
 * `pageNumber` and `totalPages` are filled in by Chromium.
 */
const frame = (content: string): string =>
  `<div style="width:100%;margin:0 16mm;font-family:${escapeHtml(REPORT_FONT_STACK)};font-size:7.5pt;color:${PRINT_COLORS.muted};` +
  `display:flex;justify-content:space-between;align-items:baseline;gap:12pt;-webkit-print-color-adjust:exact">${content}</div>`;

export function headerTemplate(organisation: string, reportName: string): string {
  return frame(
    `<span style="font-weight:600;color:${PRINT_COLORS.text}">${escapeHtml(organisation)}</span><span>${escapeHtml(reportName)}</span>`,
  );
}

export function footerTemplate(generatedOn: string): string {
  return frame(
    `<span style="font-weight:600;color:${PRINT_COLORS.critical}">Confidential — HR</span>` +
      `<span>Generated ${escapeHtml(longDate(generatedOn))}</span>` +
      `<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>`,
  );
}
