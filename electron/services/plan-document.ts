import type { Plan } from '../../shared/domain/plan/schema';
import { parsePlanText, formatPlanError } from '../../shared/domain/plan/validate';
import { UserFacingError } from '../../shared/api/dispatch';

export type PlanReading = { ok: true; plan: Plan } | { ok: false; message: string; errors: string[] };

/** Parses, migrates and validates the text of a plan file; never throws. */
export function readPlanDocument(text: string, fileName: string): PlanReading {
  const result = parsePlanText(text, fileName);
  if (result.ok) return { ok: true, plan: result.plan };
  const errors = result.errors.map(formatPlanError);
  return { ok: false, message: `${fileName} is not a valid Braid plan.`, errors };
}

export function planOrRefuse(text: string, fileName: string): Plan {
  const reading = readPlanDocument(text, fileName);
  if (!reading.ok) throw new UserFacingError(`${reading.message} Nothing was changed.`, reading.errors);
  return reading.plan;
}

export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
