import type { Flag, FlagCode, PlanAnalysis, Severity } from '../../../shared/domain/analysis/types';
import type { Role } from '../../../shared/domain/plan/schema';

/** Badge words for the flags a role or a successor carries on the board. */
export const FLAG_BADGES: Partial<Record<FlagCode, string>> = {
  'role-no-ready-successor': 'No one ready now',
  'role-thin-bench': 'Thin bench',
  'role-single-sided-bench': 'Single-sided bench',
  'role-no-emergency-cover': 'No emergency cover',
  'successor-not-ready': 'Not ready',
  'successor-overcommitted': 'Over-committed',
  'successor-flight-risk': 'Flight risk',
  'successor-linear-gap': 'Linear gap',
  'assessment-stale': 'Stale assessment',
};

const SUCCESSOR_CODES = new Set<FlagCode>(['successor-not-ready', 'successor-overcommitted', 'successor-flight-risk', 'successor-linear-gap', 'assessment-stale']);
const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

const resolve = (analysis: PlanAnalysis, ids: readonly string[] | undefined): Flag[] =>
  (ids ?? []).map((id) => analysis.flagsById.get(id)).filter((f): f is Flag => f !== undefined);

/** The role's own flags (about its bench), most severe first. */
export function roleFlags(analysis: PlanAnalysis, roleId: string): Flag[] {
  return resolve(analysis, analysis.roles.get(roleId)?.flagIds)
    .filter((f) => f.code.startsWith('role-'))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Flags about a successor on this slate: this role's, and the person's own that matter for succession. */
export function successorFlags(analysis: PlanAnalysis, roleId: string, personId: string): Flag[] {
  return resolve(analysis, analysis.people.get(personId)?.flagIds)
    .filter((f) => SUCCESSOR_CODES.has(f.code) && (f.roleId === undefined || f.roleId === roleId))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

const RISK: Record<Role['vacancyRisk'], number> = { high: 0, medium: 1, low: 2 };

/** The board's order: roles with a critical flag first, then by vacancy risk, then the soonest vacancy. */
export function byUrgency(analysis: PlanAnalysis): (a: Role, b: Role) => number {
  const known = new Map<string, number>();
  const worst = (role: Role) => {
    let rank = known.get(role.id);
    if (rank === undefined) known.set(role.id, (rank = Math.min(3, ...roleFlags(analysis, role.id).map((f) => RANK[f.severity]))));
    return rank;
  };
  return (a, b) =>
    worst(a) - worst(b) ||
    RISK[a.vacancyRisk] - RISK[b.vacancyRisk] ||
    (a.expectedVacancy ?? '9999').localeCompare(b.expectedVacancy ?? '9999') ||
    a.title.localeCompare(b.title);
}
