import type { NineBoxBand, NineBoxCell } from '../../../shared/domain/model';
import type { LowMediumHigh, Person, Readiness } from '../../../shared/domain/plan/schema';
import { performanceInBand } from '../../../shared/domain/threads/nine-box';

/** A move before its reason: what the dialog asks a reason for. */
export type MoveDraft =
  | { personId: string; field: 'performance'; from: number | null; to: number }
  | { personId: string; field: 'potential'; from: LowMediumHigh | null; to: LowMediumHigh }
  | { personId: string; field: 'readiness'; roleId: string; from: Readiness; to: Readiness };

const BANDS: NineBoxBand[] = ['low', 'medium', 'high'];

/** The cell one step away on the keyboard: ↑↓ potential, ←→ performance; null at the edge. */
export function neighbourCell(cell: NineBoxCell, key: string): NineBoxCell | null {
  const step = (band: NineBoxBand, by: number) => BANDS[BANDS.indexOf(band) + by] ?? null;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const potential = step(cell.potential, key === 'ArrowUp' ? 1 : -1);
    return potential ? { ...cell, potential } : null;
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const performance = step(cell.performance, key === 'ArrowRight' ? 1 : -1);
    return performance ? { ...cell, performance } : null;
  }
  return null;
}

/**
 * The moves that put a person in `target`: potential when the row changes, performance when the
 * column does. `from` is the plan's value; the proposal builds on what is already proposed.
 */
export function movesToCell(person: Person, proposed: { performance: number | null; potential: NineBoxBand | null }, target: NineBoxCell): MoveDraft[] {
  const moves: MoveDraft[] = [];
  if (proposed.potential !== target.potential) moves.push({ personId: person.id, field: 'potential', from: person.potential, to: target.potential });
  const performance = performanceInBand(target.performance, proposed.performance);
  if (performance !== proposed.performance) moves.push({ personId: person.id, field: 'performance', from: person.performance, to: performance });
  return moves;
}

export function ratingMoves(person: Person, performance: number | null, potential: NineBoxBand | null): MoveDraft[] {
  const moves: MoveDraft[] = [];
  if (performance !== null) moves.push({ personId: person.id, field: 'performance', from: person.performance, to: performance });
  if (potential !== null) moves.push({ personId: person.id, field: 'potential', from: person.potential, to: potential });
  return moves;
}

export function readinessMove(personId: string, roleId: string, from: Readiness, to: Readiness): MoveDraft {
  return { personId, field: 'readiness', roleId, from, to };
}
