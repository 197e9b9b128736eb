import type { Person } from '../plan/schema';

type Named = Pick<Person, 'id' | 'name' | 'title' | 'homeDomain'>;

/** The key two names share when a reader would take them for the same person. */
// Spec choice: case and Unicode form are ignored; accents are not (yet): "Pawel" and "Paweł" read as different names.
const nameKey = (name: string) => name.trim().normalize('NFC').toLocaleLowerCase();

/**
 * What tells a person apart from the others of the same name, in the fewest words: their title; with the
 * home domain when the title is shared too; with the id when even that is shared. `null` for a person
 * whose name is theirs alone — the name is enough there.
 * Spec choice: archived people count as namesakes (they come back; an audit entry or a report may name them).
 */
export function personDistinguisher(people: readonly Named[], domainNames: ReadonlyMap<string, string>): (personId: string) => string | null {
  const byName = new Map<string, Named[]>();
  for (const person of people) {
    const key = nameKey(person.name);
    const group = byName.get(key);
    if (group) group.push(person);
    else byName.set(key, [person]);
  }
  const details = new Map<string, string>();
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const count = (of: (p: Named) => string) => {
      const seen = new Map<string, number>();
      for (const p of group) seen.set(of(p), (seen.get(of(p)) ?? 0) + 1);
      return seen;
    };
    const domain = (p: Named) => domainNames.get(p.homeDomain) ?? p.homeDomain;
    const titleOf = (p: Named) => p.title.trim() || 'no title';
    const titles = count(titleOf);
    const titleAndDomain = count((p) => `${titleOf(p)} · ${domain(p)}`);
    for (const p of group) {
      const byTitle = titles.get(titleOf(p))! > 1 ? `${titleOf(p)} · ${domain(p)}` : titleOf(p);
      details.set(p.id, titleAndDomain.get(`${titleOf(p)} · ${domain(p)}`)! > 1 ? `${byTitle} · ${p.id}` : byTitle);
    }
  }
  return (personId) => details.get(personId) ?? null;
}

/** A person as one line of text, for an <option>, an aria-label or a file name hint: "Omar Haddad (Engineering Manager)". */
export function personLabelText(name: string, detail: string | null): string {
  return detail ? `${name} (${detail})` : name;
}
