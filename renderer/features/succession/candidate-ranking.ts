import { slateCandidates } from '../../../shared/domain/analysis';
import type { PlanAnalysis } from '../../../shared/domain/model';
import type { SlateCandidate } from '../../../shared/domain/candidates';
import type { Plan, Role } from '../../../shared/domain/plan/schema';
import { foldForMatch } from '../../../shared/domain/text/fold';

export type Candidate = SlateCandidate;

/**
 * Who could succeed to a role, best first, as DOMAIN §8.3 ranks them (shared/domain/candidates).
 * A query narrows by name, title or home domain before any fit is worked out, so typing stays
 * quick on a large roster. `plan` is the plan `analysis` was made from; `role` may be newer.
 */
export function rankCandidates(plan: Plan, analysis: PlanAnalysis, role: Role, query = '', limit = 8): Candidate[] {
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d.name]));
  const words = foldForMatch(query.trim()).split(/\s+/).filter(Boolean);
  const matches = (person: Plan['people'][number]): boolean => {
    if (words.length === 0) return true;
    const text = foldForMatch(`${person.name} ${person.title} ${domains.get(person.homeDomain) ?? ''}`);
    return words.every((w) => text.includes(w));
  };
  return slateCandidates(plan, analysis, role, matches, limit);
}
