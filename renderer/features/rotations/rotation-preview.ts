import { analyzePlan } from '../../../shared/domain/analysis';
import type { Flag, PlanAnalysis } from '../../../shared/domain/model';
import type { Plan, Rotation } from '../../../shared/domain/plan/schema';
import { plannerFlagsOf, previewPlannerFlags } from '../../../shared/domain/analysis/flags-by-rotation';

/**
 * The flags `rotation` would carry once saved into `plan` — through the planner's own preview (the part of
 * the plan it concerns, over the last full analysis of `settled`), so that the dialog says before saving
 * what a drop on the timeline says after it.
 */
export function flagsIfSaved(rotation: Rotation, plan: Plan, settled: Plan, analysis: PlanAnalysis): readonly Flag[] {
  const index = plan.rotations.findIndex((r) => r.id === rotation.id);
  const rotations = index < 0 ? [...plan.rotations, rotation] : plan.rotations.map((r, i) => (i === index ? rotation : r));
  const candidate: Plan = { ...plan, rotations };
  // When too much changed since the last full analysis to preview a part, the whole is analysed (rare, exact).
  const flags = previewPlannerFlags(candidate, settled, analysis) ?? plannerFlagsOf(analyzePlan(candidate, { asOf: analysis.asOf }));
  return flags.ofRotation(rotation.id);
}
