import type { PipelineMetrics, Severity } from '../domain/model';
import { addMonths, toDayNumber } from '../domain/time';
import { html, type SafeHtml } from './html';
import { PRINT_COLORS as C } from './report-style';
import { percentText, SEVERITY_LABELS } from './wording';

/**
 * Vector charts for paper: every chart is an inline SVG with a <title> and a <desc> that says
 * in words what the bars show, so the PDF stays readable by a screen reader and by pdftotext.
 * Numbers are written next to the bars: a board member should never have to read a scale.
 */

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

interface Bar {
  label: string;
  /** 0..1 of the track. */
  share: number;
  valueText: string;
  color: string;
  /** 0..1 position of a target marker, with its label. */
  target?: { share: number; label: string };
}

function barChart(title: string, desc: string, bars: Bar[], width = 360): SafeHtml {
  const labelW = 118;
  const valueW = 48;
  const rowH = 24;
  const trackW = width - labelW - valueW;
  const height = bars.length * rowH + 6;
  const rows = bars.map((bar, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(0, Math.min(1, bar.share)) * trackW;
    const target = bar.target
      ? html`<line x1="${r1(labelW + bar.target.share * trackW)}" y1="${y - 1}" x2="${r1(labelW + bar.target.share * trackW)}" y2="${y + 15}" stroke="${C.text}" stroke-width="1.5"/>
        <text x="${r1(labelW + bar.target.share * trackW)}" y="${y + 21}" font-size="7" fill="${C.muted}" text-anchor="middle">${bar.target.label}</text>`
      : '';
    return html`<g>
      <text x="0" y="${y + 10}" font-size="9.5" fill="${C.text}">${bar.label}</text>
      <rect x="${labelW}" y="${y + 1}" width="${trackW}" height="12" fill="${C.band}"/>
      <rect x="${labelW}" y="${y + 1}" width="${r1(w)}" height="12" fill="${bar.color}"/>
      ${target}
      <text x="${width}" y="${y + 10}" font-size="9.5" font-weight="700" fill="${C.text}" text-anchor="end">${bar.valueText}</text>
    </g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${title}</title><desc>${desc}</desc>${rows}</svg>`;
}

/** Ready-now coverage, braided bench and pipeline depth against the policy's minimum bench. */
export function pipelineChart(metrics: PipelineMetrics, minSuccessors: number): SafeHtml {
  const depthScale = Math.max(metrics.pipelineDepth, minSuccessors, 1) * 1.25;
  const bars: Bar[] = [
    { label: 'Ready-now coverage', share: metrics.readyNowCoverage, valueText: percentText(metrics.readyNowCoverage), color: C.accent },
    { label: 'Braided bench', share: metrics.braidedBench, valueText: percentText(metrics.braidedBench), color: C.back },
    {
      label: 'Pipeline depth',
      share: metrics.pipelineDepth / depthScale,
      valueText: r1(metrics.pipelineDepth),
      color: C.front,
      target: { share: minSuccessors / depthScale, label: `minimum ${minSuccessors}` },
    },
  ];
  const desc =
    `Ready-now coverage ${percentText(metrics.readyNowCoverage)} of roles; braided bench ${percentText(metrics.braidedBench)} of successors; ` +
    `pipeline depth ${r1(metrics.pipelineDepth)} successors per role against a minimum of ${minSuccessors}.`;
  return barChart('Pipeline health', desc, bars);
}

const SEVERITY_COLORS: Record<Severity, string> = { critical: C.critical, warning: '#c98a00', info: C.info };

export function flagsChart(counts: Record<Severity, number>): SafeHtml {
  const most = Math.max(counts.critical, counts.warning, counts.info, 1);
  const severities: Severity[] = ['critical', 'warning', 'info'];
  const bars = severities.map((s) => ({ label: SEVERITY_LABELS[s], share: counts[s] / most, valueText: String(counts[s]), color: SEVERITY_COLORS[s] }));
  const desc = severities.map((s) => `${counts[s]} ${SEVERITY_LABELS[s].toLowerCase()}`).join(', ') + ' flags.';
  return barChart('Flags by severity', desc, bars, 280);
}

/**
 * A small horizontal meter for a table cell: fit, braid index. Two boxes rather than an SVG:
 * a large report has thousands of them, and each inline SVG is a document of its own for
 * Chromium to lay out and paint — as boxes the 10 000-person report prints markedly faster,
 * and they are still vector rectangles in the PDF.
 */
export function meter(share: number, label: string, color: string = C.accent): SafeHtml {
  const percent = r1(Math.max(0, Math.min(1, share)) * 100);
  return html`<span class="meter" role="img" aria-label="${label}" style="background:${C.band}"><span style="width:${percent}%;background:${color}"></span></span>`;
}

/** How a role's slate splits by readiness, as one stacked bar. */
export function slateBar(counts: { now: number; soon: number; later: number }): SafeHtml {
  const total = counts.now + counts.soon + counts.later;
  const w = 70;
  if (total === 0) return html`<span class="muted">none</span>`;
  const unit = w / Math.max(total, 4);
  const parts: SafeHtml[] = [];
  let x = 0;
  for (const [n, color] of [[counts.now, C.ok], [counts.soon, '#c98a00'], [counts.later, C.faint]] as const) {
    for (let i = 0; i < n; i++, x += unit) parts.push(html`<rect x="${r1(x + 0.5)}" width="${r1(unit - 1)}" height="8" fill="${color}"/>`);
  }
  const label = `${counts.now} ready now, ${counts.soon} in 1–2 years, ${counts.later} in 3–5 years`;
  return html`<svg class="inline" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${w} 8" width="${w}" height="8"><title>${label}</title>${parts}</svg>`;
}

/** The time axis of the rotation calendar: a window of months around asOf. */
export interface CalendarWindow {
  from: string;
  to: string;
}

export function calendarWindow(asOf: string, monthsBefore = 3, monthsAfter = 21): CalendarWindow {
  const first = `${asOf.slice(0, 7)}-01`;
  return { from: addMonths(first, -monthsBefore), to: addMonths(first, monthsAfter) };
}

const CAL_W = 200;

function quarterStarts(window: CalendarWindow): string[] {
  const out: string[] = [];
  for (let m = window.from; m < window.to; m = addMonths(m, 1)) if (Number(m.slice(5, 7)) % 3 === 1) out.push(m);
  return out;
}

function xIn(window: CalendarWindow, iso: string): number {
  const from = toDayNumber(window.from);
  const span = toDayNumber(window.to) - from;
  return Math.max(0, Math.min(1, (toDayNumber(iso) - from) / span)) * CAL_W;
}

/** The header of the calendar column: quarter ticks and year labels. */
export function calendarAxis(window: CalendarWindow, asOf: string): SafeHtml {
  const ticks: SafeHtml[] = [];
  for (const m of quarterStarts(window)) {
    const month = Number(m.slice(5, 7));
    const x = r1(xIn(window, m));
    const label = month === 1 ? m.slice(0, 4) : `Q${(month + 2) / 3}`;
    ticks.push(html`<line x1="${x}" y1="10" x2="${x}" y2="16" stroke="${C.muted}" stroke-width="0.75"/><text x="${x}" y="8" font-size="7" fill="${month === 1 ? C.text : C.muted}" ${month === 1 ? html`font-weight="700"` : ''} text-anchor="middle">${label}</text>`);
  }
  const now = r1(xIn(window, asOf));
  return html`<svg class="inline" xmlns="http://www.w3.org/2000/svg" viewBox="-8 0 ${CAL_W + 16} 16" width="${CAL_W + 16}" height="16" aria-hidden="true">${ticks}<line x1="${now}" y1="10" x2="${now}" y2="16" stroke="${C.critical}" stroke-width="1"/></svg>`;
}

/** #rrggbb at an opacity, for a fill that shows its outline at full strength. */
const withAlpha = (hex: string, alpha: number): string =>
  `rgba(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)},${alpha})`;

/** A position on the calendar axis as a share of the bar's box (the axis is inset by 8 on each side, as in calendarAxis). */
const calendarLeft = (x: number): string => `${r1(((x + 8) / (CAL_W + 16)) * 100)}%`;

/**
 * One rotation on the calendar axis, in its side's colour; planned is hatched by opacity.
 * Drawn with two boxes rather than an SVG: a large plan's calendar has thousands of rows, and
 * an SVG in each made Chromium's print (and the tagged PDF's structure) several times slower.
 */
export function calendarBar(window: CalendarWindow, asOf: string, start: string, end: string, color: string, planned: boolean, label: string): SafeHtml {
  const x0 = xIn(window, start);
  const x1 = Math.max(xIn(window, end), x0 + 1.5);
  // No quarter grid in each row: the axis above carries it.
  const fill = planned ? withAlpha(color, 0.45) : color;
  return html`<span class="cal-bar" role="img" aria-label="${label}"><span class="span" style="left:${calendarLeft(x0)};width:${r1(((x1 - x0) / (CAL_W + 16)) * 100)}%;background:${fill};border-color:${color}"></span><span class="now" style="left:${calendarLeft(xIn(window, asOf))}"></span></span>`;
}

/** Two strands crossing: the cover's mark, purely decorative. */
export function braidMotif(): SafeHtml {
  const strand = (color: string, phase: number) => {
    let d = `M0 ${20 + 12 * Math.sin(phase)}`;
    for (let x = 4; x <= 240; x += 4) d += ` L${x} ${r1(20 + 12 * Math.sin(x / 19 + phase))}`;
    return html`<path d="${d}" fill="none" stroke="${color}" stroke-width="5" stroke-linecap="round"/>`;
  };
  return html`<svg class="motif" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 40" width="240" height="40" aria-hidden="true">${strand(C.back, Math.PI)}${strand(C.front, 0)}</svg>`;
}
