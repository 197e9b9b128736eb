import { bySeverity, FLAG_CATALOGUE, FLAG_CODES, flagLabel, SEVERITY_RANK, type Flag, type FlagCode, type PlanAnalysis } from '../../../shared/domain/model';
import type { Role } from '../../../shared/domain/plan/schema';

/** @deprecated Read `flagLabel(code)` from shared/domain/model (the flag catalogue); this table goes at the next cleanup. */
export const FLAG_BADGES: Partial<Record<FlagCode, string>> = Object.fromEntries(FLAG_CODES.map((code) => [code, flagLabel(code)]));

const SUCCESSOR_CODES = new Set<FlagCode>(['successor-not-ready', 'successor-overcommitted', 'successor-flight-risk', 'successor-linear-gap', 'assessment-stale']);

const resolve = (analysis: PlanAnalysis, ids: readonly string[] | undefined): Flag[] =>
  (ids ?? []).map((id) => analysis.flagsById.get(id)).filter((f): f is Flag => f !== undefined);

/** The role's own flags (about its bench), most severe first. */
export function roleFlags(analysis: PlanAnalysis, roleId: string): Flag[] {
  return resolve(analysis, analysis.roles.get(roleId)?.flagIds)
    .filter((f) => FLAG_CATALOGUE[f.code].subject === 'role')
    .sort(bySeverity);
}

/** Flags about a successor on this slate: this role's, and the person's own that matter for succession. */
export function successorFlags(analysis: PlanAnalysis, roleId: string, personId: string): Flag[] {
  return resolve(analysis, analysis.people.get(personId)?.flagIds)
    .filter((f) => SUCCESSOR_CODES.has(f.code) && (f.roleId === undefined || f.roleId === roleId))
    .sort(bySeverity);
}

const RISK: Record<Role['vacancyRisk'], number> = { high: 0, medium: 1, low: 2 };

/** The board's order: roles with a critical flag first, then by vacancy risk, then the soonest vacancy. */
export function byUrgency(analysis: PlanAnalysis): (a: Role, b: Role) => number {
  const known = new Map<string, number>();
  const worst = (role: Role) => {
    let rank = known.get(role.id);
    if (rank === undefined) known.set(role.id, (rank = Math.min(3, ...roleFlags(analysis, role.id).map((f) => SEVERITY_RANK[f.severity]))));
    return rank;
  };
  return (a, b) =>
    worst(a) - worst(b) ||
    RISK[a.vacancyRisk] - RISK[b.vacancyRisk] ||
    (a.expectedVacancy ?? '9999').localeCompare(b.expectedVacancy ?? '9999') ||
    a.title.localeCompare(b.title);
}
