import { dequal } from 'dequal';
import type { Plan } from '../plan/schema';

/**
 * Promoting a scenario into the plan (DOMAIN §8.5) is a three-way merge by item: what the
 * scenario changed since it was made (its base) goes into the plan as it is now. Where the
 * plan changed the same item in another way since then, nothing is merged and each such
 * item is named: the user decides, Braid does not guess.
 * Items are the entries of the plan's id lists (people, roles, rotations, hosts, reviews…);
 * any other top-level part (organisation, framework) is one item.
 */

export interface PromoteConflict {
  /** Top-level part of the plan: `people`, `roles`, `organization`, … */
  part: string;
  id: string | null;
  /** "Person Анна Петрова (P2)". */
  label: string;
}

export type PromoteResult = { ok: true; plan: Plan; changedItems: number } | { ok: false; conflicts: PromoteConflict[] };

type Item = { id: string } & Record<string, unknown>;
const isIdList = (value: unknown): value is Item[] =>
  Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object' && typeof (item as Item).id === 'string');

const PART_NAMES: Record<string, string> = { people: 'Person', roles: 'Role', rotations: 'Rotation', hosts: 'Host', reviews: 'Review', actions: 'Development action' };

function itemLabel(part: string, item: Item | undefined, id: string, plans: readonly Plan[]): string {
  const kind = PART_NAMES[part] ?? part;
  const named = item && (typeof item.name === 'string' ? item.name : typeof item.title === 'string' ? item.title : null);
  if (part === 'rotations' && item && typeof item.personId === 'string') {
    const person = plans.flatMap((p) => p.people).find((p) => p.id === item.personId);
    return `${kind} ${id}${person ? ` (${person.name})` : ''}`;
  }
  return named ? `${kind} ${named} (${id})` : `${kind} ${id}`;
}

const PART_LABELS: Record<string, string> = { organization: 'The organisation (name, as-of date, currency)', framework: 'The framework (domains, threads, policy)' };

export function promoteScenario(base: Plan, scenario: Plan, current: Plan): PromoteResult {
  const conflicts: PromoteConflict[] = [];
  const merged: Record<string, unknown> = { ...current };
  let changedItems = 0;
  const parts = new Set([...Object.keys(base), ...Object.keys(scenario)]);
  const b = base as Record<string, unknown>;
  const s = scenario as Record<string, unknown>;
  const c = current as Record<string, unknown>;

  for (const part of parts) {
    if (dequal(b[part], s[part])) continue;
    if (isIdList(b[part] ?? []) && isIdList(s[part] ?? []) && isIdList(c[part] ?? [])) {
      const was = new Map(((b[part] as Item[] | undefined) ?? []).map((item) => [item.id, item]));
      const wants = new Map(((s[part] as Item[] | undefined) ?? []).map((item) => [item.id, item]));
      const list = ((c[part] as Item[] | undefined) ?? []).slice();
      const at = new Map(list.map((item, index) => [item.id, index]));
      const removed = new Set<string>();
      for (const id of new Set([...was.keys(), ...wants.keys()])) {
        const before = was.get(id);
        const after = wants.get(id);
        if (dequal(before, after)) continue;
        const index = at.get(id);
        const now = index === undefined ? undefined : list[index];
        if (dequal(now, after)) continue;
        if (!dequal(now, before)) {
          conflicts.push({ part, id, label: itemLabel(part, after ?? before ?? now, id, [scenario, current]) });
          continue;
        }
        changedItems++;
        if (after === undefined) removed.add(id);
        else if (index === undefined) list.push(after);
        else list[index] = after;
      }
      merged[part] = removed.size ? list.filter((item) => !removed.has(item.id)) : list;
      continue;
    }
    if (dequal(c[part], s[part])) continue;
    if (!dequal(c[part], b[part])) {
      conflicts.push({ part, id: null, label: PART_LABELS[part] ?? part });
      continue;
    }
    changedItems++;
    if (s[part] === undefined) delete merged[part];
    else merged[part] = s[part];
  }
  if (conflicts.length) return { ok: false, conflicts };
  return { ok: true, plan: merged as Plan, changedItems };
}
