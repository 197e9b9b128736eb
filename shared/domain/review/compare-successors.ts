import { roleFit } from '../fit';
import type { FitItem, PlanAnalysis, SuccessorAnalysis, ThreadLevel } from '../model/types';
import type { LowMediumHigh, Person, Plan, Role } from '../plan/schema';

/** One person in a side-by-side comparison of successors (issue: compare 2–4 people). */
export interface ComparedPerson {
  person: Person;
  /** Role fit and its items, when the comparison is for a role. */
  fit: number | null;
  items: FitItem[];
  front: number;
  back: number;
  byDomain: Record<string, number>;
  threads: ThreadLevel[];
  braidIndex: number;
  potential: LowMediumHigh | null;
  flightRisk: LowMediumHigh | null;
  performance: number | null;
  /** readyBy (§8.1) and in-time for the role, for someone on its slate (undefined otherwise). */
  readyBy: string | null | undefined;
  /** The whole §9.2 readiness on the slate, for its words. */
  standing: SuccessorAnalysis | undefined;
  inTime: boolean | null | undefined;
}

export interface Comparison {
  role: Role | null;
  people: ComparedPerson[];
  /** The domains anyone compared has time in, in framework order. */
  domainIds: string[];
}

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** The evidence for 2–4 people side by side, against one role's requirements when a role is given. */
export function compareSuccessors(plan: Plan, analysis: PlanAnalysis, personIds: readonly string[], roleId?: string | null): Comparison {
  const role = roleId ? (plan.roles.find((r) => r.id === roleId) ?? null) : null;
  const people = personIds.flatMap((id): ComparedPerson[] => {
    const person = plan.people.find((p) => p.id === id);
    const standing = analysis.people.get(id);
    if (!person || !standing) return [];
    const fit = role && analysis.roles.has(role.id) ? roleFit(plan, analysis, role.id, id) : null;
    const onSlate = role ? analysis.roles.get(role.id)?.successors.find((s) => s.personId === id) : undefined;
    return [
      {
        person,
        fit: fit?.fit ?? null,
        items: fit?.items ?? [],
        front: standing.current.front,
        back: standing.current.back,
        byDomain: standing.current.byDomain,
        threads: standing.threads,
        braidIndex: standing.braidIndex,
        potential: person.potential,
        flightRisk: person.flightRisk,
        performance: person.performance,
        readyBy: onSlate?.readyBy,
        standing: onSlate,
        inTime: onSlate?.inTime,
      },
    ];
  });
  const domainIds = plan.framework.domains.map((d) => d.id).filter((d) => people.some((p) => (p.byDomain[d] ?? 0) > 0));
  return { role, people, domainIds };
}
