import type { ActionKind } from './schema';
import { ACTION_KIND_LABELS } from './defaults';

export { ACTION_KIND_LABELS };

/**
 * The words and the mark of each kind of development action (DOMAIN §9.1). The mark is a shape,
 * not a colour: the braid picture, the planner, the profile and the printed page tell kinds apart
 * in black and white and for colour-blind readers, and every mark sits beside its word or a legend.
 */

export const ACTION_KINDS: readonly ActionKind[] = ['course', 'mentoring', 'coaching', 'stretch-assignment', 'acting-role', 'project', 'other'];

/** What each kind is, for the form's choices and the import's guess. */
export const ACTION_KIND_HINTS: Record<ActionKind, string> = {
  course: 'a programme, class or certification',
  mentoring: 'regular time with a senior mentor',
  coaching: 'sessions with a coach',
  'stretch-assignment': 'a task beyond the current role',
  'acting-role': 'holding a role’s seat for a time (counts as time on its side)',
  project: 'a piece of work that grows the thread',
  other: 'anything else HR plans',
};

/** Each kind's shape as SVG path data in a 12 × 12 box. */
const MARK_PATHS: Record<ActionKind, string> = {
  course: 'M1.5 1.5H10.5V10.5H1.5Z',
  mentoring: 'M6 1A5 5 0 1 1 5.99 1Z',
  coaching: 'M6 1L11 10.5H1Z',
  'stretch-assignment': 'M6 0.5L11.5 6.5H8V11.5H4V6.5H0.5Z',
  'acting-role': 'M6 0.5L11.5 6L6 11.5L0.5 6Z',
  project: 'M3.2 1.2H8.8L11.6 6L8.8 10.8H3.2L0.4 6Z',
  other: 'M4.5 0.8H7.5V4.5H11.2V7.5H7.5V11.2H4.5V7.5H0.8V4.5H4.5Z',
};

const num = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * The mark of a kind as SVG elements, its box's top-left corner at (x, y), `size` units wide.
 * Planned actions are drawn hollow (as planned time is dashed), the rest filled.
 */
export function actionMarkPath(kind: ActionKind, x: number, y: number, size: number, fill: string, hollow: boolean): string {
  const scale = size / 12;
  const colour = fill.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const paint = hollow ? `fill="none" stroke="${colour}" stroke-width="${num(1.4 / scale)}"` : `fill="${colour}"`;
  return `<path d="${MARK_PATHS[kind]}" transform="translate(${num(x)} ${num(y)}) scale(${num(scale)})" ${paint}/>`;
}

/** The same mark as a small inline SVG document, for screens that show it beside the kind's word. */
export function actionMarkSvg(kind: ActionKind, size: number, hollow = false): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true" focusable="false">${actionMarkPath(kind, 0.75, 0.75, size - 1.5, 'currentColor', hollow)}</svg>`;
}
