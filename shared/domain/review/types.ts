import { z } from 'zod';
import { Id, IsoDate, LowMediumHigh, Readiness } from '../plan/schema';

/**
 * A talent-review session (DOMAIN §8.6) as the review logic reads it. The plan schema carries
 * the same shape in `reviews[]`; these schemas are what the review edits accept.
 */

export const ReviewScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('domain'), domainId: Id }),
  z.object({ kind: z.literal('manager'), personId: Id }),
]);
export type ReviewScope = z.infer<typeof ReviewScope>;

/** A reason must say something: whitespace alone is refused. */
export const MoveReason = z
  .string()
  .trim()
  .min(1, { message: 'a move needs a reason: say why the rating or readiness changes' })
  .max(10_000, { message: 'a reason is at most 10 000 characters' });

const RatingMoveFields = {
  personId: Id,
  reason: MoveReason,
};

export const PerformanceMove = z.looseObject({
  ...RatingMoveFields,
  field: z.literal('performance'),
  from: z.number().int().min(1).max(5).nullable(),
  to: z.number().int().min(1).max(5),
});

export const PotentialMove = z.looseObject({
  ...RatingMoveFields,
  field: z.literal('potential'),
  from: LowMediumHigh.nullable(),
  to: LowMediumHigh,
});

export const ReadinessMove = z.looseObject({
  ...RatingMoveFields,
  field: z.literal('readiness'),
  roleId: Id,
  from: Readiness,
  to: Readiness,
});

export const ReviewMove = z.discriminatedUnion('field', [PerformanceMove, PotentialMove, ReadinessMove]);
export type ReviewMove = z.infer<typeof ReviewMove>;
export type MoveField = ReviewMove['field'];

export const ReviewStatus = z.enum(['draft', 'signed-off']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const Review = z.looseObject({
  id: Id,
  date: IsoDate,
  title: z.string().trim().min(1, { message: 'a review needs a title' }).max(200),
  scope: ReviewScope,
  participants: z.array(z.string().max(200)),
  status: ReviewStatus,
  signedOffOn: IsoDate.nullable().optional(),
  moves: z.array(ReviewMove),
  /** Braid extension: ceilings in percent per 9-box cell ("high/high": 10), set by the user. */
  guideline: z.record(z.string(), z.number()).optional(),
});
export type Review = z.infer<typeof Review>;

/** The same move twice is one: a later proposal for the same person, field and role replaces it. */
export function sameSubject(a: ReviewMove, b: Pick<ReviewMove, 'personId' | 'field'> & { roleId?: string }): boolean {
  return a.personId === b.personId && a.field === b.field && (a.field !== 'readiness' || a.roleId === b.roleId);
}
