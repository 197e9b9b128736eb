import type { Plan } from '../../../shared/domain/plan/schema';
import type { ScenarioInfo } from '../../../shared/api/scenario-schemas';
import { readPlanDocument, serializePlan } from '../plan-document';
import { SCENARIOS_DIR_NAME } from '../protection/data-folder';

export { SCENARIOS_DIR_NAME };

/**
 * A scenario on disk is a plan document (so the plan format's validation, protection's
 * re-encryption and erasure treat it as one) carrying its metadata in an extra top-level
 * field, `scenario`. Beside it, `<id>.base.braid.json` keeps the plan as it was when the
 * scenario was made: promoting merges what the scenario changed since then.
 */
export const scenarioFileName = (id: string): string => `${id}.braid.json`;
export const baseFileName = (id: string): string => `${id}.base.braid.json`;
export const SCENARIO_FILE = /^(sc-[a-z0-9]{4,40})\.braid\.json$/;

export function scenarioDocument(plan: Plan, info: ScenarioInfo, layout: 'readable' | 'compact'): string {
  return serializePlan({ ...plan, scenario: info } as Plan, layout);
}

export type ScenarioReading = { ok: true; plan: Plan; info: ScenarioInfo } | { ok: false; message: string; errors: string[] };

export function readScenarioDocument(text: string, fileName: string): ScenarioReading {
  const reading = readPlanDocument(text, fileName);
  if (!reading.ok) return reading;
  const { scenario, ...plan } = reading.plan as Plan & { scenario?: ScenarioInfo };
  if (!scenario || typeof scenario.id !== 'string') return { ok: false, message: `${fileName} is not a Braid scenario.`, errors: ['scenario: missing'] };
  return { ok: true, plan: plan as Plan, info: scenario };
}
