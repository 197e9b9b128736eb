import type { Person, Plan } from '../plan/schema';
import { moveValueText } from '../review/move-wording';
import { reviewsOf } from '../review/review-scope';
import type { Review, ReviewMove } from '../review/types';
import type { AuditChange } from './types';
import type { NameBook } from './wording';

type Add = (change: Omit<AuditChange, 'action'>) => void;

function ratingText(field: 'performance' | 'potential', value: Person['performance'] | Person['potential']): string | null {
  return value === null || value === undefined ? null : moveValueText(field, value);
}

/** Performance and potential changes: what places a person on the 9-box. */
export function diffRatings(before: Person | undefined, after: Person | undefined, names: NameBook, add: Add): void {
  if (!before || !after) return;
  for (const field of ['performance', 'potential'] as const) {
    if (before[field] === after[field]) continue;
    const who = names.person(after.id);
    add({
      area: 'rating',
      summary: `${field === 'performance' ? 'Performance' : 'Potential'} of ${who} changed`,
      personIds: [after.id],
      roleIds: [],
      rotationIds: [],
      names: [who],
      before: ratingText(field, before[field]),
      after: ratingText(field, after[field]),
    });
  }
}


const moveText = (move: ReviewMove, value: ReviewMove['from']): string | null => (value === null ? null : moveValueText(move.field, value));

/**
 * Sessions started, signed off (or that sign-off undone) and discarded. On a sign-off, each move's
 * entry carries the review's id and the reason; a move that found the plan already at its value
 * still gets its own entry, so the trail holds every move the review made.
 */
export function diffReviews(before: Plan, after: Plan, names: NameBook, changes: AuditChange[], action: string): void {
  const was = new Map(reviewsOf(before).map((r) => [r.id, r]));
  const now = new Map(reviewsOf(after).map((r) => [r.id, r]));
  const entry = (review: Review, summary: string, b: string | null, a: string | null): AuditChange => ({
    area: 'review', action, summary, personIds: [], roleIds: [], rotationIds: [], names: [review.title], before: b, after: a, reviewId: review.id,
  });
  for (const review of now.values()) {
    const old = was.get(review.id);
    if (!old) changes.push(entry(review, `Talent review "${review.title}" started`, null, `Draft of ${review.date}`));
    else if (old.status !== review.status) {
      const signing = review.status === 'signed-off';
      changes.push(entry(review, signing ? `Talent review "${review.title}" signed off with ${review.moves.length} moves` : `Sign-off of "${review.title}" taken back`, old.status, review.status));
      annotateMoves(review, changes, names, action);
    }
  }
  for (const old of was.values()) if (!now.has(old.id)) changes.push(entry(old, `Talent review "${old.title}" ${old.status === 'draft' ? 'discarded' : 'removed'}`, old.status, null));
}

function annotateMoves(review: Review, changes: AuditChange[], names: NameBook, action: string): void {
  for (const move of review.moves) {
    const match = changes.find(
      (c) =>
        c.reviewId === undefined &&
        c.personIds.includes(move.personId) &&
        (move.field === 'readiness' ? c.area === 'readiness' && c.roleIds.includes(move.roleId) : c.area === 'rating' && c.summary.startsWith(move.field === 'performance' ? 'Performance' : 'Potential')),
    );
    if (match) {
      match.reviewId = review.id;
      match.reason = move.reason;
      continue;
    }
    const who = names.person(move.personId);
    changes.push({
      area: move.field === 'readiness' ? 'readiness' : 'rating',
      action,
      summary: move.field === 'readiness' ? `Readiness of ${who} for ${names.role(move.roleId)} confirmed` : `${move.field === 'performance' ? 'Performance' : 'Potential'} of ${who} confirmed`,
      personIds: [move.personId],
      roleIds: move.field === 'readiness' ? [move.roleId] : [],
      rotationIds: [],
      names: move.field === 'readiness' ? [who, names.role(move.roleId)] : [who],
      before: moveText(move, move.from),
      after: moveText(move, move.to),
      reviewId: review.id,
      reason: move.reason,
    });
  }
}
