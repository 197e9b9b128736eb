import type { Exposure } from '../model/types';
import type { Experience, Person, Rotation, Side } from '../plan/schema';
import type { DomainTable } from '../model/domain-table';
import { monthsBetween } from '../time';

/** What exposure needs to know of a rotation: its dates, status and the host's domain. */
export interface RotationOnDomain {
  rotation: Pick<Rotation, 'start' | 'end' | 'status'>;
  domainId: string | null;
  /** monthsBetween(start, end), when the caller already knows it. */
  months?: number;
}

export interface PersonExposure {
  current: Exposure;
  projected: Exposure;
}

/** Months of an inclusive range cut off at `until` (0 when it starts after `until`). */
export function monthsUpTo(start: string, end: string, until: string): number {
  if (start > until) return 0;
  return monthsBetween(start, end < until ? end : until);
}

/**
 * Months of an experience entry as of asOf: an ongoing one runs to asOf.
 * Spec choice: a dated end after asOf is cut at asOf too — current exposure is time already
 * spent, whatever end date was pencilled in for a position someone is still in.
 */
export function experienceMonths(entry: Experience, asOf: string): number {
  return monthsUpTo(entry.start, entry.end ?? asOf, asOf);
}

/**
 * Exposure per domain and per side (DOMAIN §5). Current: experience entries (an ongoing one up
 * to asOf), completed rotations, active rotations up to asOf. Projected: what the person will
 * have once the rotations on the plan have run.
 * Spec choice: projected counts active rotations in full as well as planned ones — an active
 * rotation cut at asOf would make the projection forget the rest of it; a dated experience entry
 * counts to its end there.
 * Spec choice: entries are summed as recorded; time in a domain listed twice (an experience entry
 * and a rotation over the same months) counts twice, as the spec's sum says.
 * byDomain names only the domains with exposure (read others as 0); a domain outside the
 * framework gets an entry too but belongs to no side. When nothing on the plan is still to run,
 * projected is the very same object as current. Both are shared with the analysis: read-only.
 */
export function exposureOf(person: Pick<Person, 'experience'>, rotations: readonly RotationOnDomain[], table: DomainTable, asOf: string): PersonExposure {
  const { current: now, projected: later } = table.scratch;
  now.fill(0);
  later.fill(0);
  let strays: Strays = null;

  for (let i = 0; i < person.experience.length; i++) {
    const entry = person.experience[i];
    const current = experienceMonths(entry, asOf);
    strays = add(table, strays, entry.domain, current, entry.end === null || entry.end <= asOf ? current : monthsBetween(entry.start, entry.end));
  }
  for (let i = 0; i < rotations.length; i++) {
    const { rotation, domainId, months } = rotations[i];
    if (domainId === null || rotation.status === 'cancelled') continue;
    const full = months ?? monthsBetween(rotation.start, rotation.end);
    const counted = rotation.status === 'completed' ? full : rotation.status === 'active' ? (rotation.end <= asOf ? full : monthsUpTo(rotation.start, rotation.end, asOf)) : 0;
    strays = add(table, strays, domainId, counted, full);
  }
  const current = exposureFrom(now, table, strays, 0);
  return { current, projected: sameMonths(now, later, strays) ? current : exposureFrom(later, table, strays, 1) };
}

/** Months in domains outside the framework, [current, projected] per domain id; rare, so made only when needed. */
type Strays = Map<string, [number, number]> | null;

function add(table: DomainTable, strays: Strays, domainId: string, current: number, projected: number): Strays {
  const i = table.indexOf.get(domainId);
  if (i !== undefined) {
    table.scratch.current[i] += current;
    table.scratch.projected[i] += projected;
    return strays;
  }
  const found = strays ?? new Map<string, [number, number]>();
  const known = found.get(domainId) ?? [0, 0];
  found.set(domainId, [known[0] + current, known[1] + projected]);
  return found;
}

function sameMonths(a: Float64Array, b: Float64Array, strays: Strays): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  if (strays) for (const both of strays.values()) if (both[0] !== both[1]) return false;
  return true;
}

function exposureFrom(months: Float64Array, table: DomainTable, strays: Strays, which: 0 | 1): Exposure {
  const byDomain: Record<string, number> = {};
  let front = 0;
  let back = 0;
  for (let i = 0; i < months.length; i++) {
    const m = months[i];
    if (m === 0) continue;
    byDomain[table.ids[i]] = m;
    if (table.sides[i] === 'front') front += m;
    else back += m;
  }
  if (strays) for (const [id, both] of strays) if (both[which] > 0) byDomain[id] = both[which];
  return { byDomain, front, back };
}

export const oppositeSide = (side: Side): Side => (side === 'front' ? 'back' : 'front');
