/**
 * Net ready-now coverage (DOMAIN §8.4): the largest number of roles that can each be given a
 * different ready-now successor — a maximum bipartite matching, each person used once — over the
 * number of roles; 0 with no roles.
 * Kuhn's augmenting paths: O(roles × edges), a few thousand steps for hundreds of roles. A graph
 * library would bring far more than this one loop.
 */
export function netCoveredRoles(readyNowByRole: readonly (readonly string[])[]): number {
  const roleOfPerson = new Map<string, number>();
  let matched = 0;
  for (let role = 0; role < readyNowByRole.length; role++) {
    const seen = new Set<string>();
    if (augment(role, readyNowByRole, roleOfPerson, seen)) matched++;
  }
  return matched;
}

function augment(role: number, edges: readonly (readonly string[])[], roleOfPerson: Map<string, number>, seen: Set<string>): boolean {
  for (const person of edges[role]) {
    if (seen.has(person)) continue;
    seen.add(person);
    const holder = roleOfPerson.get(person);
    if (holder === undefined || augment(holder, edges, roleOfPerson, seen)) {
      roleOfPerson.set(person, role);
      return true;
    }
  }
  return false;
}
