import { z } from 'zod';
import { Review as PlanReview, type ReviewMove } from '../plan/schema';
import { TitleText } from '../plan/text-limits';

/**
 * A talent-review session (DOMAIN §8.6) as the review logic reads it: the plan format's own
 * `reviews[]` shape (plan/schema.ts, the one definition), with what the review edits add — a
 * title that says something, and the user's guideline per 9-box cell.
 */

export { ReviewMove, ReviewScope, ReviewStatus } from '../plan/schema';
export type MoveField = ReviewMove['field'];

export const Review = PlanReview.extend({
  title: TitleText.trim().min(1, { message: 'a review needs a title' }),
  /** Braid extension: ceilings in percent per 9-box cell ("high/high": 10), set by the user. */
  guideline: z.record(z.string(), z.number()).optional(),
});
export type Review = z.infer<typeof Review>;

/** The same move twice is one: a later proposal for the same person, field and role replaces it. */
export function sameSubject(a: ReviewMove, b: Pick<ReviewMove, 'personId' | 'field'> & { roleId?: string }): boolean {
  return a.personId === b.personId && a.field === b.field && (a.field !== 'readiness' || a.roleId === b.roleId);
}
