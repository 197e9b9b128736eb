import { replaceId, replaceNames } from '../../shared/domain/audit/anonymize';
import type { Plan } from '../../shared/domain/plan/schema';

/**
 * A person taken out of one JSON document: a plan, a backup, a plan kept aside, a what-if
 * scenario, or any other JSON file of the data folder (preferences, import mappings). Works
 * on any JSON, not only valid plans: old backups and plans kept aside may not pass today's
 * schema and must be erased all the same.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export const isObject = (value: unknown): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the person is called in the document and what stands for them from now on. */
export interface Erasing {
  personId: string;
  /** Every name they had in any revision. */
  names: readonly string[];
  marker: string;
  /** Other people's names, kept whole even when they contain an erased one. */
  keep: readonly string[];
}

/**
 * Fields that hold another kind of thing's id or a fixed word of the format (a host, a domain,
 * a thread, a status). A person's id there is a coincidence, not a mention, and is left alone;
 * everywhere else — notes, reasons, titles, a scenario's name, extra fields someone added
 * ("buddyId": "P010", "comment": "P010 is my mentor") — the id stands for the person and goes.
 */
const NOT_ABOUT_PEOPLE = new Set([
  'id', 'hostId', 'domain', 'homeDomain', 'develops', 'thread', 'objectives', 'domains', 'roleId', 'domainId', 'reviewId',
  'kind', 'field', 'status', 'side', 'track', 'readiness', 'source', 'potential', 'flightRisk', 'format', 'currency',
]);

/** Fields that point at a person; pointing at the erased one they become null. */
const PERSON_REFERENCES = ['managerId', 'mentorId', 'incumbentId', 'backfillId', 'ownerId'];

/** A string with the person's names and e-mail addresses, and (where it may be a mention) their id, replaced. */
export function scrubText(text: string, erasing: Erasing, idToo = true): string {
  const named = replaceNames(text, erasing.names, erasing.marker, erasing.keep);
  return idToo ? replaceId(named, erasing.personId, erasing.marker) : named;
}

function scrub(value: Json, erasing: Erasing, idToo: boolean): Json {
  if (typeof value === 'string') return scrubText(value, erasing, idToo);
  if (Array.isArray(value)) return value.map((item) => scrub(item, erasing, idToo));
  if (isObject(value)) {
    // Keys too: an extra field keyed by name or id (an import mapping's values, its duplicates by employee id).
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== erasing.personId)
        .map(([key, item]) => [scrubText(key, erasing), scrub(item, erasing, !NOT_ABOUT_PEOPLE.has(key))]),
    );
  }
  return value;
}

/** Removes the person's own records (items with their personId) and every reference to them, at any depth. */
function withoutPerson(value: Json, personId: string): Json {
  if (Array.isArray(value)) {
    return value.filter((item) => !(isObject(item) && item.personId === personId)).map((item) => withoutPerson(item, personId));
  }
  if (!isObject(value)) return value;
  // Spec choice: a talent review scoped to the erased person's reporting line keeps its
  // moves about the people who remain, scoped to everyone: the line has no head any more.
  if (value.kind === 'manager' && value.personId === personId) return { kind: 'all' };
  const out: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(value)) {
    if (PERSON_REFERENCES.includes(key) && item === personId) out[key] = null;
    // Their own record, in the plan or in a plan inside another document.
    else if (key === 'people' && Array.isArray(item)) out[key] = withoutPerson(item.filter((p) => !(isObject(p) && p.id === personId)), personId);
    else out[key] = withoutPerson(item, personId);
  }
  return out;
}

export function erasePersonFromDocument(doc: Json, erasing: Erasing): Json {
  if (!isObject(doc)) return scrub(doc, erasing, true);
  const out = withoutPerson(doc, erasing.personId) as { [key: string]: Json };
  // Everyone else keeps their own name, even one that contains the erased one (or a namesake's).
  const others = Array.isArray(out.people) ? out.people : [];
  const otherNames = others.map((p) => (isObject(p) && typeof p.name === 'string' ? p.name : ''));
  const scrubbed = scrub(out, { ...erasing, keep: [...erasing.keep, ...otherNames] }, true);
  if (isObject(scrubbed) && Array.isArray(scrubbed.people)) {
    scrubbed.people = scrubbed.people.map((p, i) => {
      const original = others[i];
      return isObject(p) && isObject(original) && 'name' in original ? { ...p, name: original.name } : p;
    });
  }
  return scrubbed;
}

export function erasePersonFromPlan(plan: Plan, erasing: Erasing): Plan {
  return erasePersonFromDocument(plan as unknown as Json, erasing) as unknown as Plan;
}

const EMAIL = /^[^\s@"<>]+@[^\s@"<>]+\.[^\s@"<>]+$/;

/** Every e-mail address in a record, at any depth (an HRIS import's extra fields). */
function emailsIn(value: Json): string[] {
  if (typeof value === 'string') return EMAIL.test(value.trim()) ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(emailsIn);
  if (isObject(value)) return Object.values(value).flatMap(emailsIn);
  return [];
}

/** What identifies the person in a document that holds them: their name and any e-mail address in their record. */
export function identifiersIn(doc: Json, personId: string): string[] {
  if (!isObject(doc) || !Array.isArray(doc.people)) return [];
  const person = doc.people.find((p) => isObject(p) && p.id === personId);
  if (!isObject(person)) return [];
  return [...(typeof person.name === 'string' ? [person.name] : []), ...emailsIn(person)];
}
