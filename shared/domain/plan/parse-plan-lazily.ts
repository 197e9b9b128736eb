import { readPlanDocument, validateKnownShape, withVersionRead, type PlanValidation } from './plan-reading';

/**
 * parsePlanText for a caller that can wait: the same result, but zod (a tenth of a second to
 * load) is loaded only when the plan is misshapen and its errors must be told.
 */
export async function parsePlanTextLazily(text: string, fileName?: string): Promise<PlanValidation> {
  const reading = readPlanDocument(text, fileName);
  if (!reading.ok) return reading;
  const result = validateKnownShape(reading.doc) ?? (await import('./validate')).validatePlan(reading.doc);
  return withVersionRead(result, reading);
}
