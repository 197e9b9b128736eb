/**
 * Problems found in a plan file, each named by the JSON path of the offending value so
 * that an HR analyst can find it in the file: `people[12].assessments[0].level: 7 is above 5`.
 */

export interface PlanError {
  /** A JSON path such as `people[12].assessments[0].level`; '' for the document itself. */
  path: string;
  /** A sentence that names the offending value, e.g. `7 is above 5`. */
  message: string;
}

/** At most this many problems are reported: beyond it, a list of errors stops being read. */
export const MAX_PLAN_ERRORS = 20;

export function formatPlanError(error: PlanError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['people', 12, 'name']` → `people[12].name`; keys that are not identifiers are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

const MAX_SHOWN = 60;

/** The offending value as the user would recognise it in the file, shortened if long. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return String(typeof value);
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 2)}…"` : text;
}

/** The value found at a path of the raw input, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    // Own properties only: a path segment such as "constructor" must not reach the prototype.
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * How many problems are counted for "and N more": enough for any file a person fixes by hand,
 * few enough that a file broken everywhere is refused in milliseconds.
 */
export const COUNTED_PLAN_ERRORS = 10_000;

/** Collects errors up to `limit`; `full` tells the checks they may stop early. */
export class PlanErrorList {
  readonly errors: PlanError[] = [];

  constructor(private readonly limit = MAX_PLAN_ERRORS) {}

  get full(): boolean {
    return this.errors.length >= this.limit;
  }

  add(path: string, message: string): void {
    if (!this.full) this.errors.push({ path, message });
  }
}

/** The first MAX_PLAN_ERRORS problems, then one line that says how many more there are. */
export function firstPlanErrors(errors: readonly PlanError[], counted = errors.length, countedAll = true): PlanError[] {
  if (counted <= MAX_PLAN_ERRORS) return errors.slice(0, MAX_PLAN_ERRORS);
  const more = counted - MAX_PLAN_ERRORS;
  const message = countedAll ? `and ${more} more ${more === 1 ? 'problem' : 'problems'}` : `and more than ${more} more problems`;
  return [...errors.slice(0, MAX_PLAN_ERRORS), { path: '', message }];
}
