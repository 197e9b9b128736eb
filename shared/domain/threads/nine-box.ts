import type { NineBoxBand, NineBoxCell } from '../analysis/types';
import type { Person } from '../plan/schema';

/** Performance 1–2 is low, 3 medium, 4–5 high (DOMAIN §3). */
export function performanceBand(performance: number): NineBoxBand {
  return performance <= 2 ? 'low' : performance === 3 ? 'medium' : 'high';
}

const BANDS: readonly NineBoxBand[] = ['low', 'medium', 'high'];
/** The nine cells, shared and frozen, so that ten thousand people cost no cell objects. */
const CELLS: readonly NineBoxCell[] = BANDS.flatMap((performance) => BANDS.map((potential) => Object.freeze({ performance, potential })));

/** The person's 9-box cell, or null until both performance and potential are rated. */
export function nineBoxOf(person: Pick<Person, 'performance' | 'potential'>): NineBoxCell | null {
  if (person.performance == null || person.potential == null) return null;
  return CELLS[BANDS.indexOf(performanceBand(person.performance)) * 3 + BANDS.indexOf(person.potential)] ?? null;
}
