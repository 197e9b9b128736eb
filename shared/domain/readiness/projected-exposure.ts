import type { IsoDate, RotationStatus, Side } from '../plan/schema';
import { addDays, fromDayNumber, monthsBetween, toDayNumber } from '../time';

/** What a projection needs to know of a rotation: its dates, status and the side of its host. */
export interface ProjectedStay {
  start: IsoDate;
  end: IsoDate;
  status: RotationStatus;
  side: Side | null;
}

export interface SideMonths {
  front: number;
  back: number;
}

export interface ExposureNeed {
  frontMonths: number;
  backMonths: number;
}

const counts = (stay: ProjectedStay): boolean => stay.status === 'planned' || stay.status === 'active';

/**
 * The part of a stay that the projection adds to current exposure by the day `day` (DOMAIN §8.1).
 * An active rotation is counted in current exposure up to asOf, so only the part after asOf is added.
 * Spec choice: a planned rotation counts from asOf itself (on or after asOf) — current exposure
 * counts nothing of it, and a six-month rotation that starts on asOf should give six months.
 */
function addedBy(stay: ProjectedStay, asOf: IsoDate, dayAfterAsOf: IsoDate, day: IsoDate): number {
  const from = stay.status === 'active' ? (stay.start > dayAfterAsOf ? stay.start : dayAfterAsOf) : stay.start > asOf ? stay.start : asOf;
  const to = stay.end < day ? stay.end : day;
  return from > to ? 0 : monthsBetween(from, to);
}

/** Projected exposure on one side at a day D ≥ asOf: current exposure plus what planned and active rotations there add by D. */
export function projectedSideMonthsAt(current: number, stays: readonly ProjectedStay[], side: Side, asOf: IsoDate, day: IsoDate): number {
  const dayAfterAsOf = addDays(asOf, 1);
  let total = current;
  for (const stay of stays) if (stay.side === side && counts(stay)) total += addedBy(stay, asOf, dayAfterAsOf, day);
  return total;
}

export function projectedExposureAt(current: SideMonths, stays: readonly ProjectedStay[], asOf: IsoDate, day: IsoDate): SideMonths {
  return { front: projectedSideMonthsAt(current.front, stays, 'front', asOf, day), back: projectedSideMonthsAt(current.back, stays, 'back', asOf, day) };
}

/** The earliest day ≥ asOf on which one side's projected exposure reaches `required`; null when it never does. */
function sideReadyBy(current: number, required: number, stays: readonly ProjectedStay[], side: Side, asOf: IsoDate, lastEnd: IsoDate | null): IsoDate | null {
  if (current >= required) return asOf;
  if (lastEnd === null) return null;
  const at = (day: number) => projectedSideMonthsAt(current, stays, side, asOf, fromDayNumber(day)) >= required;
  // Exposure only grows on the days of a rotation there, so the answer is inside the first rotation (by end) that reaches it.
  const ends = stays.filter((s) => s.side === side && counts(s) && s.end >= asOf && s.end <= lastEnd).map((s) => toDayNumber(s.end)).sort((a, b) => a - b);
  let low = toDayNumber(asOf);
  for (const end of ends) {
    if (!at(end)) {
      low = end + 1;
      continue;
    }
    let high = end;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (at(mid)) high = mid;
      else low = mid + 1;
    }
    return fromDayNumber(high);
  }
  return null;
}

/**
 * readyBy (DOMAIN §8.1), on the exposure items alone: asOf when both are met now; otherwise the
 * earliest day on which projected exposure meets both; null when no such day comes before the end
 * of the person's last planned or active rotation. Thread items are never projected.
 */
export function readyByOf(current: SideMonths, need: ExposureNeed, stays: readonly ProjectedStay[], asOf: IsoDate): IsoDate | null {
  let lastEnd: IsoDate | null = null;
  for (const stay of stays) if (counts(stay) && stay.end >= asOf && (lastEnd === null || stay.end > lastEnd)) lastEnd = stay.end;
  const front = sideReadyBy(current.front, need.frontMonths, stays, 'front', asOf, lastEnd);
  if (front === null) return null;
  const back = sideReadyBy(current.back, need.backMonths, stays, 'back', asOf, lastEnd);
  if (back === null) return null;
  return front > back ? front : back;
}

/** In time (DOMAIN §8.1): readyBy is not null and on or before the expected vacancy; null when no vacancy is expected. */
export function inTimeOf(readyBy: IsoDate | null, expectedVacancy: IsoDate | null): boolean | null {
  if (expectedVacancy === null) return null;
  return readyBy !== null && readyBy <= expectedVacancy;
}

/** A person's rotations from the plan index, in the shape a projection reads. */
export function staysOf(rotations: readonly { rotation: Pick<ProjectedStay, 'start' | 'end' | 'status'>; side: Side | null }[]): ProjectedStay[] {
  return rotations.map((r) => ({ start: r.rotation.start, end: r.rotation.end, status: r.rotation.status, side: r.side }));
}
