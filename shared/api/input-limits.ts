import type { z } from 'zod';
import { IdText, LongText, NameText } from '../domain/plan/text-limits';

/**
 * The length limits of DOMAIN.md §4 on every operation's input, by field: ids and references
 * (id, …Id, the thread or domain a thing points at, lists of them), names and titles, and
 * every other text — extra fields a plan keeps included, so a 20 MB paste into any field is
 * refused before it reaches the plan and every backup of it. The plan's schema leaves ids to
 * the reference pass (a fast check of big files); an operation's input is small, so here
 * each string is checked where it stands, with the schema's own words.
 */

const ID_FIELDS = new Set(['id', 'thread', 'domain', 'homeDomain', 'objectives', 'domains', 'develops', 'personIds', 'roleIds', 'rotationIds', 'threads']);
const NAME_FIELDS = new Set(['name', 'title', 'author', 'participants']);
/** Whole files (a plan, an HRIS export, a PDF): bounded by their own schemas, sized to the largest plan Braid supports. */
const WHOLE_FILE_FIELDS = new Set(['text', 'base64', 'content']);

function limitFor(field: string | null): z.ZodString {
  if (field !== null && (ID_FIELDS.has(field) || field.endsWith('Id'))) return IdText;
  if (field !== null && NAME_FIELDS.has(field)) return NameText;
  return LongText;
}

/** The schema's own message for a text over its limit. */
const tooLong = (limit: z.ZodString, value: string): string => {
  const checked = limit.safeParse(value);
  return checked.success ? 'is too long' : checked.error.issues[0].message;
};

type Issue = { path: (string | number)[]; message: string };

function walk(value: unknown, field: string | null, path: (string | number)[], wholeFiles: boolean, issues: Issue[]): void {
  if (typeof value === 'string') {
    if (wholeFiles && field !== null && WHOLE_FILE_FIELDS.has(field) && path.length === 1) return;
    // Only the length: whether an id may be empty is the edit's own rule (and the reference pass's).
    const limit = limitFor(field);
    if (value.length > (limit.maxLength ?? Infinity)) issues.push({ path, message: tooLong(limit, value) });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, field, [...path, i], wholeFiles, issues));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    // A record's keys are values too (a role's thread requirements are keyed by thread id).
    const keyLimit = field === 'threads' ? IdText : LongText;
    if (key.length > (keyLimit.maxLength ?? Infinity)) issues.push({ path, message: `a key ${tooLong(keyLimit, key)}` });
    walk(item, key, [...path, key], wholeFiles, issues);
  }
}

/** The input schema with the limits added; `wholeFiles` lets the operation's top-level file fields through. */
export function withInputLimits<S extends z.ZodType>(schema: S, wholeFiles = false): S {
  return schema.superRefine((value, context) => {
    const issues: Issue[] = [];
    walk(value, null, [], wholeFiles, issues);
    for (const issue of issues.slice(0, 20)) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }) as unknown as S;
}
