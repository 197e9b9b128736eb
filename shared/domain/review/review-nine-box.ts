import type { NineBoxBand, NineBoxCell } from '../model/types';
import type { Person, Plan } from '../plan/schema';
import { NINE_BOX_CELL_NAMES, nineBoxOf } from '../threads/nine-box';
import { peopleInScope } from './review-scope';
import type { Review, ReviewMove } from './types';

export type CellKey = `${NineBoxBand}/${NineBoxBand}`;

/** One person of the scope: where they sit now, and where the session's proposals would put them. */
export interface LivePlacement {
  person: Person;
  current: NineBoxCell | null;
  proposed: NineBoxCell | null;
  /** Proposed ratings (the plan's own where no move touches them). */
  performance: number | null;
  potential: NineBoxBand | null;
  moves: ReviewMove[];
}

export interface LiveCell {
  key: CellKey;
  performance: NineBoxBand;
  potential: NineBoxBand;
  name: string;
  /** Who sits here now, sorted by name. */
  people: LivePlacement[];
  /** Who a proposal would move here from another cell (or from unrated). */
  incoming: LivePlacement[];
}

const BANDS: NineBoxBand[] = ['low', 'medium', 'high'];
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

export const cellKey = (cell: NineBoxCell): CellKey => `${cell.potential}/${cell.performance}`;
export const cellName = (cell: NineBoxCell): string => NINE_BOX_CELL_NAMES[cell.potential][cell.performance];

/** The nine cells in reading order: high potential on top, low performance on the left. */
export const CELL_ORDER: NineBoxCell[] = [...BANDS].reverse().flatMap((potential) => BANDS.map((performance) => ({ performance, potential })));

const sameCell = (a: NineBoxCell | null, b: NineBoxCell | null) => (a === null ? b === null : b !== null && a.performance === b.performance && a.potential === b.potential);

export function placementsOf(plan: Plan, review: Pick<Review, 'scope' | 'moves'>): LivePlacement[] {
  const movesByPerson = new Map<string, ReviewMove[]>();
  for (const move of review.moves) {
    if (move.field === 'readiness') continue;
    const list = movesByPerson.get(move.personId);
    if (list) list.push(move);
    else movesByPerson.set(move.personId, [move]);
  }
  return peopleInScope(plan, review.scope)
    .map((person) => {
      const moves = movesByPerson.get(person.id) ?? [];
      let performance = person.performance;
      let potential = person.potential;
      for (const move of moves) {
        if (move.field === 'performance') performance = move.to;
        else if (move.field === 'potential') potential = move.to;
      }
      return { person, current: nineBoxOf(person), proposed: nineBoxOf({ performance, potential }), performance, potential, moves };
    })
    .sort((a, b) => collator.compare(a.person.name, b.person.name) || collator.compare(a.person.title, b.person.title));
}

/** The live 9-box of a session: nine cells with their people now and the proposals into them, and who is not yet placed. */
export function liveNineBox(plan: Plan, review: Pick<Review, 'scope' | 'moves'>): { cells: LiveCell[]; unrated: LivePlacement[]; placements: LivePlacement[] } {
  const placements = placementsOf(plan, review);
  const cells = new Map<CellKey, LiveCell>(
    CELL_ORDER.map((cell) => [cellKey(cell), { key: cellKey(cell), ...cell, name: cellName(cell), people: [], incoming: [] }]),
  );
  const unrated: LivePlacement[] = [];
  for (const placement of placements) {
    if (placement.current) cells.get(cellKey(placement.current))!.people.push(placement);
    else unrated.push(placement);
    if (placement.proposed && !sameCell(placement.current, placement.proposed)) cells.get(cellKey(placement.proposed))!.incoming.push(placement);
  }
  return { cells: [...cells.values()], unrated, placements };
}

export interface CellShare {
  key: CellKey;
  name: string;
  count: number;
  /** 0..1 of the people placed. */
  share: number;
  /** The guideline's share for this cell (0..1), when one is set. */
  guideline: number | null;
  /** True when a guideline is set and the share is above it. */
  overGuideline: boolean;
}

/**
 * The distribution per cell as counts and shares of the people placed, now or as proposed.
 * Spec choice: a guideline is a ceiling per cell in percent (e.g. "at most 10 % Future leaders"),
 * kept on the review; the unrated are left out of the shares, as calibration guides count them.
 */
export function distributionOf(placements: readonly LivePlacement[], which: 'current' | 'proposed', guideline: Partial<Record<CellKey, number>> = {}): { cells: CellShare[]; placed: number } {
  const counts = new Map<CellKey, number>();
  let placed = 0;
  for (const placement of placements) {
    const cell = placement[which];
    if (!cell) continue;
    placed++;
    counts.set(cellKey(cell), (counts.get(cellKey(cell)) ?? 0) + 1);
  }
  return {
    placed,
    cells: CELL_ORDER.map((cell) => {
      const key = cellKey(cell);
      const count = counts.get(key) ?? 0;
      const share = placed ? count / placed : 0;
      const percent = guideline[key];
      const ceiling = typeof percent === 'number' ? percent / 100 : null;
      return { key, name: cellName(cell), count, share, guideline: ceiling, overGuideline: ceiling !== null && share > ceiling + 1e-9 };
    }),
  };
}
