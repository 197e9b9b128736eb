import { spendByYear } from '../cost/rotation-spend';
import type { Person, Plan, Role, Rotation } from '../plan/schema';
import { addMonths, toDayNumber } from '../time';
import { yearOf } from '../time/calendar';
import { Random } from './random';

/**
 * What version 2 of the format adds to the demo (DOMAIN.md §8): who holds the seat of a
 * rotating manager (backfills), when each slate was last reviewed, the plan's currency and
 * a programme budget. Drawn from a random stream of its own, so the rest of the demo (people,
 * rotations, slates) is the same as before these were added.
 */

export const DEMO_CURRENCY = 'EUR';

interface Span {
  from: number;
  to: number;
}
const overlaps = (spans: readonly Span[] | undefined, span: Span): boolean => (spans ?? []).some((s) => s.from <= span.to && span.from <= s.to);

/**
 * Spec choice: most rotations of a manager or an incumbent name a backfill from the person's
 * direct reports who is free on those dates (on no rotation of their own and holding no
 * other seat then) — 85 % of planned and active ones, 60 % of completed ones, so the plan
 * shows the rotation-no-backfill flag (at least once: one current rotation is left open). One deliberate
 * conflict (a colleague from the same home domain named as backfill while away on their own
 * rotation) lets the demo show backfill-conflict.
 */
export function assignBackfills(plan: Pick<Plan, 'people' | 'rotations' | 'roles'>, random: Random): void {
  const reportsOf = new Map<string, Person[]>();
  for (const person of plan.people) {
    if (person.archived || person.managerId === null) continue;
    const list = reportsOf.get(person.managerId);
    if (list) list.push(person);
    else reportsOf.set(person.managerId, [person]);
  }
  const incumbents = new Set(plan.roles.filter((role) => !role.retired && role.incumbentId).map((role) => role.incumbentId as string));
  const busy = new Map<string, Span[]>();
  const occupy = (personId: string, span: Span): void => {
    const list = busy.get(personId);
    if (list) list.push(span);
    else busy.set(personId, [span]);
  };
  const spanOf = (rotation: Rotation): Span => ({ from: toDayNumber(rotation.start), to: toDayNumber(rotation.end) });
  for (const rotation of plan.rotations) if (rotation.status !== 'cancelled') occupy(rotation.personId, spanOf(rotation));

  let conflictMade = false;
  let seatLeftOpen = false;
  for (const rotation of plan.rotations) {
    rotation.backfillId = null;
    if (rotation.status === 'cancelled') continue;
    const reports = reportsOf.get(rotation.personId) ?? [];
    if (reports.length === 0 && !incumbents.has(rotation.personId)) continue;
    const current = rotation.status === 'planned' || rotation.status === 'active';
    const span = spanOf(rotation);
    const candidates = random.shuffled(reports);
    if (!conflictMade && rotation.status === 'planned') {
      const rotating = plan.people.find((person) => person.id === rotation.personId);
      const away = plan.people.find(
        (person) => person.id !== rotation.personId && !person.archived && person.homeDomain === rotating?.homeDomain && overlaps(busy.get(person.id), span),
      );
      if (away) {
        rotation.backfillId = away.id;
        conflictMade = true;
        continue;
      }
    }
    if (current && !seatLeftOpen) {
      seatLeftOpen = true;
      continue;
    }
    if (!random.chance(current ? 0.85 : 0.6)) continue;
    const free = candidates.find((report) => !overlaps(busy.get(report.id), span));
    if (!free) continue;
    rotation.backfillId = free.id;
    occupy(free.id, span);
  }
}

/**
 * Spec choice: seven slates in ten were reviewed within the last five months, two were last
 * reviewed 7–14 months ago (overdue at the default six-month interval), one never.
 */
export function assignReviewDates(roles: Role[], asOf: string, random: Random): void {
  for (const role of roles) {
    const draw = random.next();
    if (draw < 0.1) role.reviewedOn = null;
    else {
      const monthsAgo = draw < 0.8 ? random.int(0, 5) : random.int(7, 14);
      const day = random.int(1, 28);
      role.reviewedOn = addMonths(`${asOf.slice(0, 8)}${String(day).padStart(2, '0')}`, -monthsAgo);
      if (role.reviewedOn > asOf) role.reviewedOn = asOf;
    }
  }
  // A small demo may draw no overdue slate at all: the last role is then one never reviewed, so
  // the demo always shows role-review-overdue.
  const last = roles[roles.length - 1];
  if (last && roles.every((role) => typeof role.reviewedOn === 'string' && role.reviewedOn >= addMonths(asOf, -6))) last.reviewedOn = null;
}

/**
 * Spec choice: the budget is set a little below the busiest year's spend from asOf's year on,
 * rounded to 10 000, so the demo shows programme-over-budget for one year and the cost view
 * has a line to compare with.
 */
export function demoBudget(plan: Plan, asOf: string): number | null {
  const years = [...spendByYear(plan, yearOf(asOf)).values()];
  if (years.length === 0) return null;
  const busiest = Math.max(...years);
  return Math.max(10_000, Math.floor((busiest * 0.92) / 10_000) * 10_000);
}
