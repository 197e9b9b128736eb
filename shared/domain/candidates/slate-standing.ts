import type { Plan } from '../plan/schema';

/**
 * Why a successor may no longer belong on a slate (issue #13, "stale plans"): they were
 * archived (left the organisation), or they now hold a role themselves. The slate says so and
 * offers to take them off; it never removes them by itself, because HR may keep an incumbent
 * of a smaller role on a bigger role's slate on purpose.
 */
export type SlateStanding = { kind: 'archived' } | { kind: 'incumbent'; roleTitles: string[] };

export function slateStanding(plan: Pick<Plan, 'people' | 'roles'>, roleId: string, personId: string): SlateStanding | null {
  const person = plan.people.find((p) => p.id === personId);
  if (person?.archived) return { kind: 'archived' };
  const held = plan.roles.filter((role) => !role.retired && role.id !== roleId && role.incumbentId === personId).map((role) => role.title);
  return held.length > 0 ? { kind: 'incumbent', roleTitles: held } : null;
}

/** The slate's sentence for a standing. */
export function slateStandingText(standing: SlateStanding, name: string): string {
  if (standing.kind === 'archived') return `${name} is archived (no longer in the organisation's roster).`;
  return `${name} now holds ${standing.roleTitles.join(' and ')}.`;
}
