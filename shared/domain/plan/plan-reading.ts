import type { Plan } from './schema';
import { readJson } from './json-text';
import { CURRENT_VERSION, migratePlan, newerVersionMessage, PLAN_FORMAT, PlanVersionError } from './migrations';
import { COUNTED_PLAN_ERRORS, describeValue, firstPlanErrors, PlanErrorList, type PlanError } from './plan-errors';
import { checkReferences } from './references';
import { planShapeCheck } from './plan-shape-check';

/**
 * Reading a plan without zod: JSON, migration, the compiled shape check and the reference
 * checks. A plan of the right shape is read here alone; only a misshapen one needs zod, which
 * explains what is wrong (validate.ts). The command line waits for zod to load only then.
 */

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

/** What a schema cannot say (unique ids, references, ranges), over a document of the right shape. */
export function withReferences(plan: Plan): PlanValidation {
  const errors = new PlanErrorList(COUNTED_PLAN_ERRORS);
  checkReferences(plan, errors);
  return errors.errors.length ? { ok: false, errors: firstPlanErrors(errors.errors, errors.errors.length, !errors.full) } : { ok: true, plan };
}

/**
 * validatePlan's verdict when it needs no zod: the envelope refused, or the shape right (the
 * plan schema has no defaults or transforms, so a document that passes the compiled check is
 * already the plan zod would return, less the copy) and then the references' verdict.
 * null when the shape is wrong: zod must say where.
 */
export function validateKnownShape(input: unknown): PlanValidation | null {
  return checkEnvelope(input) ?? (planShapeCheck(input) ? withReferences(input as Plan) : null);
}

export type PlanDocumentReading = { ok: true; doc: unknown; /** The version the text was written in. */ written: unknown; migrated: boolean } | { ok: false; errors: PlanError[] };

/** The text of a plan file → its document brought up to the current version: JSON syntax, then migration. */
export function readPlanDocument(text: string, fileName?: string): PlanDocumentReading {
  const json = readJson(text);
  if (!json.ok) return { ok: false, errors: [{ path: '', message: `${fileName ?? 'The file'} ${json.message}` }] };
  try {
    const doc = migratePlan(json.value);
    return { ok: true, doc, written: (json.value as { version?: unknown } | null)?.version, migrated: doc !== json.value };
  } catch (error) {
    if (error instanceof PlanVersionError) return { ok: false, errors: [{ path: 'version', message: error.message }] };
    // A migration that breaks is a bug in Braid, but the user still deserves a sentence.
    return { ok: false, errors: [{ path: 'version', message: `could not be brought up to version ${CURRENT_VERSION}: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/** A valid plan read from an older version says which. */
export function withVersionRead(result: PlanValidation, reading: Extract<PlanDocumentReading, { ok: true }>): PlanValidation {
  return result.ok && reading.migrated && typeof reading.written === 'number' ? { ...result, fromVersion: reading.written } : result;
}
