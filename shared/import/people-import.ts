import type { Assessment, AssessmentSource, LowMediumHigh, Person, Plan, Track } from '../domain/plan/schema';
import type { FieldReader, Refusal } from './field-reader';
import { threadOfLevelKey } from './fields';
import { emptyCounts, refusedRowCount, type ImportOutcome, type PersonChange } from './outcome';
import { mergeAssessments, mergeExperience } from './record-merge';
import type { RawTable, SheetRow } from './table';
import { placeholderName } from './placeholder-names';
import { startFromYears } from './tenure';
import { DuplicateFinder, duplicateQuestion } from './possible-duplicates';
import { managersByName } from './manager-names';
import { leftBecause } from './leavers';
import { todayIso } from '../domain/time';

/**
 * People rows: matched by id to the plan (update) or new (add). A blank cell leaves the
 * current value alone on an update — an export with an empty rating column must not wipe
 * ratings — and means "none" on an add.
 */

type Values = Map<string, string | number>;
interface AcceptedRow {
  row: SheetRow;
  id: string;
  values: Values;
}

const PERSON_FIELDS = ['name', 'firstName', 'lastName', 'title', 'email', 'homeDomain', 'managerId', 'managerName', 'track', 'performance', 'potential', 'flightRisk', 'homeSince', 'yearsInHomeDomain', 'leftOn', 'employmentStatus'];
/** Read only with thread level columns: alone they describe nothing, and must refuse nothing. */
const ASSESSMENT_FIELDS = ['assessmentDate', 'assessmentSource'];

/** Every row of an id that is on several rows is refused, naming all of those rows. */
function duplicateRefusals(table: RawTable, reader: FieldReader): { refusals: Refusal[]; duplicated: Set<number> } {
  const rowsById = new Map<string, number[]>();
  for (const row of table.rows) {
    const id = reader.read(row, 'id');
    if (id.kind === 'value') rowsById.set(String(id.value), [...(rowsById.get(String(id.value)) ?? []), row.row]);
  }
  const refusals: Refusal[] = [];
  const duplicated = new Set<number>();
  for (const [id, rows] of rowsById) {
    if (rows.length < 2) continue;
    const list = rows.length === 2 ? `${rows[0]} and ${rows[1]}` : `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
    for (const row of rows) {
      duplicated.add(row);
      refusals.push({ row, column: reader.header('id'), value: id, reason: `is on rows ${list}: each person may be on one row only` });
    }
  }
  return { refusals, duplicated };
}

function readRow(row: SheetRow, reader: FieldReader, keys: readonly string[], refusals: Refusal[]): AcceptedRow | null {
  const id = reader.read(row, 'id');
  if (id.kind === 'refused') refusals.push(id.refusal);
  if (id.kind === 'empty') refusals.push({ row: row.row, column: reader.header('id'), value: '', reason: 'is empty: every row needs an employee id' });
  const values: Values = new Map();
  let ok = id.kind === 'value';
  for (const key of keys) {
    const read = reader.read(row, key);
    if (read.kind === 'value') values.set(key, read.value);
    else if (read.kind === 'refused') {
      refusals.push(read.refusal);
      ok = false;
    }
  }
  return ok && id.kind === 'value' ? { row, id: String(id.value), values } : null;
}

function missing(row: SheetRow, reader: FieldReader, key: string, reason: string): Refusal {
  return { row: row.row, column: reader.header(key), value: '', reason };
}

export function importPeople(plan: Plan, table: RawTable, reader: FieldReader): ImportOutcome {
  const problems = reader.isMapped('id') ? [] : ['Map a column to Employee id: people are matched by it.'];
  const counts = emptyCounts(table.rows.length);
  const outcome: ImportOutcome = { target: 'people', adds: [], updates: [], refusals: [], notes: [], duplicates: [], problems, counts, next: plan };
  if (problems.length) return outcome;

  const levelKeys = [...reader.fields.keys()].filter((k) => threadOfLevelKey(k) && reader.isMapped(k));
  const rowKeys = [...PERSON_FIELDS, ...(levelKeys.length ? ASSESSMENT_FIELDS : []), ...levelKeys].filter((key) => reader.isMapped(key));
  const asOf = plan.organization.asOf ?? todayIso();
  const { refusals, duplicated } = duplicateRefusals(table, reader);
  const byId = new Map(plan.people.map((p, i) => [p.id, i]));
  const accepted: AcceptedRow[] = [];
  const finder = new DuplicateFinder(plan, reader.mapping);
  // A file id → the plan id of the person the user chose to update instead.
  const updatedInstead = new Map<string, string>();
  const claimedBy = new Map<string, number>();
  for (const row of table.rows) {
    const before = refusals.length;
    const read = readRow(row, reader, rowKeys, refusals);
    if (!read || duplicated.has(row.row)) continue;
    const left = leftBecause(read.values, asOf, reader.written(row, 'employmentStatus') || null);
    if (left && !byId.has(read.id) && reader.mapping.leavers === 'leave-out') {
      outcome.notes.push({ row: row.row, column: reader.header(read.values.has('leftOn') ? 'leftOn' : 'employmentStatus'), value: reader.written(row, read.values.has('leftOn') ? 'leftOn' : 'employmentStatus'), reason: `left out: ${left}` });
      counts.leftOut++;
      continue;
    }
    if (left) read.values.set('leftReason', left);
    const name = String(read.values.get('name') ?? [read.values.get('firstName'), read.values.get('lastName')].filter(Boolean).join(' '));
    const duplicate = byId.has(read.id) ? null : finder.find(row.row, read.id, name, read.values.get('email') as string | undefined);
    if (duplicate) {
      outcome.duplicates.push(duplicate);
      const idRefusal = (reason: string) => refusals.push({ row: row.row, column: reader.header('id'), value: read.id, reason });
      if (duplicate.choice === null) idRefusal(duplicateQuestion(duplicate));
      else if (duplicate.choice === 'leave-out') {
        outcome.notes.push({ row: row.row, column: reader.header('id'), value: read.id, reason: `left out, as chosen: a possible duplicate of ${duplicate.matchName} (${duplicate.matchId})` });
        continue;
      } else if (duplicate.choice === 'update') {
        const other = claimedBy.get(duplicate.matchId);
        if (other !== undefined) idRefusal(`would update ${duplicate.matchName} (${duplicate.matchId}), whom row ${other} updates already: choose for one row only`);
        claimedBy.set(duplicate.matchId, row.row);
        updatedInstead.set(read.id, duplicate.matchId);
        read.id = duplicate.matchId;
        // Spec choice: the same name, folded, is the same name: the plan's spelling is kept (an export often drops accents).
        if (duplicate.by === 'name') for (const key of ['name', 'firstName', 'lastName']) read.values.delete(key);
      }
    }
    const isNew = !byId.has(read.id);
    // Anonymised extracts (the IBM HR sample) have no name column at all: such people are
    // shown by their id. A name column with a blank cell is a gap in the data, and refused.
    const namesMapped = reader.isMapped('name') || reader.isMapped('firstName') || reader.isMapped('lastName');
    const nameKey = reader.isMapped('name') || !reader.isMapped('firstName') ? 'name' : 'firstName';
    if (isNew && namesMapped && !name) refusals.push(missing(row, reader, nameKey, 'is empty: a new person needs a name'));
    if (isNew && !read.values.has('homeDomain')) refusals.push(missing(row, reader, 'homeDomain', 'is empty: a new person needs a home domain'));
    if (levelKeys.some((k) => read.values.has(k)) && !read.values.has('assessmentDate') && !reader.mapping.defaults.assessmentDate) {
      refusals.push(missing(row, reader, 'assessmentDate', 'is empty: thread levels need an assessment date (map a date column or set a default date)'));
    }
    if (refusals.length === before) accepted.push(read);
  }

  if (reader.isMapped('managerName')) managersByName(plan, accepted, reader, outcome.notes);
  const known = new Set([...byId.keys(), ...accepted.map((r) => r.id)]);
  const people = plan.people.slice();
  const threadName = (id: string) => plan.framework.threads.find((t) => t.id === id)?.name ?? id;
  const domainName = (id: string) => plan.framework.domains.find((d) => d.id === id)?.name ?? id;

  for (const { row, id, values } of accepted) {
    const reportsTo = values.get('managerId');
    // A manager who is a row the user chose to merge into a person of the plan is that person.
    if (reportsTo !== undefined && updatedInstead.has(String(reportsTo))) values.set('managerId', updatedInstead.get(String(reportsTo))!);
    const manager = values.get('managerId');
    if (manager !== undefined && (manager === id || !known.has(String(manager)))) {
      const reason = manager === id ? 'is the person’s own id: imported with no manager' : 'is not in the plan or in this file: imported with no manager';
      outcome.notes.push({ row: row.row, column: reader.header('managerId'), value: String(manager), reason });
      values.delete('managerId');
    }
    const at = byId.get(id);
    const current = at === undefined ? undefined : people[at];
    const change = applyRow(current, id, values, reader, { threadName, domainName }, asOf);
    const summary: PersonChange = { row: row.row, id, name: change.person.name, changes: change.words };
    if (at === undefined) {
      people.push(change.person);
      outcome.adds.push(summary);
    } else if (change.words.length) {
      people[at] = change.person;
      outcome.updates.push(summary);
    } else counts.unchanged++;
    counts.assessmentsAdded += change.assessmentsAdded;
    counts.experienceAdded += change.experienceAdded;
  }
  counts.adds = outcome.adds.length;
  counts.updates = outcome.updates.length;
  counts.refused = refusedRowCount(refusals);
  outcome.refusals = refusals.sort((a, b) => a.row - b.row);
  outcome.next = { ...plan, people };
  return outcome;
}

interface Namers {
  threadName(id: string): string;
  domainName(id: string): string;
}

function applyRow(current: Person | undefined, id: string, values: Values, reader: FieldReader, namers: Namers, asOf: string) {
  const text = (key: string) => (values.has(key) ? String(values.get(key)) : undefined);
  const namesMapped = reader.isMapped('name') || reader.isMapped('firstName') || reader.isMapped('lastName');
  // A file with no name column names new people from their id (see placeholder-names).
  const fullName = text('name') ?? ([text('firstName'), text('lastName')].filter(Boolean).join(' ') || (current || namesMapped ? undefined : placeholderName(id)));
  const base: Person = current ?? {
    id,
    name: '',
    title: '',
    homeDomain: '',
    managerId: null,
    track: reader.mapping.defaults.track ?? 'braided',
    performance: null,
    potential: null,
    flightRisk: null,
    experience: [],
    assessments: [],
  };
  const person: Person = { ...base };
  const words: string[] = [];
  const set = <K extends keyof Person>(key: K, label: string, value: Person[K] | undefined, shown = (v: Person[K]) => String(v ?? '—')) => {
    if (value === undefined || value === base[key]) return;
    person[key] = value;
    if (current) words.push(`${label}: ${shown(base[key])} → ${shown(value)}`);
  };
  set('name', 'Name', fullName);
  set('title', 'Title', text('title'));
  set('homeDomain', 'Home domain', text('homeDomain'), (v) => namers.domainName(String(v)));
  set('managerId', 'Manager', text('managerId'));
  set('track', 'Track', text('track') as Track | undefined);
  set('performance', 'Performance', values.get('performance') as number | undefined);
  set('potential', 'Potential', text('potential') as LowMediumHigh | undefined);
  set('flightRisk', 'Flight risk', text('flightRisk') as LowMediumHigh | undefined);
  const left = text('leftReason');
  if (left && !base.archived) {
    person.archived = true;
    if (current) words.push(`Archived: ${left}`);
  }
  const email = text('email');
  // The e-mail is kept as an extra field of the person (the format keeps unknown fields), so that the next import finds them by it.
  if (email !== undefined && email !== (base as { email?: unknown }).email) {
    (person as Record<string, unknown>).email = email;
    if (current) words.push(`E-mail: ${String((base as { email?: unknown }).email ?? '—')} → ${email}`);
  }
  if (!current) words.push(`${namers.domainName(person.homeDomain)}${person.title ? ` · ${person.title}` : ''}${left ? ` · archived: ${left}` : ''}`);

  let experienceAdded = 0;
  const years = values.get('yearsInHomeDomain');
  // Spec choice: tenure in years is an estimate; it never overrides a recorded ongoing entry in the home domain.
  const estimated = years !== undefined && !person.experience.some((e) => e.domain === person.homeDomain && e.end === null);
  const since = text('homeSince') ?? (estimated ? startFromYears(asOf, Number(years)) : undefined);
  if (since) {
    const merged = mergeExperience(person.experience, { domain: person.homeDomain, start: since, end: null }, namers.domainName);
    person.experience = merged.list;
    experienceAdded = merged.added;
    if (current) words.push(...merged.words);
  }

  const date = text('assessmentDate') ?? reader.mapping.defaults.assessmentDate;
  const source = (text('assessmentSource') ?? reader.mapping.defaults.assessmentSource ?? 'manager') as AssessmentSource;
  const incoming: Assessment[] = [];
  for (const [key, level] of values) {
    const thread = threadOfLevelKey(key);
    if (thread && date) incoming.push({ thread, level: Number(level), date, source });
  }
  const merged = mergeAssessments(person.assessments, incoming, namers.threadName);
  person.assessments = merged.list;
  if (current) words.push(...merged.words);
  else if (merged.added) words.push(`${merged.added} assessment${merged.added === 1 ? '' : 's'}`);
  return { person, words, assessmentsAdded: merged.added, experienceAdded };
}
