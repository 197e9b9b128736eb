import { nextId } from '../plan/next-id';
import type { Person, Plan, Role } from '../plan/schema';

/**
 * A plan with no critical roles yet (a first import, an empty plan) is offered its likely
 * critical roles from the roster: the titles of people who lead others, ranked by how many
 * report to the holder who leads the most (the incumbent), then to all the title's holders.
 */

export interface CriticalRoleSuggestion {
  title: string;
  /** The holder of the title with the most direct reports: the incumbent of the role. */
  incumbent: Pick<Person, 'id' | 'name' | 'homeDomain'>;
  holders: number;
  /** Direct reports of all the title's holders together. */
  reports: number;
}

export function criticalRoleSuggestions(plan: Plan, limit = 8): CriticalRoleSuggestion[] {
  const current = plan.people.filter((p) => !p.archived);
  const reportsOf = new Map<string, number>();
  for (const person of current) if (person.managerId) reportsOf.set(person.managerId, (reportsOf.get(person.managerId) ?? 0) + 1);
  const taken = new Set(plan.roles.map((r) => r.title.trim().toLowerCase()));
  const byTitle = new Map<string, CriticalRoleSuggestion>();
  for (const person of current) {
    const reports = reportsOf.get(person.id) ?? 0;
    const title = person.title.trim();
    if (!reports || !title || taken.has(title.toLowerCase())) continue;
    const entry = byTitle.get(title.toLowerCase());
    if (!entry) byTitle.set(title.toLowerCase(), { title, incumbent: person, holders: 1, reports });
    else {
      if (reports > (reportsOf.get(entry.incumbent.id) ?? 0)) entry.incumbent = person;
      entry.holders++;
      entry.reports += reports;
    }
  }
  // A critical role is one seat: ranked by its incumbent's reports, then by the title's.
  const seat = (s: CriticalRoleSuggestion) => reportsOf.get(s.incumbent.id) ?? 0;
  return [...byTitle.values()].sort((a, b) => seat(b) - seat(a) || b.reports - a.reports || a.title.localeCompare(b.title)).slice(0, limit);
}

/** The role a suggestion becomes: the title, the incumbent's home domain, a medium vacancy risk, no requirements yet. */
export function roleFromSuggestion(plan: Plan, suggestion: CriticalRoleSuggestion): Role {
  return {
    id: nextId('R', plan.roles.map((r) => r.id)),
    title: suggestion.title,
    domains: [suggestion.incumbent.homeDomain],
    incumbentId: suggestion.incumbent.id,
    vacancyRisk: 'medium',
    expectedVacancy: null,
    requirements: { threads: {}, frontMonths: 0, backMonths: 0 },
    successors: [],
  };
}
