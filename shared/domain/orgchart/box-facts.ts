import type { Flag, PlanAnalysis, Severity } from '../analysis/types';
import type { Plan, Readiness, Side } from '../plan/schema';

/** A critical role a person holds, with its bench as one mark. */
export interface HeldRole {
  roleId: string;
  title: string;
  /** Successors per readiness band. */
  bench: Record<Readiness, number>;
  /** The role spans both sides and nobody on its slate has real time on both. */
  singleSided: boolean;
  /** The role's flags, worst first. */
  worst: Severity | null;
  flagCount: Record<Severity, number>;
  successorIds: { personId: string; readiness: Readiness }[];
  cover: CoverBand;
}

/** How well a role's seat is covered: someone ready now, in 1–2 years, only in 3–5 years, nobody. */
export type CoverBand = 'ready-now' | 'ready-soon' | 'ready-later' | 'uncovered';

export interface BoxFacts {
  personId: string;
  name: string;
  title: string;
  side: Side | null;
  braidIndex: number;
  flightRisk: 'low' | 'medium' | 'high' | null;
  roles: HeldRole[];
  /** The weakest cover of the roles held; null for someone who holds no critical role. */
  cover: CoverBand | null;
}

const SEVERITIES: Severity[] = ['critical', 'warning', 'info'];
const COVER_ORDER: CoverBand[] = ['uncovered', 'ready-later', 'ready-soon', 'ready-now'];

export function coverOf(bench: Record<Readiness, number>): CoverBand {
  if (bench['ready-now'] > 0) return 'ready-now';
  if (bench['ready-1-2-years'] > 0) return 'ready-soon';
  if (bench['ready-3-5-years'] > 0) return 'ready-later';
  return 'uncovered';
}

/** Each person's box on the org chart, computed once per plan; retired roles are not critical roles any more. */
export function boxFactsOf(plan: Plan, analysis: PlanAnalysis): Map<string, BoxFacts> {
  const sideOf = new Map(plan.framework.domains.map((d) => [d.id, d.side]));
  const held = new Map<string, HeldRole[]>();
  for (const role of plan.roles) {
    if (role.retired || !role.incumbentId) continue;
    const bench: Record<Readiness, number> = { 'ready-now': 0, 'ready-1-2-years': 0, 'ready-3-5-years': 0 };
    for (const s of role.successors) bench[s.readiness]++;
    const flags = (analysis.roles.get(role.id)?.flagIds ?? []).map((id) => analysis.flagsById.get(id)).filter((f): f is Flag => !!f);
    const flagCount: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
    for (const flag of flags) flagCount[flag.severity]++;
    const entry: HeldRole = {
      roleId: role.id,
      title: role.title,
      bench,
      singleSided: flags.some((f) => f.code === 'role-single-sided-bench'),
      worst: SEVERITIES.find((s) => flagCount[s] > 0) ?? null,
      flagCount,
      successorIds: role.successors.map((s) => ({ personId: s.personId, readiness: s.readiness })),
      cover: coverOf(bench),
    };
    const list = held.get(role.incumbentId);
    if (list) list.push(entry);
    else held.set(role.incumbentId, [entry]);
  }
  const facts = new Map<string, BoxFacts>();
  for (const person of plan.people) {
    if (person.archived) continue;
    const roles = held.get(person.id) ?? [];
    facts.set(person.id, {
      personId: person.id,
      name: person.name,
      title: person.title,
      side: sideOf.get(person.homeDomain) ?? null,
      braidIndex: analysis.people.get(person.id)?.braidIndex ?? 0,
      flightRisk: person.flightRisk,
      roles,
      cover: roles.length ? COVER_ORDER.find((band) => roles.some((r) => r.cover === band))! : null,
    });
  }
  return facts;
}
