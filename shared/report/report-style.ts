import { REPORT_FONT_STACK } from './font-faces';

/**
 * The print stylesheet every report shares. Sizes are in points: the page is paper, not a
 * screen. The page size and margins come from the printer (A4 or US Letter), so nothing here
 * depends on the paper; the margins leave room for Chromium's header and footer.
 */

/** Colours of the light theme (renderer/styles/tokens.css), fixed for paper. */
export const PRINT_COLORS = {
  text: '#1d1f24',
  muted: '#5a5e68',
  faint: '#8b8f98',
  rule: '#d9d6cc',
  band: '#f3f1ec',
  accent: '#2557a7',
  front: '#c2571a',
  back: '#1f6f8b',
  critical: '#b3261e',
  criticalBg: '#fde8e6',
  warning: '#8a5a00',
  warningBg: '#fff3d6',
  info: '#2f5d8a',
  infoBg: '#e5eef8',
  ok: '#2e7d32',
} as const;

export { REPORT_FONT_STACK } from './font-faces';

const c = PRINT_COLORS;

export const REPORT_CSS = `
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${REPORT_FONT_STACK}; font-size: 9.5pt; line-height: 1.45; color: ${c.text}; }
h1, h2, h3, h4 { margin: 0; line-height: 1.2; font-weight: 700; }
h1 { font-size: 26pt; letter-spacing: -0.01em; }
h2 { font-size: 16pt; }
h3 { font-size: 11pt; margin: 14pt 0 5pt; color: ${c.text}; }
h4 { font-size: 9.5pt; margin: 8pt 0 3pt; }
h2, h3, h4 { break-after: avoid; }
p { margin: 0 0 6pt; }
.muted { color: ${c.muted}; }
.small { font-size: 8pt; }
.nowrap { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
svg { display: block; max-width: 100%; height: auto; }
svg.inline { display: inline-block; vertical-align: middle; }
.meter { display: inline-block; vertical-align: middle; width: 44px; height: 6px; }
.meter > span { display: block; height: 100%; }

/* Cover: one page of its own. */
.cover { break-after: page; padding-top: 38mm; }
.cover .eyebrow { font-size: 10pt; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; color: ${c.accent}; margin-bottom: 8pt; }
.cover h1 { font-size: 34pt; margin-bottom: 6pt; }
.cover .organisation { font-size: 18pt; font-weight: 600; color: ${c.muted}; margin-bottom: 26pt; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 4pt 16pt; margin: 0 0 30pt; font-size: 10.5pt; }
.cover dt { color: ${c.muted}; }
.cover dd { margin: 0; font-weight: 600; }
.cover .motif { margin: 0 0 30pt; }
.notice { border: 1pt solid ${c.critical}; border-left-width: 4pt; padding: 8pt 12pt; font-size: 9pt; break-inside: avoid; }
.notice strong { color: ${c.critical}; letter-spacing: 0.04em; }

/* The title block of a one-role or one-person report, in place of a cover. */
.masthead { border-bottom: 2pt solid ${c.text}; padding-bottom: 8pt; margin-bottom: 12pt; break-inside: avoid; }
.masthead .eyebrow { font-size: 8.5pt; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; color: ${c.accent}; }
.masthead h1 { font-size: 22pt; margin: 2pt 0 3pt; }
.masthead .subtitle { color: ${c.muted}; font-size: 10pt; }
.masthead .notice { margin-top: 8pt; font-size: 8pt; padding: 4pt 8pt; }

/* Chapters of the organisation report start on a fresh page. */
.chapter { break-before: page; }
.chapter-title { border-bottom: 2pt solid ${c.text}; padding-bottom: 4pt; margin-bottom: 10pt; }
.chapter-title .eyebrow { display: block; font-size: 8pt; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; color: ${c.accent}; margin-bottom: 2pt; }

/* Key figures. */
.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt; margin: 0 0 10pt; break-inside: avoid; }
.tile { border: 0.75pt solid ${c.rule}; border-radius: 3pt; padding: 6pt 8pt; }
.tile .value { font-size: 17pt; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.tile .label { font-size: 8pt; color: ${c.muted}; }
.charts { display: grid; grid-template-columns: 1.25fr 1fr; gap: 14pt; align-items: start; margin-bottom: 6pt; break-inside: avoid; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 8pt; font-weight: 600; color: ${c.muted}; text-transform: uppercase; letter-spacing: 0.06em; margin-bottom: 4pt; }

/* Tables: header rows repeat on every page, rows never split across pages. */
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 0 0 8pt; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; }
th { text-align: left; font-weight: 600; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: ${c.muted}; border-bottom: 1pt solid ${c.text}; padding: 3pt 5pt 3pt 0; vertical-align: bottom; }
td { border-bottom: 0.5pt solid ${c.rule}; padding: 4pt 5pt 4pt 0; vertical-align: top; }
th:last-child, td:last-child { padding-right: 0; }
tbody th { text-transform: none; letter-spacing: 0; font-size: 8pt; color: ${c.text}; background: ${c.band}; border-bottom: 0.5pt solid ${c.rule}; padding: 3pt 5pt; }
td .sub, .facts .sub { display: block; color: ${c.muted}; font-size: 7.5pt; font-weight: 400; }
.action-kind { white-space: nowrap; }
.action-kind svg { vertical-align: -1px; }
td ul { margin: 0; padding-left: 9pt; }
td li { margin: 0; }
td li + li { margin-top: 2pt; }
td ul.plain { list-style: none; padding-left: 0; }
.empty { color: ${c.muted}; font-style: italic; padding: 4pt 0 8pt; }

/* Badges for severity, risk, side, readiness. */
.badge { display: inline-block; padding: 0 5pt; border-radius: 6pt; font-size: 7.5pt; font-weight: 600; line-height: 1.5; white-space: nowrap; }
.badge.critical, .badge.high { background: ${c.criticalBg}; color: ${c.critical}; }
.badge.warning, .badge.medium { background: ${c.warningBg}; color: ${c.warning}; }
.badge.info, .badge.low { background: ${c.infoBg}; color: ${c.info}; }
.badge.front { background: #f7e3d6; color: ${c.front}; }
.badge.back { background: #d9ebf1; color: ${c.back}; }
.badge.ok { background: #e3f1e4; color: ${c.ok}; }
.badge.plain { background: ${c.band}; color: ${c.text}; }

/* A role's section: the heading block is never left alone at the foot of a page. */
.role-section + .role-section { margin-top: 18pt; }
.chapter.role-section + .chapter.role-section { margin-top: 0; }
.role-head { break-inside: avoid; break-after: avoid; }
.role-head h2 { margin-bottom: 3pt; }
.role-head .domains { margin-bottom: 8pt; }
.facts { display: grid; grid-template-columns: repeat(4, 1fr); border-top: 1pt solid ${c.text}; border-bottom: 0.5pt solid ${c.rule}; margin-bottom: 8pt; }
.facts > div { padding: 4pt 6pt 5pt 0; }
.facts .label { display: block; font-size: 7pt; text-transform: uppercase; letter-spacing: 0.06em; color: ${c.muted}; }
.facts .value { font-weight: 600; }
.requirements { margin: 0 0 6pt; }
.keep { break-inside: avoid; }
.keep-with-next { break-after: avoid; }

/* Flags. */
.flags { list-style: none; margin: 0 0 8pt; padding: 0; }
.flags li { display: grid; grid-template-columns: 52pt 1fr; gap: 6pt; padding: 3pt 0; border-bottom: 0.5pt solid ${c.rule}; break-inside: avoid; }
.flags .action { display: block; color: ${c.muted}; font-size: 8pt; }
.flags .action::before { content: '→ '; }

/* A person's block in a role report and the person report. */
.person-card { break-inside: avoid; border-top: 1pt solid ${c.text}; padding-top: 6pt; margin-top: 12pt; }
.person-card h3 { margin: 0 0 2pt; }
.person-card .figures { display: flex; gap: 14pt; margin: 4pt 0 6pt; font-size: 8.5pt; }
.person-card .figures strong { font-size: 11pt; }
.picture { margin: 4pt 0 6pt; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 14pt; align-items: start; }
.explain { font-size: 8.5pt; }
.explain .formula { font-variant-numeric: tabular-nums; background: ${c.band}; padding: 4pt 6pt; border-radius: 3pt; margin: 4pt 0; }
.legend { font-size: 7.5pt; color: ${c.muted}; }
/* A rotation on the calendar's time axis: its span and the as-of line, in a box that scales like the axis's SVG (216 × 10). */
.cal-bar { display: inline-block; position: relative; vertical-align: middle; width: 100%; max-width: 216px; aspect-ratio: 216 / 10; }
.cal-bar .span { position: absolute; top: 15%; height: 70%; box-sizing: border-box; border: 0.75px solid; border-radius: 1.5px; }
.cal-bar .now { position: absolute; top: 0; height: 100%; width: 0.75px; margin-left: -0.375px; background: ${c.critical}; }
.swatch { display: inline-block; width: 8pt; height: 8pt; border-radius: 1.5pt; vertical-align: -1pt; margin: 0 3pt 0 8pt; }
.swatch:first-child { margin-left: 0; }
`;
