import type { Flag, PlanAnalysis, RoleFit, SuccessorAnalysis } from '../model/types';
import type { Person, Plan, Readiness, Role } from '../plan/schema';
import { rolesInScope } from './review-scope';
import type { Review, ReviewMove } from './types';

/** One successor on a slate in scope, with the evidence a calibration looks at. */
export interface CalibrationRow {
  role: Role;
  personId: string;
  person: Person | undefined;
  readiness: Readiness;
  /** The readiness a move of this session proposes, or null. */
  proposed: ReadinessProposal | null;
  fit: RoleFit | null;
  braidIndex: number | null;
  /** The day the successor could meet the role's exposure items (§8.1), when the analysis gives one. */
  readyBy: string | null | undefined;
  /** The whole §9.2 readiness the words need; undefined when not analysed yet. */
  standing: SuccessorAnalysis | undefined;
  /** null when the role has no expected vacancy; undefined when the successor is not analysed (archived). */
  inTime: boolean | null | undefined;
  /** The flags about this successor on this role (successor-not-ready, readiness-understated…). */
  flags: Flag[];
}

export interface RoleCalibration {
  role: Role;
  rows: CalibrationRow[];
  /** Flags about the role itself (no ready successor, thin bench, review overdue…). */
  flags: Flag[];
}

type ReadinessProposal = Extract<ReviewMove, { field: 'readiness' }>;

/** The roles in the session's scope, each successor with fit, gaps, readyBy and flags, and the proposal on it. */
export function slateCalibration(plan: Plan, analysis: PlanAnalysis, review: Pick<Review, 'scope' | 'moves'>): RoleCalibration[] {
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const flagsFor = (roleId: string, personId?: string) =>
    analysis.flags.filter((f) => f.roleId === roleId && (personId === undefined ? f.personId === undefined : f.personId === personId));
  return rolesInScope(plan, review.scope).map((role) => {
    const analysed = new Map((analysis.roles.get(role.id)?.successors ?? []).map((s) => [s.personId, s]));
    const rows = role.successors.map((successor): CalibrationRow => {
      const standing = analysed.get(successor.personId);
      const proposed = review.moves.find((m): m is ReadinessProposal => m.field === 'readiness' && m.roleId === role.id && m.personId === successor.personId) ?? null;
      return {
        role,
        personId: successor.personId,
        person: people.get(successor.personId),
        readiness: successor.readiness,
        proposed,
        fit: standing?.fit ?? null,
        braidIndex: standing?.braidIndex ?? null,
        readyBy: standing?.readyBy,
        standing,
        inTime: standing?.inTime,
        flags: flagsFor(role.id, successor.personId),
      };
    });
    return { role, rows, flags: flagsFor(role.id) };
  });
}

/** Ready-now inflation: successors marked ready now on a slate in scope whose fit is below 100 %, lowest fit first. */
export function readyNowInflation(calibration: readonly RoleCalibration[]): CalibrationRow[] {
  return calibration
    .flatMap((c) => c.rows)
    .filter((row) => row.readiness === 'ready-now' && row.fit !== null && row.fit.fit < 1)
    .sort((a, b) => a.fit!.fit - b.fit!.fit || (a.person?.name ?? '').localeCompare(b.person?.name ?? ''));
}
