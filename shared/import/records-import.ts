import type { Assessment, AssessmentSource, Person, Plan } from '../domain/plan/schema';
import type { FieldReader, Refusal } from './field-reader';
import { threadOfLevelKey } from './fields';
import { emptyCounts, refusedRowCount, type ImportOutcome, type PersonChange } from './outcome';
import { mergeAssessments, mergeExperience } from './record-merge';
import type { RawTable, SheetRow } from './table';

/**
 * Experience entries and assessments from their own files: many rows per person, each
 * naming a person already in the plan. Rows are applied in file order, so a later row
 * about the same assessment wins, as it would if the user typed them in that order.
 */

interface Namers {
  threadName(id: string): string;
  domainName(id: string): string;
}

function namersOf(plan: Plan): Namers {
  const threads = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d.name]));
  return { threadName: (id) => threads.get(id) ?? id, domainName: (id) => domains.get(id) ?? id };
}

type RowRecords = { assessments: Assessment[] } | { experience: { domain: string; start: string; end: string | null } };

function readAll(row: SheetRow, reader: FieldReader, keys: readonly string[], refusals: Refusal[]): Map<string, string | number> | null {
  const values = new Map<string, string | number>();
  let ok = true;
  for (const key of keys) {
    const read = reader.read(row, key);
    if (read.kind === 'value') values.set(key, read.value);
    if (read.kind === 'refused') {
      refusals.push(read.refusal);
      ok = false;
    }
  }
  return ok ? values : null;
}

const missing = (row: SheetRow, reader: FieldReader, key: string, reason: string): Refusal => ({ row: row.row, column: reader.header(key), value: '', reason });

function readExperienceRow(row: SheetRow, reader: FieldReader, refusals: Refusal[]): RowRecords | null {
  const values = readAll(row, reader, ['domain', 'start', 'end'], refusals);
  if (!values) return null;
  const [domain, start, end] = [values.get('domain'), values.get('start'), values.get('end')] as (string | undefined)[];
  if (!domain) refusals.push(missing(row, reader, 'domain', 'is empty: an experience entry needs a domain'));
  if (!start) refusals.push(missing(row, reader, 'start', 'is empty: an experience entry needs a start date'));
  if (start && end && end < start) {
    refusals.push({ row: row.row, column: reader.header('end'), value: end, reason: `is before the start ${start}` });
    return null;
  }
  return domain && start ? { experience: { domain, start, end: end ?? null } } : null;
}

function readAssessmentRow(row: SheetRow, reader: FieldReader, levelKeys: readonly string[], refusals: Refusal[]): RowRecords | null {
  const before = refusals.length;
  const values = readAll(row, reader, ['thread', 'level', 'date', 'source', 'note', ...levelKeys], refusals);
  if (!values) return null;
  const date = (values.get('date') as string | undefined) ?? reader.mapping.defaults.assessmentDate;
  const source = ((values.get('source') as string | undefined) ?? reader.mapping.defaults.assessmentSource ?? 'manager') as AssessmentSource;
  const note = values.get('note') as string | undefined;
  const levels: [string, number][] = [];
  if (values.has('thread') || values.has('level')) {
    if (!values.has('thread')) refusals.push(missing(row, reader, 'thread', 'is empty: a level needs the thread it rates'));
    else if (!values.has('level')) refusals.push(missing(row, reader, 'level', 'is empty: an assessment needs a level'));
    else levels.push([String(values.get('thread')), Number(values.get('level'))]);
  }
  for (const key of levelKeys) if (values.has(key)) levels.push([threadOfLevelKey(key)!, Number(values.get(key))]);
  if (levels.length && !date) refusals.push(missing(row, reader, 'date', 'is empty: an assessment needs a date (map a date column or set a default date)'));
  if (!date || refusals.length > before) return null;
  return { assessments: levels.map(([thread, level]) => ({ thread, level, date, source, ...(note ? { note } : {}) })) };
}

export function importRecords(plan: Plan, table: RawTable, reader: FieldReader): ImportOutcome {
  const target = reader.mapping.target;
  const levelKeys = [...reader.fields.keys()].filter((k) => threadOfLevelKey(k) && reader.isMapped(k));
  const problems: string[] = [];
  if (!reader.isMapped('personId')) problems.push('Map a column to Employee id: each row must name a person of the plan.');
  if (target === 'experience' && (!reader.isMapped('domain') || !reader.isMapped('start'))) problems.push('Map a Domain and a Start column.');
  if (target === 'assessments' && !(reader.isMapped('thread') && reader.isMapped('level')) && levelKeys.length === 0) {
    problems.push('Map a Thread and a Level column, or one level column per thread.');
  }
  const counts = emptyCounts(table.rows.length);
  const outcome: ImportOutcome = { target, adds: [], updates: [], refusals: [], notes: [], duplicates: [], problems, counts, next: plan };
  if (problems.length) return outcome;

  const namers = namersOf(plan);
  const byId = new Map(plan.people.map((p, i) => [p.id, i]));
  const people: Person[] = plan.people.slice();
  const refusals: Refusal[] = [];
  for (const row of table.rows) {
    const before = refusals.length;
    const id = reader.read(row, 'personId');
    if (id.kind === 'refused') refusals.push(id.refusal);
    if (id.kind === 'empty') refusals.push(missing(row, reader, 'personId', 'is empty: every row needs an employee id'));
    const at = id.kind === 'value' ? byId.get(String(id.value)) : undefined;
    if (id.kind === 'value' && at === undefined) {
      refusals.push({ row: row.row, column: reader.header('personId'), value: String(id.value), reason: 'is not a person of the plan: import the people first' });
    }
    const records = target === 'experience' ? readExperienceRow(row, reader, refusals) : readAssessmentRow(row, reader, levelKeys, refusals);
    if (refusals.length > before || !records || at === undefined) continue;
    const person = people[at];
    let words: string[];
    if ('experience' in records) {
      const merged = mergeExperience(person.experience, records.experience, namers.domainName);
      people[at] = { ...person, experience: merged.list };
      counts.experienceAdded += merged.added;
      words = merged.words;
    } else {
      const merged = mergeAssessments(person.assessments, records.assessments, namers.threadName);
      people[at] = { ...person, assessments: merged.list };
      counts.assessmentsAdded += merged.added;
      words = merged.words;
    }
    const change: PersonChange = { row: row.row, id: person.id, name: person.name, changes: words };
    if (words.length) outcome.updates.push(change);
    else counts.unchanged++;
  }
  counts.updates = outcome.updates.length;
  counts.refused = refusedRowCount(refusals);
  outcome.refusals = refusals.sort((a, b) => a.row - b.row);
  outcome.next = { ...plan, people };
  return outcome;
}
