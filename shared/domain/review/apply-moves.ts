import { reviewsOf } from './review-scope';
import { EditError } from '../model/edit-error';
import type { Plan } from '../plan/schema';
import { rolesInScope } from './review-scope';
import type { Review, ReviewMove } from './types';

/** The plan with one move applied: the person's rating, or the successor's readiness on the role. */
export function applyMove(plan: Plan, move: ReviewMove): Plan {
  if (move.field === 'readiness') {
    const roleIndex = plan.roles.findIndex((r) => r.id === move.roleId);
    if (roleIndex < 0) throw new EditError(`The role ${move.roleId} of a readiness move is no longer in the plan: withdraw that move first.`);
    const role = plan.roles[roleIndex];
    const slot = role.successors.findIndex((s) => s.personId === move.personId);
    if (slot < 0) throw new EditError(`${personName(plan, move.personId)} is no longer on the slate of ${role.title}: withdraw that move first.`);
    const successors = role.successors.slice();
    successors[slot] = { ...successors[slot], readiness: move.to };
    const roles = plan.roles.slice();
    roles[roleIndex] = { ...role, successors };
    return { ...plan, roles };
  }
  const index = plan.people.findIndex((p) => p.id === move.personId);
  if (index < 0) throw new EditError(`Person ${move.personId} of a move is no longer in the plan: withdraw that move first.`);
  const people = plan.people.slice();
  people[index] = move.field === 'performance' ? { ...people[index], performance: move.to } : { ...people[index], potential: move.to };
  return { ...plan, people };
}

function personName(plan: Plan, personId: string): string {
  return plan.people.find((p) => p.id === personId)?.name ?? `Person ${personId}`;
}

/**
 * Sign-off as a pure function: every move applied in order, `reviewedOn` of the roles in scope set
 * to the review's date, and the review marked signed-off on `signedOffOn`.
 */
export function signOffReview(plan: Plan, reviewId: string, signedOffOn: string): Plan {
  const reviews = reviewsOf(plan);
  const index = reviews.findIndex((r) => r.id === reviewId);
  if (index < 0) throw new EditError(`Talent review ${reviewId} is not in the plan (it may have been discarded).`);
  const review = reviews[index];
  if (review.status !== 'draft') throw new EditError(`${review.title} is already signed off: a signed-off review cannot change.`);
  let next = review.moves.reduce(applyMove, plan);
  const inScope = new Set(rolesInScope(next, review.scope).map((r) => r.id));
  next = { ...next, roles: next.roles.map((r) => (inScope.has(r.id) ? { ...r, reviewedOn: review.date } : r)) };
  const signed: Review = { ...review, status: 'signed-off', signedOffOn };
  const nextReviews = reviews.slice();
  nextReviews[index] = signed;
  return { ...next, reviews: nextReviews } as Plan;
}

/** The plan as the session found it: every move's `from` put back (for the outcomes' "before" picture). */
export function planBeforeMoves(plan: Plan, moves: readonly ReviewMove[]): Plan {
  let before = plan;
  for (const move of [...moves].reverse()) {
    if (move.field === 'readiness') {
      const role = before.roles.find((r) => r.id === move.roleId);
      if (role?.successors.some((s) => s.personId === move.personId)) before = applyMove(before, { ...move, to: move.from });
    } else if (before.people.some((p) => p.id === move.personId)) {
      const index = before.people.findIndex((p) => p.id === move.personId);
      const people = before.people.slice();
      people[index] = { ...people[index], [move.field]: move.from };
      before = { ...before, people };
    }
  }
  return before;
}
