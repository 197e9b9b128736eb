import { Plan } from './schema';
import { COUNTED_PLAN_ERRORS, firstPlanErrors, PlanErrorList, type PlanError } from './plan-errors';
import { readPlanDocument, validateKnownShape, withReferences, withVersionRead, type PlanValidation } from './plan-reading';
import { checkReferences } from './references';
import { planErrorFromIssue } from './schema-errors';

export { formatPlanError, MAX_PLAN_ERRORS, type PlanError } from './plan-errors';
export type { PlanValidation } from './plan-reading';

/** True when `path` is `field` itself or lies inside it (`people[1]` holds `people[1].name`). */
const within = (path: string, field: string) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);

/**
 * The reference checks over a document whose shape is wrong somewhere: they read it as far
 * as its shape allows (a list that is not a list stops them there, keeping what they found),
 * and nothing is said twice about a field the shape check already named.
 */
function referencesOfMisshapen(input: unknown, shapeErrors: readonly PlanError[]): PlanErrorList {
  const found = new PlanErrorList(COUNTED_PLAN_ERRORS);
  try {
    checkReferences(input as Plan, found);
  } catch {
    // The rest of the document cannot be read as a plan; the shape errors say why.
  }
  const kept = new PlanErrorList(COUNTED_PLAN_ERRORS);
  for (const error of found.errors) {
    if (!shapeErrors.some((shape) => within(error.path, shape.path) || within(shape.path, error.path))) kept.add(error.path, error.message);
  }
  return kept;
}

/**
 * Checks a document of the current format version against DOMAIN.md §4 in one pass: the shape
 * (the compiled check, then zod for the messages when it fails) and what a schema cannot say
 * (unique ids, references, ranges), reported together so that a person fixing a file by hand
 * sees every problem at once. Never throws; reports the first MAX_PLAN_ERRORS problems, each
 * named by its JSON path, then how many more there are.
 */
export function validatePlan(input: unknown): PlanValidation {
  const known = validateKnownShape(input);
  if (known) return known;
  const parsed = Plan.safeParse(input);
  if (parsed.success) return withReferences(parsed.data);
  const shapeErrors = parsed.error.issues.slice(0, COUNTED_PLAN_ERRORS).map((issue) => planErrorFromIssue(issue, input));
  const references = referencesOfMisshapen(input, shapeErrors);
  const all = [...shapeErrors, ...references.errors];
  return { ok: false, errors: firstPlanErrors(all, parsed.error.issues.length + references.errors.length, !references.full) };
}

/**
 * The text of a plan file → a valid plan of the current version: JSON syntax, then
 * migration from an older version, then validation. Never throws.
 */
export function parsePlanText(text: string, fileName?: string): PlanValidation {
  const reading = readPlanDocument(text, fileName);
  if (!reading.ok) return reading;
  return withVersionRead(validatePlan(reading.doc), reading);
}
