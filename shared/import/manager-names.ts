import type { Plan } from '../domain/plan/schema';
import type { FieldReader, Refusal } from './field-reader';
import { nameKey } from './possible-duplicates';
import type { SheetRow } from './table';

/**
 * BambooHR, HiBob, Personio and many US exports name the manager ("Østby, Oona", "Oona
 * Østby", "Rosa Rask" for "Rask, Rosa  M") instead of giving an id: each name is looked up,
 * folded for case and accents, among the people of the file and of the plan, in either
 * order; when that finds nobody, middle initials are set aside. A name that finds nobody, or
 * two people, leaves the row without a manager, with a note saying so.
 */

export interface NamedRow {
  row: SheetRow;
  id: string;
  values: Map<string, string | number>;
}

/** "Rask, Rosa M" → "rosa m rask"; a name with no comma as it is. */
const turned = (name: string): string => {
  const parts = /^([^,]+),\s*([^,]+)$/.exec(name);
  return parts ? `${parts[2]} ${parts[1]}` : name;
};
/** The same name without its one-letter middle initials: "rosa m rask" → "rosa rask". */
const withoutInitials = (key: string): string => key.replace(/(?<=\s)\p{L}\.?(?=\s)/gu, ' ').replace(/\s+/g, ' ');

const exactKeys = (name: string): string[] => [...new Set([nameKey(name), nameKey(turned(name))])];
const looseKeys = (name: string): string[] => [...new Set(exactKeys(name).map(withoutInitials))];

class NameIndex {
  private readonly exact = new Map<string, Set<string>>();
  private readonly loose = new Map<string, Set<string>>();

  add(name: string, id: string): void {
    if (!name) return;
    for (const key of exactKeys(name)) this.exact.set(key, (this.exact.get(key) ?? new Set()).add(id));
    for (const key of looseKeys(name)) this.loose.set(key, (this.loose.get(key) ?? new Set()).add(id));
  }

  find(name: string): Set<string> {
    const hits = (index: Map<string, Set<string>>, keys: string[]) => new Set(keys.flatMap((key) => [...(index.get(key) ?? [])]));
    const exact = hits(this.exact, exactKeys(name));
    return exact.size ? exact : hits(this.loose, looseKeys(name));
  }
}

export const rowName = (values: Map<string, string | number>): string => String(values.get('name') ?? [values.get('firstName'), values.get('lastName')].filter(Boolean).join(' '));

export function managersByName(plan: Plan, accepted: readonly NamedRow[], reader: FieldReader, notes: Refusal[]): void {
  const index = new NameIndex();
  const known = new Set(plan.people.map((p) => p.id));
  for (const person of plan.people) index.add(person.name, person.id);
  for (const row of accepted) {
    index.add(rowName(row.values), row.id);
    known.add(row.id);
  }
  for (const { row, id, values } of accepted) {
    const written = values.get('managerName');
    values.delete('managerName');
    if (written === undefined || values.has('managerId')) continue;
    const text = String(written);
    // A "Manager" column may hold ids after all.
    if (known.has(text) && text !== id) {
      values.set('managerId', text);
      continue;
    }
    const candidates = [...index.find(text)].filter((other) => other !== id);
    if (candidates.length === 1) values.set('managerId', candidates[0]);
    else {
      const reason = candidates.length ? `names ${candidates.length} people (${candidates.join(', ')}): imported with no manager` : 'is not the name of anyone in this file or the plan: imported with no manager';
      notes.push({ row: row.row, column: reader.header('managerName'), value: text, reason });
    }
  }
}
