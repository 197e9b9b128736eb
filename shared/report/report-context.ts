import type { PlanAnalysis } from '../domain/model';
import { byCriticality } from '../domain/paths';
import { resolvePolicy, type ResolvedPolicy } from '../domain/plan/defaults';
import type { Domain, Host, Person, Plan, Role, Rotation, Thread } from '../domain/plan/schema';

/** Everything a report section looks up, built once per report from the plan and its analysis. */
export interface ReportContext {
  plan: Plan;
  analysis: PlanAnalysis;
  policy: ResolvedPolicy;
  /** When the report was made (ISO date), for the footer and the cover. */
  generatedOn: string;
  people: Map<string, Person>;
  domains: Map<string, Domain>;
  hosts: Map<string, Host>;
  /** Each person's rotations, in plan order: a slate row looks its person's up instead of scanning every rotation. */
  rotationsByPerson: Map<string, Rotation[]>;
  threads: Thread[];
  threadNames: Map<string, string>;
  /** Roles the analysis covers (not retired), most critical first. */
  roles: Role[];
}

export function reportContext(plan: Plan, analysis: PlanAnalysis, generatedOn: string): ReportContext {
  return {
    plan,
    analysis,
    policy: resolvePolicy(plan.framework),
    generatedOn,
    people: new Map(plan.people.map((p) => [p.id, p])),
    domains: new Map(plan.framework.domains.map((d) => [d.id, d])),
    hosts: new Map(plan.hosts.map((h) => [h.id, h])),
    rotationsByPerson: rotationsByPerson(plan.rotations),
    threads: plan.framework.threads,
    threadNames: new Map(plan.framework.threads.map((t) => [t.id, t.name])),
    roles: byCriticality(plan.roles.filter((r) => analysis.roles.has(r.id))),
  };
}

function rotationsByPerson(rotations: readonly Rotation[]): Map<string, Rotation[]> {
  const byPerson = new Map<string, Rotation[]>();
  for (const rotation of rotations) {
    const list = byPerson.get(rotation.personId);
    if (list) list.push(rotation);
    else byPerson.set(rotation.personId, [rotation]);
  }
  return byPerson;
}
