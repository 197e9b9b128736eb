import type { Thread } from '../domain/plan/schema';
import { fieldsOf, threadSynonyms, type ImportTarget } from './fields';
import { normalise } from './value-guesses';

/**
 * Which column fills which field, guessed from the headers: first exact matches of a known
 * spelling (ignoring case, spaces and punctuation: `EmployeeNumber`, `Employee ID`,
 * `employee_id`), then a known spelling inside a longer header (`Worker Employee ID`).
 * Each column fills at most one field, and fields are served in order, so `Manager ID`
 * goes to the manager, never to the person's own id.
 */
export function guessColumns(headers: readonly string[], target: ImportTarget, threads: readonly Thread[]): Record<string, string> {
  const fields = fieldsOf(target, threads);
  const normalised = headers.map(normalise);
  const taken = new Set<number>();
  const columns: Record<string, string> = {};

  const claim = (fieldKey: string, match: (header: string) => boolean): boolean => {
    const index = normalised.findIndex((header, i) => !taken.has(i) && header !== '' && match(header));
    if (index < 0) return false;
    taken.add(index);
    columns[fieldKey] = headers[index];
    return true;
  };

  // Exact spellings first for every field, so that a loose match of one field never
  // steals the exact column of another ("Manager ID" contains "id").
  const pending = fields.filter((field) => {
    const spellings = new Set(field.synonyms.map(normalise));
    return !claim(field.key, (header) => spellings.has(header));
  });
  for (const field of pending) {
    const spellings = field.synonyms.map(normalise).filter((s) => s.length >= 6);
    claim(field.key, (header) => spellings.some((s) => header.includes(s) && !/manager|supervisor|reportsto/.test(header.replace(s, ''))));
  }
  return columns;
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
