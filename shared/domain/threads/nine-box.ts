import type { NineBoxBand, NineBoxCell } from '../model/types';
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

/** The usual talent-review name of each cell, by potential then performance. */
export const NINE_BOX_CELL_NAMES: Readonly<Record<NineBoxBand, Readonly<Record<NineBoxBand, string>>>> = {
  high: { low: 'Rough diamond', medium: 'Emerging talent', high: 'Future leader' },
  medium: { low: 'Inconsistent', medium: 'Core player', high: 'High performer' },
  low: { low: 'Under-performer', medium: 'Solid contributor', high: 'Trusted expert' },
};

/**
 * The rating a move into a performance band gives: the value of that band nearest the current one
 * (a 3 moved up becomes 4, a 5 moved down to medium becomes 3); an unrated person gets the band's middle.
 */
export function performanceInBand(band: NineBoxBand, current: number | null): number {
  if (current !== null && performanceBand(current) === band) return current;
  if (band === 'medium') return 3;
  if (band === 'high') return current === null ? 4 : Math.max(4, current);
  return current === null ? 2 : Math.min(2, current);
}
