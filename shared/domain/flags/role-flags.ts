import type { SuccessorAnalysis } from '../model/types';
import type { Role } from '../plan/schema';
import { addMonths } from '../time';
import { closestSuccessorAction } from './advice-words';
import type { RuleContext } from './rule-context';
import { listText, monthsText, personName, plural, roleName, sideText } from './wording';

/** The four role flags: no ready-now successor, thin bench, single-sided bench, no emergency cover. */
export function raiseRoleFlags(ctx: RuleContext): void {
  const { index, book } = ctx;
  // "Within N months of asOf" is on or before addMonths(asOf, N) (DOMAIN §5).
  // Spec choice: a fractional horizon is truncated to whole months, as date-fns addMonths does.
  const horizon = addMonths(index.asOf, index.policy.vacancyHorizonMonths);
  for (const role of index.roles) {
    const analysis = ctx.roles.get(role.id);
    if (!analysis) continue;
    const slate = analysis.successors;
    const title = roleName(role);

    if (!slate.some((s) => s.readiness === 'ready-now')) {
      const soon = role.expectedVacancy !== null && role.expectedVacancy <= horizon;
      const severity = role.vacancyRisk === 'high' || soon ? 'critical' : 'warning';
      const why = role.expectedVacancy !== null ? ` It is expected to fall vacant on ${role.expectedVacancy}.` : role.vacancyRisk === 'high' ? ' Its vacancy risk is high.' : '';
      const best = closestCandidate(slate);
      const action = best ? closestSuccessorAction(nameOf(ctx, best.personId), best.fit.fit) : `Name successors for ${title}, at least one of them ready now.`;
      const dates = role.expectedVacancy !== null ? { dates: [role.expectedVacancy] } : {};
      book.raise('role-no-ready-successor', severity, { roleId: role.id, ...dates }, `No successor is ready now for ${title}.${why}`, action);
    }

    const min = index.policy.minSuccessorsPerRole;
    if (slate.length < min) {
      book.raise(
        'role-thin-bench',
        'warning',
        { roleId: role.id },
        `${title} has ${plural(slate.length, 'successor')}; the policy asks for at least ${min}.`,
        `Add ${plural(min - slate.length, 'more successor', 'more successors')} to the slate of ${title}.`,
      );
    }

    // Spec choice: an empty slate is not called single-sided — role-thin-bench already says it is empty.
    if (analysis.spansBothSides && slate.length > 0) raiseSingleSidedBench(ctx, role, slate);

    // Spec choice: an empty slate has no emergency cover either, so it is flagged too.
    if (!slate.some((s) => s.emergency)) {
      const readiest = [...slate].sort((a, b) => readinessRank(a) - readinessRank(b) || b.fit.fit - a.fit.fit)[0];
      book.raise(
        'role-no-emergency-cover',
        'info',
        { roleId: role.id },
        `No successor of ${title} is marked as emergency cover.`,
        readiest
          ? `Mark the readiest successor, ${nameOf(ctx, readiest.personId)}, as emergency cover.`
          : `Name a successor who could step in at short notice as emergency cover.`,
      );
    }
  }
}

function raiseSingleSidedBench(ctx: RuleContext, role: Role, slate: SuccessorAnalysis[]): void {
  const min = ctx.index.policy.braidMinMonths;
  let closest: { personId: string; weakSide: 'front' | 'back'; weakMonths: number } | null = null;
  for (const successor of slate) {
    const current = ctx.people.get(successor.personId)?.current;
    if (!current) continue;
    if (current.front >= min && current.back >= min) return;
    const weakSide = current.front < current.back ? 'front' : 'back';
    const weakMonths = current[weakSide];
    if (!closest || weakMonths > closest.weakMonths) closest = { personId: successor.personId, weakSide, weakMonths };
  }
  const title = roleName(role);
  ctx.book.raise(
    'role-single-sided-bench',
    'warning',
    { roleId: role.id },
    `${title} spans the front and back sides, but none of its successors has ${monthsText(min)} on both sides.`,
    closest
      ? `Plan a ${sideText(closest.weakSide)} rotation for ${nameOf(ctx, closest.personId)} (${monthsText(closest.weakMonths)} there so far).`
      : undefined,
  );
}

const READINESS_ORDER = { 'ready-now': 0, 'ready-1-2-years': 1, 'ready-3-5-years': 2 } as const;
const readinessRank = (s: SuccessorAnalysis): number => READINESS_ORDER[s.readiness];

/** The successor nearest to ready: best fit, then readiness. */
function closestCandidate(slate: readonly SuccessorAnalysis[]): SuccessorAnalysis | undefined {
  let best: SuccessorAnalysis | undefined;
  for (const s of slate) if (!best || s.fit.fit > best.fit.fit || (s.fit.fit === best.fit.fit && readinessRank(s) < readinessRank(best))) best = s;
  return best;
}

export const nameOf = (ctx: RuleContext, personId: string): string => {
  const person = ctx.index.people.get(personId);
  return person ? personName(person) : personId;
};

export const rolesText = (roles: readonly Role[]): string => listText(roles.map(roleName));
