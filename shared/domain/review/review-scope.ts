import type { Person, Plan, Role } from '../plan/schema';
import type { Review, ReviewScope } from './types';

/** The reviews kept in a plan (none before the first session). */
export function reviewsOf(plan: Plan): Review[] {
  return (plan.reviews ?? []) as Review[];
}

/** Everyone below `managerId` in the reporting line, however deep; a loop in the data stops the walk. */
export function reportingLineBelow(plan: Plan, managerId: string): Set<string> {
  const reports = new Map<string, string[]>();
  for (const person of plan.people) {
    if (person.managerId === null) continue;
    const list = reports.get(person.managerId);
    if (list) list.push(person.id);
    else reports.set(person.managerId, [person.id]);
  }
  const below = new Set<string>();
  const queue = [...(reports.get(managerId) ?? [])];
  while (queue.length) {
    const id = queue.pop()!;
    if (id === managerId || below.has(id)) continue;
    below.add(id);
    queue.push(...(reports.get(id) ?? []));
  }
  return below;
}

/** The people a session reviews: not archived, and inside the scope. */
export function peopleInScope(plan: Plan, scope: ReviewScope): Person[] {
  const roster = plan.people.filter((p) => !p.archived);
  if (scope.kind === 'all') return roster;
  if (scope.kind === 'domain') return roster.filter((p) => p.homeDomain === scope.domainId);
  const line = reportingLineBelow(plan, scope.personId);
  return roster.filter((p) => line.has(p.id));
}

/**
 * The roles whose slates a session calibrates.
 * Spec choice: a domain review takes the roles that name the domain; a manager review takes the
 * roles held by someone in the reporting line below the manager (the manager's own role is
 * calibrated one level up). Retired roles are never in scope.
 */
export function rolesInScope(plan: Plan, scope: ReviewScope): Role[] {
  const live = plan.roles.filter((r) => !r.retired);
  if (scope.kind === 'all') return live;
  if (scope.kind === 'domain') return live.filter((r) => r.domains.includes(scope.domainId));
  const line = reportingLineBelow(plan, scope.personId);
  return live.filter((r) => r.incumbentId !== null && line.has(r.incumbentId));
}

/** "Everyone", "Sales", "Reporting line of Ana Silva": how the scope reads on screens and in the PDF. */
export function scopeLabel(plan: Plan, scope: ReviewScope): string {
  if (scope.kind === 'all') return 'Everyone';
  if (scope.kind === 'domain') return plan.framework.domains.find((d) => d.id === scope.domainId)?.name ?? scope.domainId;
  const manager = plan.people.find((p) => p.id === scope.personId);
  return `Reporting line of ${manager?.name ?? scope.personId}`;
}
