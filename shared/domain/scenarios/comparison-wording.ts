import type { MetricChange } from './compare';

/**
 * How a metric of the comparison is named and written, for the CLI's text, the Compare
 * screen and the comparison PDF alike. Unknown keys (metrics added later) fall back to the key.
 */
const LABELS: Record<string, { label: string; kind: 'share' | 'mean' | 'count' }> = {
  people: { label: 'People', kind: 'count' },
  roles: { label: 'Critical roles', kind: 'count' },
  'rotations.planned': { label: 'Planned rotations', kind: 'count' },
  'rotations.active': { label: 'Active rotations', kind: 'count' },
  'rotations.completed': { label: 'Completed rotations', kind: 'count' },
  'rotations.cancelled': { label: 'Cancelled rotations', kind: 'count' },
  readyNowCoverage: { label: 'Ready-now coverage', kind: 'share' },
  netReadyNowCoverage: { label: 'Net ready-now coverage', kind: 'share' },
  pipelineDepth: { label: 'Pipeline depth (successors per role)', kind: 'mean' },
  braidedBench: { label: 'Braided bench', kind: 'share' },
  'flags.critical': { label: 'Critical flags', kind: 'count' },
  'flags.warning': { label: 'Warnings', kind: 'count' },
  'flags.info': { label: 'For information', kind: 'count' },
};

export const metricLabel = (key: string): string => LABELS[key]?.label ?? key;

export function formatMetric(key: string, value: number): string {
  const kind = LABELS[key]?.kind ?? 'count';
  if (kind === 'share') return `${Math.round(value * 100)} %`;
  if (kind === 'mean') return value.toFixed(1);
  return String(Math.round(value * 100) / 100);
}

/** "+2", "−33 %", "0": the change with its sign, in the metric's unit (shares in percentage points). */
export function formatMetricChange(change: MetricChange): string {
  const kind = LABELS[change.key]?.kind ?? 'count';
  const amount = kind === 'share' ? Math.round(change.change * 100) : kind === 'mean' ? Math.round(change.change * 10) / 10 : change.change;
  if (amount === 0) return '0';
  const text = kind === 'mean' ? Math.abs(amount).toFixed(1) : String(Math.abs(amount));
  return `${amount > 0 ? '+' : '−'}${text}${kind === 'share' ? ' pts' : ''}`;
}
