import type { Plan } from '../../../shared/domain/plan/schema';
import { reviewsOf, type ReviewScope } from '../../../shared/domain/review';

export interface StartReviewForm {
  title: string;
  date: string;
  scopeKind: ReviewScope['kind'];
  domainId: string;
  managerId: string;
  participants: string;
}

export type StartReviewErrors = Partial<Record<keyof StartReviewForm, string>>;

/** "Hana (HR), Ana Silva" or one per line → ['Hana (HR)', 'Ana Silva']. */
export function participantsOf(text: string): string[] {
  return text
    .split(/[\n;,]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

export function scopeOf(form: StartReviewForm): ReviewScope {
  if (form.scopeKind === 'domain') return { kind: 'domain', domainId: form.domainId };
  if (form.scopeKind === 'manager') return { kind: 'manager', personId: form.managerId };
  return { kind: 'all' };
}

export function startReviewErrors(form: StartReviewForm): StartReviewErrors {
  const errors: StartReviewErrors = {};
  if (!form.title.trim()) errors.title = 'Give the session a title, e.g. "Sales calibration, spring".';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) errors.date = 'Choose the day of the meeting.';
  if (form.scopeKind === 'domain' && !form.domainId) errors.domainId = 'Choose the domain to review.';
  if (form.scopeKind === 'manager' && !form.managerId) errors.managerId = 'Choose the manager whose reporting line is reviewed.';
  return errors;
}

/** rv-2027-03-01, or rv-2027-03-01-2 when that day already has a session. */
export function newReviewId(plan: Plan, date: string): string {
  const taken = new Set(reviewsOf(plan).map((r) => r.id));
  const base = `rv-${date}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
