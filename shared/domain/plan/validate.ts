import { Plan } from './schema';
import { readJson } from './json-text';
import { CURRENT_VERSION, migratePlan, newerVersionMessage, PLAN_FORMAT, PlanVersionError } from './migrations';
import { COUNTED_PLAN_ERRORS, describeValue, firstPlanErrors, PlanErrorList, type PlanError } from './plan-errors';
import { checkReferences } from './references';
import { planShapeCheck } from './plan-shape-check';
import { planErrorFromIssue } from './schema-errors';

export { formatPlanError, MAX_PLAN_ERRORS, type PlanError } from './plan-errors';

export type PlanValidation = { ok: true; plan: Plan; /** The format version the text was written in, when it was older and migrated. */ fromVersion?: number } | { ok: false; errors: PlanError[] };

const refuse = (path: string, message: string): PlanValidation => ({ ok: false, errors: [{ path, message }] });

/**
 * Says plainly when a document is not a Braid plan at all, or is from a newer Braid, instead
 * of listing the dozens of schema errors such a file would otherwise produce.
 */
function checkEnvelope(input: unknown): PlanValidation | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuse('', `${describeValue(input)} is not a Braid plan (a plan is a JSON object that starts with "format": "${PLAN_FORMAT}")`);
  }
  const { format, version } = input as Record<string, unknown>;
  if (format !== PLAN_FORMAT) {
    const found = format === undefined ? 'is missing' : `${describeValue(format)} is not "${PLAN_FORMAT}"`;
    return refuse('format', `${found}: this is not a Braid plan file`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse('version', `${describeValue(version)} is not a plan format version (expected a whole number such as ${CURRENT_VERSION})`);
  }
  if (version > CURRENT_VERSION) return refuse('version', newerVersionMessage(version));
  if (version !== CURRENT_VERSION) return refuse('version', `${version} is not a plan format version this Braid knows (it reads version ${CURRENT_VERSION})`);
  return null;
}

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
  const refused = checkEnvelope(input);
  if (refused) return refused;
  // The plan schema has no defaults or transforms, so a document that passes the compiled
  // shape check is already the plan zod would return (less the copy): the fast path.
  if (planShapeCheck()?.(input)) return withReferences(input as Plan);
  const parsed = Plan.safeParse(input);
  if (parsed.success) return withReferences(parsed.data);
  const shapeErrors = parsed.error.issues.slice(0, COUNTED_PLAN_ERRORS).map((issue) => planErrorFromIssue(issue, input));
  const references = referencesOfMisshapen(input, shapeErrors);
  const all = [...shapeErrors, ...references.errors];
  return { ok: false, errors: firstPlanErrors(all, parsed.error.issues.length + references.errors.length, !references.full) };
}

function withReferences(plan: Plan): PlanValidation {
  const errors = new PlanErrorList(COUNTED_PLAN_ERRORS);
  checkReferences(plan, errors);
  return errors.errors.length ? { ok: false, errors: firstPlanErrors(errors.errors, errors.errors.length, !errors.full) } : { ok: true, plan };
}

/**
 * The text of a plan file → a valid plan of the current version: JSON syntax, then
 * migration from an older version, then validation. Never throws.
 */
export function parsePlanText(text: string, fileName?: string): PlanValidation {
  const json = readJson(text);
  if (!json.ok) return refuse('', `${fileName ?? 'The file'} ${json.message}`);
  let doc: unknown;
  try {
    doc = migratePlan(json.value);
  } catch (error) {
    if (error instanceof PlanVersionError) return refuse('version', error.message);
    // A migration that breaks is a bug in Braid, but the user still deserves a sentence.
    return refuse('version', `could not be brought up to version ${CURRENT_VERSION}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = validatePlan(doc);
  const written = (json.value as { version?: unknown } | null)?.version;
  if (result.ok && doc !== json.value && typeof written === 'number') return { ...result, fromVersion: written };
  return result;
}
