import { html, trustedMarkup, type SafeHtml } from './html';
import { REPORT_CSS } from './report-style';

/**
 * Only inline styles and data: fonts and images may load: a report never reaches the network,
 * even if something unexpected slipped into its markup. Scripts never run.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/**
 * A whole HTML document for Chromium to print. `fontCss` holds the @font-face rules of the bundled
 * fonts; both style sheets are our own text (<style> content is not entity-decoded, so it cannot be escaped).
 */
export function reportDocument(title: string, body: SafeHtml, fontCss = ''): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<title>${title}</title>
<style>${trustedMarkup(fontCss)}</style>
<style>${trustedMarkup(REPORT_CSS)}</style>
</head>
<body>
${body}
</body>
</html>`.markup;
}
