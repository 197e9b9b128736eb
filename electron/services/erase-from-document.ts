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
 * Fields people write sentences in. The person's id is replaced there too ("took over from
 * P086"); elsewhere an id is a reference and is removed with the record it belongs to.
 */
const FREE_TEXT = new Set(['text', 'note', 'reason', 'author', 'title', 'summary', 'objectivesNote', 'participants']);

/** Fields that point at a person; pointing at the erased one they become null. */
const PERSON_REFERENCES = ['managerId', 'mentorId', 'incumbentId', 'backfillId', 'ownerId'];

function scrub(value: Json, erasing: Erasing, freeText: boolean): Json {
  if (typeof value === 'string') {
    const named = replaceNames(value, erasing.names, erasing.marker, erasing.keep);
    return freeText ? replaceId(named, erasing.personId, erasing.marker) : named;
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, erasing, freeText));
  if (isObject(value)) {
    // Keys too, in case an extra field is keyed by name (an import mapping's values).
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [replaceNames(key, erasing.names, erasing.marker, erasing.keep), scrub(item, erasing, FREE_TEXT.has(key))]),
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
  if (!isObject(doc)) return scrub(doc, erasing, false);
  const out = withoutPerson(doc, erasing.personId) as { [key: string]: Json };
  // Everyone else keeps their own name, even one that contains the erased one (or a namesake's).
  const others = Array.isArray(out.people) ? out.people : [];
  const otherNames = others.map((p) => (isObject(p) && typeof p.name === 'string' ? p.name : ''));
  const scrubbed = scrub(out, { ...erasing, keep: [...erasing.keep, ...otherNames] }, false);
  if (isObject(scrubbed) && Array.isArray(scrubbed.people)) {
    scrubbed.people = scrubbed.people.map((p, i) => {
      const original = others[i];
      return isObject(p) && isObject(original) && 'name' in original ? { ...p, name: original.name } : p;
    });
  }
  return scrubbed;
}

/**
 * For files that are not plan documents (import mappings, preferences): a value that is
 * exactly the person's id (a mapping onto them) becomes the marker. Not done in plans, where
 * the same text may be a domain's or a host's id.
 */
export function withoutIdValues(value: Json, personId: string, marker: string): Json {
  if (value === personId) return marker;
  if (Array.isArray(value)) return value.map((item) => withoutIdValues(item, personId, marker));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutIdValues(item, personId, marker)]));
  return value;
}

export function erasePersonFromPlan(plan: Plan, erasing: Erasing): Plan {
  return erasePersonFromDocument(plan as unknown as Json, erasing) as unknown as Plan;
}

/** The name the person has in a document, if it holds them. */
export function nameIn(doc: Json, personId: string): string | null {
  if (!isObject(doc) || !Array.isArray(doc.people)) return null;
  const person = doc.people.find((p) => isObject(p) && p.id === personId);
  return isObject(person) && typeof person.name === 'string' ? person.name : null;
}
