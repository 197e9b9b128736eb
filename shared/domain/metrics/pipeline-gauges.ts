import type { PipelineMetrics } from '../model/types';
import type { ResolvedPolicy } from '../plan/defaults';

export type Health = 'good' | 'attention' | 'poor';

export interface PipelineGauge {
  key: 'readyNowCoverage' | 'pipelineDepth' | 'braidedBench';
  health: Health;
  /** 0..1: how far the figure is towards its target; the lowest is the weakest part of the pipeline. */
  towardsTarget: number;
  /** True only when the figure reaches its target: "on target" is never said below it. */
  onTarget: boolean;
  target: string;
}

/**
 * How each pipeline figure stands against a target. The spec sets no targets; these are ours:
 * every role covered ready-now, minSuccessorsPerRole successors per role, and a bench that is
 * braided more often than not.
 */
export function pipelineGauges(metrics: PipelineMetrics, policy: Pick<ResolvedPolicy, 'minSuccessorsPerRole'>): PipelineGauge[] {
  const depthTarget = Math.max(policy.minSuccessorsPerRole, 1);
  const gauge = (key: PipelineGauge['key'], towards: number, target: string): PipelineGauge => {
    const towardsTarget = Math.max(0, Math.min(1, towards));
    return { key, towardsTarget, onTarget: towards >= 1, target, health: towardsTarget >= 0.8 ? 'good' : towardsTarget >= 0.5 ? 'attention' : 'poor' };
  };
  return [
    gauge('readyNowCoverage', metrics.readyNowCoverage, 'target 100%'),
    gauge('pipelineDepth', metrics.pipelineDepth / depthTarget, `target ${depthTarget} per role`),
    gauge('braidedBench', metrics.braidedBench / 0.6, 'target 60%'),
  ];
}

/**
 * The one status word of a figure against its target, for the dashboard, the CLI and the PDF.
 * Spec choice: within a fifth of the target is "Close to target", not "On target".
 */
export function gaugeStatusText(gauge: Pick<PipelineGauge, 'onTarget' | 'health'>): string {
  if (gauge.onTarget) return 'On target';
  return gauge.health === 'good' ? 'Close to target' : gauge.health === 'attention' ? 'Needs attention' : 'Weak';
}

/** The gauge furthest from its target; null when nothing is counted yet (no roles). */
export function weakestGauge(gauges: PipelineGauge[], metrics: PipelineMetrics): PipelineGauge | null {
  if (metrics.roles === 0) return null;
  return gauges.reduce((worst, g) => (g.towardsTarget < worst.towardsTarget ? g : worst));
}
