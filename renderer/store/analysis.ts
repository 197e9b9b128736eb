import { useMemo } from 'react';
import { analyzePlan } from '../../shared/domain/analysis';
import type { PlanAnalysis } from '../../shared/domain/model';
import type { Plan } from '../../shared/domain/plan/schema';
import { useBraid } from './index';

let cached: { plan: Plan; analysis: PlanAnalysis } | null = null;

/** The analysis of a plan, computed once per plan object (edits create new objects). */
export function analysisOf(plan: Plan): PlanAnalysis {
  if (cached?.plan !== plan) cached = { plan, analysis: analyzePlan(plan) };
  return cached.analysis;
}

/** The current plan and its analysis; both null before a plan is open. */
export function usePlanAnalysis(): { plan: Plan | null; analysis: PlanAnalysis | null } {
  const plan = useBraid((state) => state.plan);
  const analysis = useMemo(() => (plan ? analysisOf(plan) : null), [plan]);
  return { plan, analysis };
}
