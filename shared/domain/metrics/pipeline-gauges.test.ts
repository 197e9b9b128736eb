import { describe, expect, it } from 'vitest';
import type { PipelineMetrics } from '../model/types';
import { gaugeStatusText, pipelineGauges, weakestGauge } from './pipeline-gauges';

const metrics = (m: Partial<PipelineMetrics>): PipelineMetrics => ({
  people: 10,
  roles: 6,
  rotations: { planned: 0, active: 0, completed: 0, cancelled: 0 },
  readyNowCoverage: 1,
  netReadyNowCoverage: 1,
  pipelineDepth: 2,
  braidedBench: 0.6,
  flags: { critical: 0, warning: 0, info: 0 },
  ...m,
});

describe('pipeline gauges', () => {
  it('never call a figure below its target on target', () => {
    const [coverage] = pipelineGauges(metrics({ readyNowCoverage: 5 / 6 }), { minSuccessorsPerRole: 2 });
    expect(coverage.onTarget).toBe(false);
    expect(gaugeStatusText(coverage)).toBe('Close to target');
  });

  it('call a figure at or above its target on target', () => {
    const gauges = pipelineGauges(metrics({ braidedBench: 0.75 }), { minSuccessorsPerRole: 2 });
    expect(gauges.map(gaugeStatusText)).toEqual(['On target', 'On target', 'On target']);
  });

  it('names the figure furthest from its target as the weakest', () => {
    const m = metrics({ readyNowCoverage: 0.75, pipelineDepth: 0.5, braidedBench: 0.5 });
    const gauges = pipelineGauges(m, { minSuccessorsPerRole: 2 });
    expect(weakestGauge(gauges, m)?.key).toBe('pipelineDepth');
    expect(gauges.map((g) => g.health)).toEqual(['attention', 'poor', 'good']);
  });

  it('has no weakest figure when there are no roles to count', () => {
    const m = metrics({ roles: 0, readyNowCoverage: 0, pipelineDepth: 0, braidedBench: 0 });
    expect(weakestGauge(pipelineGauges(m, { minSuccessorsPerRole: 2 }), m)).toBeNull();
  });
});
