import { lineAbove, type ReportingTree } from './reporting-tree';

/** One box of the chart as drawn, in reading order: a person at a depth below the chart's top. */
export interface ChartRow {
  personId: string;
  /** 0 for the chart's top (the organisation's top, or the person it is shown from). */
  depth: number;
  parentId: string | null;
  /** 1-based position among the siblings shown, and how many there are (aria-posinset / aria-setsize). */
  position: number;
  siblings: number;
  reports: number;
  expanded: boolean;
  /** Per level above this box (from depth 1), whether that ancestor has later siblings: where the chart draws a line down. */
  guides: boolean[];
}

/** Where the chart starts: the whole organisation, or one person and everyone below them. */
export function chartTops(tree: ReportingTree, fromPersonId: string | null): string[] {
  return fromPersonId && tree.has(fromPersonId) ? [fromPersonId] : tree.roots;
}

/**
 * The boxes open at first: "collapsed below two levels" — the top and their direct reports are shown,
 * everyone further down waits behind a collapsed box.
 */
export function initiallyExpanded(tree: ReportingTree, tops: readonly string[], levels = 2): Set<string> {
  const expanded = new Set<string>();
  let level = [...tops];
  for (let depth = 1; depth < levels; depth++) {
    const next: string[] = [];
    for (const id of level) {
      const kids = tree.children.get(id);
      if (!kids?.length) continue;
      expanded.add(id);
      next.push(...kids);
    }
    level = next;
  }
  return expanded;
}

/** The rows to draw, pre-order; only what is expanded is walked, so a collapsed 10 000-person line costs nothing. */
export function chartRows(tree: ReportingTree, tops: readonly string[], expanded: ReadonlySet<string>): ChartRow[] {
  const rows: ChartRow[] = [];
  const stack: { ids: readonly string[]; index: number; depth: number; parentId: string | null }[] = [{ ids: tops, index: 0, depth: 0, parentId: null }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    if (frame.index >= frame.ids.length) {
      stack.pop();
      continue;
    }
    const personId = frame.ids[frame.index++];
    const kids = tree.children.get(personId) ?? [];
    const open = kids.length > 0 && expanded.has(personId);
    const guides: boolean[] = [];
    for (let d = 1; d < frame.depth; d++) guides.push(stack[d].index < stack[d].ids.length);
    rows.push({ personId, depth: frame.depth, parentId: frame.parentId, position: frame.index, siblings: frame.ids.length, reports: kids.length, expanded: open, guides });
    if (open) stack.push({ ids: kids, index: 0, depth: frame.depth + 1, parentId: personId });
  }
  return rows;
}

/**
 * The expanded set with the way down to a person opened (a search hit, a profile's "show on the chart").
 * When the person is outside the chart shown from someone, null: the caller shows the whole organisation.
 */
export function expandedToReach(tree: ReportingTree, tops: readonly string[], expanded: ReadonlySet<string>, personId: string): Set<string> | null {
  const line = [...lineAbove(tree, personId), personId];
  const start = line.findIndex((id) => tops.includes(id));
  if (start < 0) return null;
  const next = new Set(expanded);
  for (const id of line.slice(start, -1)) next.add(id);
  return next;
}
