import type { Flag, PipelineMetrics, PlanAnalysis } from '../model/types';
import type { Plan } from '../plan/schema';

/**
 * The comparison of a scenario with the plan it came from (DOMAIN §8.5): every metric
 * before and after, the flags raised, cleared and changed in severity, and the roles whose
 * cover changed. A pure function of the two analyses (and the two plans, for names).
 */

export interface MetricChange {
  /** Dotted path into PipelineMetrics, e.g. `readyNowCoverage`, `flags.critical`. */
  key: string;
  before: number;
  after: number;
  change: number;
}

export interface SeverityChange {
  code: Flag['code'];
  before: Flag;
  after: Flag;
}

export interface RoleCover {
  incumbentId: string | null;
  expectedVacancy: string | null;
  vacancyRisk: string;
  /** Successors by person id, with their readiness. */
  successors: { personId: string; readiness: string }[];
  readyNow: string[];
}

export interface CoverChange {
  roleId: string;
  title: string;
  /** null when the role is not (or no longer) among the plan's non-retired roles. */
  before: RoleCover | null;
  after: RoleCover | null;
}

export interface ScenarioComparison {
  baseline: PipelineMetrics;
  scenario: PipelineMetrics;
  metrics: MetricChange[];
  raised: Flag[];
  cleared: Flag[];
  changed: SeverityChange[];
  cover: CoverChange[];
}

/** Every number in the metrics, by dotted path, in the order the metrics object lists them. */
function numbersOf(value: unknown, prefix = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) numbersOf(inner, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

export function compareMetrics(before: PipelineMetrics, after: PipelineMetrics): MetricChange[] {
  const was = numbersOf(before);
  const now = numbersOf(after);
  const keys = [...new Set([...was.keys(), ...now.keys()])];
  return keys.map((key) => {
    const b = was.get(key) ?? 0;
    const a = now.get(key) ?? 0;
    return { key, before: b, after: a, change: a - b };
  });
}

/**
 * Flags are matched by code and subject: the flag id the analysis gives them is made of
 * exactly those (flags/flag-book.ts), so it is the key here too.
 */
export function compareFlags(before: readonly Flag[], after: readonly Flag[]): Pick<ScenarioComparison, 'raised' | 'cleared' | 'changed'> {
  const was = new Map(before.map((flag) => [flag.id, flag]));
  const now = new Map(after.map((flag) => [flag.id, flag]));
  const raised = after.filter((flag) => !was.has(flag.id));
  const cleared = before.filter((flag) => !now.has(flag.id));
  const changed: SeverityChange[] = [];
  for (const flag of after) {
    const old = was.get(flag.id);
    if (old && old.severity !== flag.severity) changed.push({ code: flag.code, before: old, after: flag });
  }
  return { raised, cleared, changed };
}

function coverOf(plan: Plan, analysis: PlanAnalysis, roleId: string): RoleCover | null {
  const role = plan.roles.find((r) => r.id === roleId);
  const analysed = analysis.roles.get(roleId);
  if (!role || !analysed) return null;
  const successors = analysed.successors.map((s) => ({ personId: s.personId, readiness: s.readiness }));
  return {
    incumbentId: role.incumbentId,
    expectedVacancy: role.expectedVacancy,
    vacancyRisk: role.vacancyRisk,
    successors,
    readyNow: successors.filter((s) => s.readiness === 'ready-now').map((s) => s.personId),
  };
}

const sameCover = (a: RoleCover | null, b: RoleCover | null): boolean => JSON.stringify(a) === JSON.stringify(b);

export function compareCover(basePlan: Plan, base: PlanAnalysis, scenarioPlan: Plan, scenario: PlanAnalysis): CoverChange[] {
  const ids = [...new Set([...base.roles.keys(), ...scenario.roles.keys()])];
  const changes: CoverChange[] = [];
  for (const roleId of ids) {
    const before = coverOf(basePlan, base, roleId);
    const after = coverOf(scenarioPlan, scenario, roleId);
    if (sameCover(before, after)) continue;
    const title = (scenarioPlan.roles.find((r) => r.id === roleId) ?? basePlan.roles.find((r) => r.id === roleId))?.title ?? roleId;
    changes.push({ roleId, title, before, after });
  }
  return changes;
}

/**
 * The scenario's rotations by status, counting those of everyone the plan counts: a leaver is
 * archived in the scenario, and their completed and cancelled rotations would otherwise read
 * as rotations the scenario removed. Only what the scenario did to them (cancelling what was
 * planned) is a change.
 */
function scenarioRotationCounts(basePlan: Plan, scenarioPlan: Plan): PipelineMetrics['rotations'] {
  const counted = new Set<string>();
  for (const plan of [basePlan, scenarioPlan]) for (const person of plan.people) if (!person.archived) counted.add(person.id);
  const counts = { planned: 0, active: 0, completed: 0, cancelled: 0 };
  for (const rotation of scenarioPlan.rotations) if (counted.has(rotation.personId)) counts[rotation.status]++;
  return counts;
}

export function compareScenario(basePlan: Plan, base: PlanAnalysis, scenarioPlan: Plan, scenario: PlanAnalysis): ScenarioComparison {
  const after: PipelineMetrics = { ...scenario.metrics, rotations: scenarioRotationCounts(basePlan, scenarioPlan) };
  return {
    baseline: base.metrics,
    scenario: after,
    metrics: compareMetrics(base.metrics, after),
    ...compareFlags(base.flags, scenario.flags),
    cover: compareCover(basePlan, base, scenarioPlan, scenario),
  };
}

