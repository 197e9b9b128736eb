import { roleFit } from '../../../shared/domain/analysis';
import type { PlanAnalysis, RoleFit } from '../../../shared/domain/analysis/types';
import type { Person, Plan, Role } from '../../../shared/domain/plan/schema';

export interface Candidate {
  person: Person;
  fit: RoleFit;
  braidIndex: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * Who could succeed to a role, best first: by role fit, then braid index, then name. Leaves out
 * the incumbent, those already on the slate and archived people. A query narrows by name, title
 * or home domain before any fit is worked out, so typing stays quick on a large roster.
 * `plan` is the plan `analysis` was made from; `role` may be newer (a nomination not yet analysed).
 */
export function rankCandidates(plan: Plan, analysis: PlanAnalysis, role: Role, query = '', limit = 8): Candidate[] {
  const roleId = role.id;
  if (!plan.roles.some((r) => r.id === roleId)) return [];
  const excluded = new Set(role.successors.map((s) => s.personId));
  if (role.incumbentId) excluded.add(role.incumbentId);
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d.name]));
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);

  const candidates: Candidate[] = [];
  for (const person of plan.people) {
    if (person.archived || excluded.has(person.id)) continue;
    const standing = analysis.people.get(person.id);
    if (!standing) continue;
    if (words.length > 0) {
      const text = `${person.name} ${person.title} ${domains.get(person.homeDomain) ?? ''}`.toLocaleLowerCase();
      if (!words.every((w) => text.includes(w))) continue;
    }
    candidates.push({ person, fit: roleFit(plan, analysis, roleId, person.id), braidIndex: standing.braidIndex });
  }
  candidates.sort((a, b) => b.fit.fit - a.fit.fit || b.braidIndex - a.braidIndex || collator.compare(a.person.name, b.person.name));
  return candidates.slice(0, limit);
}
