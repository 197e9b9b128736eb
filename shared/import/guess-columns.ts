import type { Thread } from '../domain/plan/schema';
import type { ColumnEvidence } from './column-evidence';
import { vetoOf } from './column-evidence';
import { fieldsOf, threadSynonyms, type ImportField, type ImportTarget } from './fields';
import { normalise } from './value-guesses';

export interface ColumnGuess {
  /** Braid field → header. */
  columns: Record<string, string>;
  /** Braid field → why that column was taken, in words. */
  why: Record<string, string>;
  /** Columns whose header looked right but whose values ruled them out, in words. */
  passedOver: string[];
}

/**
 * Which column fills which field, guessed from the headers: first exact matches of a known
 * spelling (ignoring case, spaces and punctuation: `EmployeeNumber`, `Employee ID`,
 * `employee_id`), then a known spelling inside a longer header (`Worker Employee ID`).
 * Each column fills at most one field, and fields are served in order, so `Manager ID`
 * goes to the manager, never to the person's own id. With the columns' values at hand, a
 * column whose values cannot be that field is passed over (see `vetoOf`).
 */
export function guessColumnsExplained(headers: readonly string[], target: ImportTarget, threads: readonly Thread[], evidence?: ReadonlyMap<string, ColumnEvidence>): ColumnGuess {
  const fields = fieldsOf(target, threads);
  const normalised = headers.map(normalise);
  const taken = new Set<number>();
  const guess: ColumnGuess = { columns: {}, why: {}, passedOver: [] };
  const vetoed = new Set<string>();

  const claim = (field: { key: string; label: string }, match: (header: string) => string | null): boolean => {
    for (let i = 0; i < headers.length; i++) {
      if (taken.has(i) || normalised[i] === '') continue;
      const spelling = match(normalised[i]);
      if (spelling === null) continue;
      const veto = vetoOf(field.key, field.label, evidence?.get(headers[i]));
      if (veto) {
        if (!vetoed.has(`${field.key}|${headers[i]}`)) guess.passedOver.push(veto);
        vetoed.add(`${field.key}|${headers[i]}`);
        continue;
      }
      taken.add(i);
      guess.columns[field.key] = headers[i];
      guess.why[field.key] =
        spelling === normalised[i] ? `the header “${headers[i]}” is a usual name for ${field.label}` : `the header “${headers[i]}” contains “${spelling}”, a usual name for ${field.label}`;
      return true;
    }
    return false;
  };

  // Exact spellings first for every field, so that a loose match of one field never
  // steals the exact column of another ("Manager ID" contains "id").
  const pending = fields.filter((field) => {
    const spellings = new Set(field.synonyms.map(normalise));
    return !claim(field, (header) => (spellings.has(header) ? header : null));
  });
  // A longer header that ends in "date" holds a date ("LastPerformanceReview_Date"): never a rating or a name.
  const wordsAround = (field: ImportField, rest: string) => /manager|supervisor|reportsto/.test(rest) || (field.kind !== 'date' && /date$/.test(rest));
  for (const field of pending) {
    const spellings = field.synonyms.map(normalise).filter((s) => s.length >= 6);
    claim(field, (header) => spellings.find((s) => header.includes(s) && !wordsAround(field, header.replace(s, ''))) ?? null);
  }
  return guess;
}

/** The columns alone (see guessColumnsExplained). */
export function guessColumns(headers: readonly string[], target: ImportTarget, threads: readonly Thread[], evidence?: ReadonlyMap<string, ColumnEvidence>): Record<string, string> {
  return guessColumnsExplained(headers, target, threads, evidence).columns;
}

/**
 * What a file most likely holds: people when it names people; assessments when it has a
 * thread column, or thread level columns and dates but no domain; experience when it has
 * start dates and domains; people otherwise.
 */
export function guessTarget(headers: readonly string[], threads: readonly Thread[]): ImportTarget {
  const normalised = new Set(headers.map(normalise));
  const has = (...names: string[]) => names.some((n) => normalised.has(normalise(n)));
  const hasName = has('name', 'full name', 'employee name', 'first name', 'last name', 'worker', 'job title', 'title');
  if (hasName) return 'people';
  const threadColumns = threads.some((t) => threadSynonyms(t).some((s) => normalised.has(normalise(s))));
  const hasDomain = has('domain', 'home domain', 'department', 'function', 'practice');
  if (has('thread', 'competency', 'skill')) return 'assessments';
  if (has('start', 'start date', 'from', 'valid from') && hasDomain) return 'experience';
  if (threadColumns && !hasDomain && has('date', 'assessment date', 'review date')) return 'assessments';
  return 'people';
}
