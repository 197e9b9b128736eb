import { z } from 'zod';
import { Id, IsoDate, type Plan } from '../plan/schema';
import { signOffReview } from '../review/apply-moves';
import { reviewsOf } from '../review/review-scope';
import { Review, ReviewMove, ReviewScope, sameSubject } from '../review/types';
import { EditError, replaceAt } from './list-edits';

/** The edits of a talent-review session (DOMAIN §8.6): a draft changes nothing else in the plan until it is signed off. */

function withReviews(plan: Plan, reviews: Review[]): Plan {
  return { ...plan, reviews } as Plan;
}

function draftIndex(plan: Plan, reviewId: string): number {
  const reviews = reviewsOf(plan);
  const index = reviews.findIndex((r) => r.id === reviewId);
  if (index < 0) throw new EditError(`Talent review ${reviewId} is not in the plan (it may have been discarded).`);
  if (reviews[index].status !== 'draft') throw new EditError(`${reviews[index].title} is signed off: a signed-off review is read-only.`);
  return index;
}

function changeDraft(plan: Plan, reviewId: string, change: (review: Review) => Review): Plan {
  const index = draftIndex(plan, reviewId);
  const reviews = reviewsOf(plan);
  return withReviews(plan, replaceAt(reviews, index, change(reviews[index])));
}

const Guideline = z.record(z.string().regex(/^(low|medium|high)\/(low|medium|high)$/), z.number().min(0).max(100));

export const StartReviewInput = z.object({
  id: Id.max(64),
  date: IsoDate,
  title: Review.shape.title,
  scope: ReviewScope,
  participants: z.array(z.string().trim().min(1).max(200)).max(100),
});
export function startReview(plan: Plan, input: z.infer<typeof StartReviewInput>): Plan {
  const reviews = reviewsOf(plan);
  if (reviews.some((r) => r.id === input.id)) throw new EditError(`A talent review with id ${input.id} already exists.`);
  const { scope } = input;
  if (scope.kind === 'domain' && !plan.framework.domains.some((d) => d.id === scope.domainId)) {
    throw new EditError(`scope.domainId: there is no domain "${scope.domainId}" in the framework.`);
  }
  if (scope.kind === 'manager' && !plan.people.some((p) => p.id === scope.personId)) {
    throw new EditError(`scope.personId: there is no person "${scope.personId}" in the plan.`);
  }
  return withReviews(plan, [...reviews, { ...input, status: 'draft', signedOffOn: null, moves: [] }]);
}

export const UpdateReviewInput = z.object({
  reviewId: Id,
  date: IsoDate.optional(),
  title: Review.shape.title.optional(),
  participants: StartReviewInput.shape.participants.optional(),
  /** Ceilings in percent per 9-box cell ("high/high": 10); an empty object clears the guideline. */
  guideline: Guideline.optional(),
});
export function updateReview(plan: Plan, { reviewId, guideline, ...change }: z.infer<typeof UpdateReviewInput>): Plan {
  return changeDraft(plan, reviewId, (review) => {
    const next: Review = { ...review };
    if (change.date !== undefined) next.date = change.date;
    if (change.title !== undefined) next.title = change.title;
    if (change.participants !== undefined) next.participants = change.participants;
    if (guideline !== undefined) {
      if (Object.keys(guideline).length) next.guideline = guideline;
      else delete next.guideline;
    }
    return next;
  });
}

export const ProposeMoveInput = z.object({ reviewId: Id, move: ReviewMove });
/**
 * A later proposal for the same person and field replaces the earlier one but keeps its `from`
 * (the value the session started from); a proposal back to that value withdraws the move.
 */
export function proposeMove(plan: Plan, { reviewId, move }: z.infer<typeof ProposeMoveInput>): Plan {
  return changeDraft(plan, reviewId, (review) => {
    checkSubject(plan, move);
    const earlier = review.moves.find((m) => sameSubject(m, move));
    const next = (earlier ? { ...move, from: earlier.from } : move) as ReviewMove;
    const others = review.moves.filter((m) => !sameSubject(m, move));
    if (next.from === next.to) return { ...review, moves: others };
    const at = earlier ? review.moves.indexOf(earlier) : review.moves.length;
    const moves = [...others];
    moves.splice(Math.min(at, moves.length), 0, next);
    return { ...review, moves };
  });
}

function checkSubject(plan: Plan, move: ReviewMove): void {
  const person = plan.people.find((p) => p.id === move.personId);
  if (!person) throw new EditError(`move.personId: there is no person "${move.personId}" in the plan.`);
  if (move.field !== 'readiness') return;
  const role = plan.roles.find((r) => r.id === move.roleId);
  if (!role) throw new EditError(`move.roleId: there is no role "${move.roleId}" in the plan.`);
  if (!role.successors.some((s) => s.personId === move.personId)) throw new EditError(`${person.name} is not on the slate of ${role.title}.`);
}

export const WithdrawMoveInput = z.object({
  reviewId: Id,
  personId: Id,
  field: z.enum(['performance', 'potential', 'readiness']),
  roleId: Id.optional(),
});
export function withdrawMove(plan: Plan, { reviewId, ...subject }: z.infer<typeof WithdrawMoveInput>): Plan {
  return changeDraft(plan, reviewId, (review) => {
    const moves = review.moves.filter((m) => !sameSubject(m, subject));
    if (moves.length === review.moves.length) throw new EditError('That move is not in the review (it may have been withdrawn already).');
    return { ...review, moves };
  });
}

export const SignOffReviewInput = z.object({ reviewId: Id, signedOffOn: IsoDate });
export function signOff(plan: Plan, { reviewId, signedOffOn }: z.infer<typeof SignOffReviewInput>): Plan {
  return signOffReview(plan, reviewId, signedOffOn);
}

export const DiscardReviewInput = z.object({ reviewId: Id });
/** Drops a draft and its proposals; a signed-off review is a record and stays. */
export function discardReview(plan: Plan, { reviewId }: z.infer<typeof DiscardReviewInput>): Plan {
  const index = draftIndex(plan, reviewId);
  return withReviews(plan, reviewsOf(plan).filter((_, i) => i !== index));
}
