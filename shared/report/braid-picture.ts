import type { PlanAnalysis } from '../domain/analysis/types';
import type { Plan, Side } from '../domain/plan/schema';
import { addDays, toDayNumber } from '../domain/time';
import { ACTION_KIND_LABELS, ACTION_KINDS, actionMarkPath } from '../domain/plan/action-kinds';
import { braidModel, monthYear, type BraidAction, type BraidModel, type BraidPeriod } from './braid-model';
import { shortDate } from './wording';
import { escapeHtml } from './html';

export { braidActions, braidModel, stackActions, braidPeriods, monthYear, type BraidAction, type BraidModel, type BraidPeriod, type BraidSegment, type BraidTense } from './braid-model';

/**
 * The braid picture of one person: one strand per side (front, back) woven along a timeline of
 * their experience and rotations. The strand of the side they work on runs on top, thick; the
 * other runs below, thin; the strands cross where the person moved sides. Time already spent is
 * solid, what is planned (after asOf, or a planned rotation) is dashed.
 * Pure TypeScript returning a self-contained SVG string, so the profile screen and the PDF
 * report draw the same picture, in the browser or in Node.
 */

export interface BraidColors {
  front: string;
  back: string;
  text: string;
  muted: string;
  grid: string;
  background: string;
}

export interface BraidPictureOptions {
  width?: number;
  height?: number;
  colors?: Partial<BraidColors>;
  fontFamily?: string;
  /** Ids inside the SVG (title, desc) start with this; keep it unique per page. */
  idPrefix?: string;
  /** How far back the timeline reaches; earlier time is cut off and said so. Default 10 years. */
  yearsBack?: number;
  /**
   * How the picture writes a day ("as of …") and a month ("since …"): on screen in the user's
   * locale; in a report the report's own unambiguous "5 Jan 2027" (the default).
   */
  dayLabel?: (iso: string) => string;
  monthLabel?: (iso: string) => string;
}

/** The light theme's strand colours: what a printed page uses unless told otherwise. */
export const DEFAULT_BRAID_COLORS: BraidColors = {
  front: '#c2571a',
  back: '#1f6f8b',
  text: '#1d1f24',
  muted: '#5a5e68',
  grid: '#d9d6cc',
  background: 'none',
};

const num = (n: number): string => String(Math.round(n * 10) / 10);

function periodText(p: BraidPeriod): string {
  const when = `${monthYear(p.start)} – ${p.end ? monthYear(p.end) : 'ongoing'}`;
  const side = p.side ? `, ${p.side}` : '';
  return p.kind === 'rotation'
    ? `Rotation at ${p.hostName} (${p.domainName}${side}), ${when}, ${p.status}`
    : `${p.domainName}${side ? ` (${p.side})` : ''}, ${when}`;
}

/** One development action as the text alternative and a mark's tooltip say it. */
export function braidActionText(a: Pick<BraidAction, 'kind' | 'title' | 'start' | 'end' | 'status'>, month: (iso: string) => string = monthYear): string {
  return `${ACTION_KIND_LABELS[a.kind]}: ${a.title}, ${month(a.start)} – ${month(a.end)}, ${a.status}`;
}

/** The sentence a screen reader gets instead of the picture; also the <desc>. */
export function braidDescription(model: BraidModel, analysis: Pick<PlanAnalysis, 'people'>, personId: string): string {
  const a = analysis.people.get(personId);
  const sides = a
    ? ` Current exposure: front ${num(a.current.front)} months, back ${num(a.current.back)} months; with planned rotations: front ${num(a.projected.front)}, back ${num(a.projected.back)}.`
    : '';
  const moves = model.crossings === 1 ? 'Moved sides once.' : `Moved sides ${model.crossings === 0 ? 'never' : `${model.crossings} times`}.`;
  const list = model.periods.length ? ` Periods: ${model.periods.map(periodText).join('; ')}.` : ' No experience or rotations recorded.';
  const actions = model.actions.length ? ` Development actions: ${model.actions.map((x) => braidActionText(x)).join('; ')}.` : '';
  return `${moves}${sides}${list}${actions}`;
}

const ACTION_ROW = 18;
const MARK = 10;

interface ActionLayout {
  top: number;
  left: number;
  right: number;
  x(iso: string): number;
  xAfter(iso: string): number;
  colors: BraidColors;
  monthLabel?: (iso: string) => string;
}

/**
 * Each action as its kind's mark at its start and a thin line over its span (dashed and the mark
 * hollow while planned), its title beside the mark where it fits; then a legend of the kinds shown.
 */
function actionMarks(model: BraidModel, at: ActionLayout): string[] {
  if (model.actions.length === 0) return [];
  const out: string[] = [];
  const ink = escapeHtml(at.colors.text);
  const byRow = [...model.actions].sort((a, b) => a.row - b.row || (a.start < b.start ? -1 : 1));
  byRow.forEach((a, i) => {
    const y = at.top + a.row * ACTION_ROW + ACTION_ROW / 2;
    const x0 = Math.max(at.x(a.start), at.left);
    const x1 = Math.min(Math.max(at.xAfter(a.end), x0 + MARK), at.right);
    const planned = a.status === 'planned';
    const next = byRow[i + 1];
    const room = (next && next.row === a.row ? at.x(next.start) : at.right) - (x0 + MARK + 4);
    const label = a.title.length * 5.6 <= room ? `<text x="${num(x0 + MARK + 4)}" y="${num(y + 3.5)}" fill="${ink}" font-size="10">${escapeHtml(a.title)}</text>` : '';
    out.push(
      `<g data-action-id="${escapeHtml(a.id)}" data-kind="${a.kind}"><title>${escapeHtml(braidActionText(a, at.monthLabel))}</title>` +
        `<line x1="${num(x0 + MARK / 2)}" y1="${num(y)}" x2="${num(x1)}" y2="${num(y)}" stroke="${ink}" stroke-width="1.5" stroke-opacity="0.6"${planned ? ' stroke-dasharray="3 3"' : ''}/>` +
        actionMarkPath(a.kind, x0, y - MARK / 2, MARK, at.colors.text, planned) +
        label +
        `</g>`,
    );
  });
  // The legend names only the kinds this person has, in the order of the kinds' list.
  const kinds = ACTION_KINDS.filter((kind) => model.actions.some((a) => a.kind === kind));
  const y = at.top + (Math.max(...model.actions.map((a) => a.row)) + 1) * ACTION_ROW + 14;
  let lx = at.left;
  for (const kind of kinds) {
    out.push(actionMarkPath(kind, lx, y - 8.5, MARK, at.colors.text, false));
    const word = ACTION_KIND_LABELS[kind];
    out.push(`<text x="${num(lx + MARK + 4)}" y="${num(y)}" fill="${ink}" font-size="10">${escapeHtml(word)}</text>`);
    lx += MARK + 4 + word.length * 5.6 + 14;
  }
  out.push(`<text x="${num(at.right)}" y="${num(y)}" fill="${escapeHtml(at.colors.muted)}" font-size="10" text-anchor="end">development actions · hollow: planned</text>`);
  return out;
}

/** The braid picture as a standalone SVG document fragment (string). */
export function braidPictureSvg(plan: Plan, analysis: PlanAnalysis, personId: string, options: BraidPictureOptions = {}): string {
  const model = braidModel(plan, analysis, personId, options.yearsBack);
  const W = options.width ?? 720;
  // Development actions get rows of their own under the years, and a legend of their kinds.
  const actionRows = model.actions.length ? Math.max(...model.actions.map((a) => a.row)) + 1 : 0;
  const strandsHeight = options.height ?? 170;
  const H = strandsHeight + (actionRows ? actionRows * ACTION_ROW + 24 : 0);
  const c: BraidColors = { ...DEFAULT_BRAID_COLORS, ...options.colors };
  const font = options.fontFamily ?? "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif";
  const id = (options.idPrefix ?? `braid-${personId}`).replace(/[^A-Za-z0-9_-]/g, '_');
  const left = 14;
  const right = W - 14;
  const yUp = Math.round(strandsHeight * 0.44);
  const yDown = Math.round(strandsHeight * 0.64);
  const axisY = Math.round(strandsHeight * 0.8);
  const fromDay = toDayNumber(model.from);
  const span = Math.max(toDayNumber(model.to) + 1 - fromDay, 1);
  const x = (iso: string) => left + ((toDayNumber(iso) - fromDay) / span) * (right - left);
  const xAfter = (iso: string) => x(addDays(iso, 1));
  const out: string[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, extra = '') =>
    out.push(`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${escapeHtml(stroke)}"${extra}/>`);
  const text = (tx: number, ty: number, body: string, fill: string, extra = '') =>
    out.push(`<text x="${num(tx)}" y="${num(ty)}" fill="${escapeHtml(fill)}"${extra}>${escapeHtml(body)}</text>`);

  // Rotations get a faint band in their side's colour: the moves the plan is made of.
  for (const p of model.periods) {
    if (p.kind !== 'rotation' || !p.side || p.end === null || p.end < model.from) continue;
    const x0 = Math.max(x(p.start), left);
    out.push(`<rect x="${num(x0)}" y="${yUp - 22}" width="${num(Math.max(xAfter(p.end) - x0, 1))}" height="${axisY - yUp + 22}" fill="${escapeHtml(c[p.side])}" fill-opacity="0.1"${p.status === 'planned' ? ` stroke="${escapeHtml(c[p.side])}" stroke-opacity="0.5" stroke-dasharray="3 3"` : ''}/>`);
  }
  // Year ticks along the axis.
  line(left, axisY, right, axisY, c.grid);
  const firstYear = Number(model.from.slice(0, 4)) + 1;
  const lastYear = Number(model.to.slice(0, 4));
  const step = lastYear - firstYear > 8 ? 2 : 1;
  for (let year = firstYear; year <= lastYear; year += step) {
    const tx = x(`${year}-01-01`);
    line(tx, axisY, tx, axisY + 4, c.grid);
    text(tx, axisY + 16, String(year), c.muted, ' font-size="10" text-anchor="middle"');
  }

  // The strands: horizontal runs per segment, S-curves where the side on top changes.
  const seg = model.segments;
  let up: Side = seg.find((s) => s.side)?.side ?? 'back';
  const ups: Side[] = seg.map((s) => (up = s.side ?? up));
  // Crossings are sized by runs (consecutive segments with the same side on top), not by segments:
  // the split at asOf must not squeeze the curve of a move that happens just after it.
  const runStart: number[] = [];
  const runEnd: number[] = [];
  seg.forEach((s, i) => {
    runStart[i] = i > 0 && ups[i] === ups[i - 1] ? runStart[i - 1] : x(s.start);
  });
  for (let i = seg.length - 1; i >= 0; i--) runEnd[i] = i + 1 < seg.length && ups[i] === ups[i + 1] ? runEnd[i + 1] : xAfter(seg[i].end);
  const half = seg.map((_, i) => (i === 0 || ups[i] === ups[i - 1] ? 0 : Math.min(12, (runEnd[i - 1] - runStart[i - 1]) / 2, (runEnd[i] - runStart[i]) / 2)));
  const runFrom = seg.map((_, i) => runStart[i] + (i > 0 && ups[i] === ups[i - 1] ? 0 : half[i]));
  for (let i = 1; i < seg.length; i++) if (ups[i] === ups[i - 1]) runFrom[i] = runFrom[i - 1];
  const runTo: number[] = [];
  for (let i = seg.length - 1; i >= 0; i--) {
    runTo[i] = i + 1 < seg.length && ups[i] === ups[i + 1] ? runTo[i + 1] : runEnd[i] - (half[i + 1] ?? 0);
  }
  const layers: { thin: string[]; thick: string[] } = { thin: [], thick: [] };
  seg.forEach((s, i) => {
    const x0 = x(s.start);
    const x1 = xAfter(s.end);
    for (const side of ['front', 'back'] as const) {
      const active = s.side === side;
      const width = active ? 7 : 2.5;
      const dash = s.tense === 'planned' ? ` stroke-dasharray="${active ? '9 5' : '4 4'}"` : '';
      const attrs = ` fill="none" stroke="${escapeHtml(c[side])}" stroke-width="${width}"${active ? '' : ' stroke-opacity="0.55"'}${dash}`;
      const y = ups[i] === side ? yUp : yDown;
      const paths: string[] = [];
      const h = half[i];
      if (h > 0) {
        const y0 = ups[i - 1] === side ? yUp : yDown;
        paths.push(`M${num(x0 - h)} ${y0} C${num(x0)} ${y0} ${num(x0)} ${y} ${num(x0 + h)} ${y}`);
      }
      const startX = Math.max(x0, runFrom[i]);
      const endX = Math.min(x1, runTo[i]);
      if (endX > startX) paths.push(`M${num(startX)} ${y} H${num(endX)}`);
      for (const d of paths) (active ? layers.thick : layers.thin).push(`<path d="${d}"${attrs}/>`);
    }
  });
  out.push(...layers.thin, ...layers.thick);

  // Domain names above the upper strand where they fit; rotations too narrow for that are named
  // in a row under the strands, skipping any that would overlap. The text alternative has them all.
  let freeFrom = left;
  for (const s of seg) {
    const p = model.periods.find((q) => q.id === s.periodId);
    if (!p) continue;
    const x0 = x(s.start);
    const w = xAfter(s.end) - x0;
    const label = p.kind === 'rotation' ? `↻ ${p.domainName}` : p.domainName;
    const labelWidth = label.length * 6 + 8;
    if (labelWidth <= w) {
      text(x0 + w / 2, yUp - 10, label, c.text, ' font-size="11" text-anchor="middle"');
    } else if (p.kind === 'rotation' && s.start === (p.start < model.from ? model.from : p.start)) {
      const at = Math.min(Math.max(x0, freeFrom), right - labelWidth);
      if (at < freeFrom || at > x0 + 40) continue;
      text(at, yDown + 18, label, c.text, ' font-size="10.5"');
      freeFrom = at + labelWidth + 6;
    }
  }

  // Where "now" is: the line between what is done and what is planned.
  const nowX = xAfter(model.asOf);
  line(nowX, yUp - 30, nowX, axisY, c.muted, ' stroke-dasharray="2 3"');
  const nowLabel = `as of ${(options.dayLabel ?? shortDate)(model.asOf)}`;
  const nowLeft = nowX + 4 + nowLabel.length * 5.5 > right;
  text(nowLeft ? nowX - 4 : nowX + 4, yUp - 24, nowLabel, c.muted, ` font-size="10"${nowLeft ? ' text-anchor="end"' : ''}`);
  if (model.periods.some((p) => p.start < model.from)) text(left, yUp - 24, `← since ${(options.monthLabel ?? monthYear)(model.periods[0].start)}`, c.muted, ' font-size="10"');

  out.push(...actionMarks(model, { top: strandsHeight, left, right, x, xAfter, colors: c, monthLabel: options.monthLabel }));

  // Legend, so a printed page explains itself.
  const legend = [
    `<line x1="${left}" y1="12" x2="${left + 22}" y2="12" stroke="${escapeHtml(c.front)}" stroke-width="6"/>`,
    `<text x="${left + 28}" y="16" fill="${escapeHtml(c.text)}" font-size="11">Front (client-facing)</text>`,
    `<line x1="${left + 160}" y1="12" x2="${left + 182}" y2="12" stroke="${escapeHtml(c.back)}" stroke-width="6"/>`,
    `<text x="${left + 188}" y="16" fill="${escapeHtml(c.text)}" font-size="11">Back (technical)</text>`,
    `<text x="${right}" y="16" fill="${escapeHtml(c.muted)}" font-size="11" text-anchor="end">thick strand on top: side worked on · solid: done · dashed: planned</text>`,
  ];
  const title = `Braid picture of ${model.personName}`;
  const desc = braidDescription(model, analysis, personId);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" ` +
    `aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="${escapeHtml(font)}">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>` +
    (c.background !== 'none' ? `<rect width="${W}" height="${H}" fill="${escapeHtml(c.background)}"/>` : '') +
    legend.join('') +
    out.join('') +
    `</svg>`
  );
}
