import type { Plan } from '../../shared/domain/plan/schema';
import { parsePlanText, formatPlanError } from '../../shared/domain/plan/validate';
import { UserFacingError } from '../../shared/api/dispatch';

export type PlanReading = { ok: true; plan: Plan; fromVersion?: number } | { ok: false; message: string; errors: string[] };

/** Parses, migrates and validates the text of a plan file; never throws. */
export function readPlanDocument(text: string, fileName: string): PlanReading {
  const result = parsePlanText(text, fileName);
  if (result.ok) return { ok: true, plan: result.plan, fromVersion: result.fromVersion };
  const errors = result.errors.map(formatPlanError);
  return { ok: false, message: `${fileName} is not a valid Braid plan.`, errors };
}

export function planOrRefuse(text: string, fileName: string): Plan {
  const reading = readPlanDocument(text, fileName);
  if (!reading.ok) throw new UserFacingError(`${reading.message} Nothing was changed.`, reading.errors);
  return reading.plan;
}

/**
 * The text of a plan file. 'readable' (indented) is for files people may open; 'compact' is
 * for the inside of an encrypted envelope, where nobody reads the layout and a third less
 * text to encode, encrypt and write pays for the encryption.
 */
export function serializePlan(plan: Plan, layout: 'readable' | 'compact' = 'readable'): string {
  return layout === 'compact' ? JSON.stringify(plan) : `${JSON.stringify(plan, null, 2)}\n`;
}
