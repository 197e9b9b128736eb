import type { RotationFacts } from '../model/plan-index';
import { budgetCover, budgetOfYear, hasBudget } from '../cost/budget';
import { spendByYear } from '../cost/rotation-spend';
import { yearOf } from '../time/calendar';
import { ageInMonths } from '../time';
import type { RuleContext } from './rule-context';
import { nameOf } from './role-flags';
import { at, daysOf } from './rotation-flags';
import { groupedWhole, monthsText, personName, roleName } from './wording';

/** rotation-no-backfill, backfill-conflict, programme-over-budget and role-review-overdue (DOMAIN §8.4). */
export function raiseProgrammeFlags(ctx: RuleContext): void {
  raiseNoBackfill(ctx);
  raiseBackfillConflicts(ctx);
  raiseOverBudget(ctx);
  raiseReviewOverdue(ctx);
}

const running = (facts: RotationFacts): boolean => facts.rotation.status === 'planned' || facts.rotation.status === 'active';

/**
 * A planned or active rotation of an incumbent or of a manager (someone with a direct report on the
 * roster) that names no backfill.
 * Spec choice: a backfill who has since been archived holds no seat, so it counts as none named.
 */
function raiseNoBackfill(ctx: RuleContext): void {
  const { index, book } = ctx;
  const holds = new Map<string, string>();
  for (const role of index.roles) if (role.incumbentId !== null && !holds.has(role.incumbentId)) holds.set(role.incumbentId, roleName(role));
  const managers = new Set<string>();
  const { roster, rotations } = index;
  for (let i = 0; i < roster.length; i++) {
    const { managerId } = roster[i];
    if (managerId !== null) managers.add(managerId);
  }
  for (let i = 0; i < rotations.length; i++) {
    const facts = rotations[i];
    const { rotation, person } = facts;
    const backfillId = rotation.backfillId ?? null;
    if (!running(facts) || (backfillId !== null && index.people.has(backfillId))) continue;
    const held = holds.get(person.id);
    if (held === undefined && !managers.has(person.id)) continue;
    const name = personName(person);
    const seat = held !== undefined ? `holds ${held}` : 'has direct reports';
    book.raise(
      'rotation-no-backfill',
      'warning',
      { personId: person.id, rotationIds: [rotation.id], dates: daysOf(facts) },
      `${name} ${seat}, but their ${rotation.status} rotation at ${at(facts)} names no backfill to hold the seat meanwhile.`,
      `Name who holds ${name}'s seat during the rotation.`,
    );
  }
}

/**
 * The backfill of a planned or active rotation X is, on some day of X, on a rotation of their own or
 * the backfill of another planned or active rotation Y: one flag per pair.
 * Spec choice: "on some day of X" applies to both cases — a person can backfill two seats one after
 * the other; only at the same time is it a conflict. Two rotations sharing one backfill give one flag.
 */
function raiseBackfillConflicts(ctx: RuleContext): void {
  const { index, book } = ctx;
  const byBackfill = new Map<string, RotationFacts[]>();
  const { rotations } = index;
  for (let i = 0; i < rotations.length; i++) {
    const facts = rotations[i];
    const backfillId = facts.rotation.backfillId ?? null;
    if (!running(facts) || backfillId === null || !index.people.has(backfillId)) continue;
    const list = byBackfill.get(backfillId);
    if (list) list.push(facts);
    else byBackfill.set(backfillId, [facts]);
  }
  const overlaps = (a: RotationFacts, b: RotationFacts) => a.startDay <= b.endDay && b.startDay <= a.endDay;
  for (const [backfillId, covered] of byBackfill) {
    const name = nameOf(ctx, backfillId);
    for (const x of covered) {
      for (const y of index.rotationsByPerson.get(backfillId) ?? []) {
        if (!overlaps(x, y)) continue;
        book.raise(
          'backfill-conflict',
          'critical',
          { personId: backfillId, rotationIds: [x.rotation.id, y.rotation.id], dates: daysOf(x, y) },
          `${name} is named to hold ${personName(x.person)}'s seat during the rotation at ${at(x)}, but is away on a rotation of their own at ${at(y)} at the same time.`,
          `Name another backfill for ${personName(x.person)}, or move one of the two rotations.`,
        );
      }
    }
    for (let i = 0; i < covered.length; i++) {
      for (let j = i + 1; j < covered.length; j++) {
        const [x, y] = [covered[i], covered[j]];
        if (!overlaps(x, y)) continue;
        book.raise(
          'backfill-conflict',
          'critical',
          { personId: backfillId, rotationIds: [x.rotation.id, y.rotation.id], dates: daysOf(x, y) },
          `${name} is named to hold two seats at once: ${personName(x.person)}'s during the rotation at ${at(x)} and ${personName(y.person)}'s during the rotation at ${at(y)}.`,
          `Name another backfill for one of the two rotations.`,
        );
      }
    }
  }
}

/**
 * A calendar year, from asOf's year on, whose rotation spend (each cost spread evenly over its days)
 * is above that year's budget (policy.budgetByYear, else policy.annualBudget).
 * Spec choice: every rotation in the file counts, an archived person's too — money spent on a
 * leader who has since left was still spent from that year's budget.
 */
function raiseOverBudget(ctx: RuleContext): void {
  const { plan, asOf } = ctx.index;
  const cover = budgetCover(plan, asOf);
  if (!hasBudget(cover)) return;
  const currency = plan.organization.currency ?? null;
  const money = (amount: number) => `${groupedWhole(Math.round(amount))}${currency ? ` ${currency}` : ''}`;
  for (const [year, spend] of spendByYear(plan, yearOf(asOf))) {
    const budget = budgetOfYear(cover, year);
    if (budget === null || spend <= budget) continue;
    const own = cover.byYear.has(year);
    ctx.book.raise(
      'programme-over-budget',
      'warning',
      { year },
      `Rotation spend in ${year} is ${money(spend)}, ${money(spend - budget)} over ${own ? `the budget set for ${year}` : 'the annual budget'} of ${money(budget)}.`,
      `Move, shorten or re-cost rotations that run in ${year}, or raise ${own ? `${year}'s budget` : 'the annual budget'}.`,
    );
  }
}

/** A role whose slate was never reviewed, or last reviewed longer ago than reviewIntervalMonths (age as in §5: exactly the interval is not overdue). */
function raiseReviewOverdue(ctx: RuleContext): void {
  const { index, book } = ctx;
  const interval = index.policy.reviewIntervalMonths;
  for (const role of index.roles) {
    const reviewedOn = role.reviewedOn ?? null;
    if (reviewedOn !== null && ageInMonths(reviewedOn, index.asOf) <= interval) continue;
    const title = roleName(role);
    book.raise(
      'role-review-overdue',
      'info',
      reviewedOn === null ? { roleId: role.id } : { roleId: role.id, dates: [reviewedOn] },
      reviewedOn === null ? `The slate of ${title} has never been reviewed.` : `The slate of ${title} was last reviewed on ${reviewedOn}, more than ${monthsText(interval)} ago.`,
      `Put ${title} on the agenda of the next talent review.`,
    );
  }
}
