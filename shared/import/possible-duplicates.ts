import type { Person, Plan } from '../domain/plan/schema';
import { foldForMatch } from '../domain/text/fold';
import type { DuplicateChoice, ImportMapping } from './mapping';
import { isPlaceholderName } from './placeholder-names';

/**
 * A row with a new id whose name (folded for case and accents, the one fold of
 * shared/domain/text) or e-mail is that of someone already in the plan is a possible
 * duplicate: the same person under a new id after an HRIS migration, say. The import never
 * decides alone: until the mapping records a choice (update that person, add anyway, leave
 * out), the row is refused with the question.
 */

export interface PossibleDuplicate {
  row: number;
  /** The row's own employee id. */
  id: string;
  name: string;
  matchId: string;
  matchName: string;
  by: 'name' | 'e-mail';
  choice: DuplicateChoice | null;
}

export const nameKey = (name: string): string => foldForMatch(name).replace(/\s+/g, ' ').trim();
const emailOf = (person: Person): string | null => {
  const email = (person as { email?: unknown }).email;
  return typeof email === 'string' && email ? email.toLowerCase() : null;
};

export class DuplicateFinder {
  private readonly byName = new Map<string, Person>();
  private readonly byEmail = new Map<string, Person>();

  constructor(
    plan: Plan,
    private readonly mapping: ImportMapping,
  ) {
    for (const person of plan.people) {
      // A placeholder ("Employee 2") names nobody: it matches nothing.
      if (person.name && !isPlaceholderName(person)) {
        const key = nameKey(person.name);
        if (!this.byName.has(key)) this.byName.set(key, person);
      }
      const email = emailOf(person);
      if (email && !this.byEmail.has(email)) this.byEmail.set(email, person);
    }
  }

  /** The person of the plan a new row may be, by e-mail first (it is the surer sign), then by name. */
  find(row: number, id: string, name: string, email: string | undefined): PossibleDuplicate | null {
    const byEmail = email ? this.byEmail.get(email.toLowerCase()) : undefined;
    const byName = name ? this.byName.get(nameKey(name)) : undefined;
    const match = byEmail ?? byName;
    if (!match || match.id === id) return null;
    return { row, id, name, matchId: match.id, matchName: match.name, by: byEmail ? 'e-mail' : 'name', choice: this.mapping.duplicates[id] ?? null };
  }
}

export function duplicateQuestion(d: PossibleDuplicate): string {
  return `may be ${d.matchName} (${d.matchId}), already in the plan with the same ${d.by}: choose in the preview to update that person, add this row anyway, or leave it out`;
}
