import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analysis';
import { hubOf, planWith, worked } from '../testing/plan-builder';

describe('pipeline metrics', () => {
  it('are all 0 when there is nothing to count', () => {
    expect(analyzePlan(planWith()).metrics).toEqual({
      people: 0,
      roles: 0,
      rotations: { planned: 0, active: 0, completed: 0, cancelled: 0 },
      readyNowCoverage: 0,
      netReadyNowCoverage: 0,
      pipelineDepth: 0,
      braidedBench: 0,
      flags: { critical: 0, warning: 0, info: 0 },
    });
  });

  it('measure coverage, depth and the braided bench over roster people and live roles', () => {
    const braided = [worked('sales', '2025-01-01', '2025-06-30'), worked('data', '2025-07-01', '2025-12-31')];
    const plan = planWith({
      people: [{ id: 'ana', experience: braided }, { id: 'ben' }, { id: 'cleo', archived: true, experience: braided }, { id: 'dev', track: 'linear' }],
      rotations: [
        { personId: 'ana', hostId: hubOf('sales'), start: '2027-02-01', end: '2027-07-31' },
        { personId: 'ben', hostId: hubOf('sales'), start: '2026-02-01', end: '2026-07-31', status: 'completed' },
        { personId: 'ben', hostId: hubOf('data'), start: '2026-09-01', end: '2027-02-28', status: 'active' },
        { personId: 'ben', hostId: hubOf('data'), start: '2027-09-01', end: '2028-02-28', status: 'cancelled' },
        { personId: 'cleo', hostId: hubOf('data'), start: '2027-09-01', end: '2028-02-28' },
      ],
      roles: [
        { id: 'a', successors: [{ personId: 'ana', readiness: 'ready-now' }, { personId: 'ben' }] },
        { id: 'b', successors: [{ personId: 'ana' }, { personId: 'cleo', readiness: 'ready-now' }] },
        { id: 'c' },
        { id: 'd', retired: true, successors: [{ personId: 'dev', readiness: 'ready-now' }] },
      ],
    });
    const { metrics, flags } = analyzePlan(plan);
    expect(metrics.people).toBe(3);
    expect(metrics.roles).toBe(3);
    expect(metrics.rotations).toEqual({ planned: 1, active: 1, completed: 1, cancelled: 1 });
    expect(metrics.readyNowCoverage).toBeCloseTo(1 / 3, 12);
    expect(metrics.pipelineDepth).toBe(1);
    // distinct successors: ana (braided: 6 + 6 months) and ben (6 front, 4 back so far)
    expect(metrics.braidedBench).toBe(0.5);
    const bySeverity = { critical: 0, warning: 0, info: 0 };
    for (const f of flags) bySeverity[f.severity]++;
    expect(metrics.flags).toEqual(bySeverity);
    expect(metrics.flags.critical + metrics.flags.warning + metrics.flags.info).toBeGreaterThan(0);
  });

  it('count net ready-now coverage with each ready-now person used for one role only', () => {
    const ready = (personId: string) => ({ personId, readiness: 'ready-now' as const });
    const plan = planWith({
      people: [{ id: 'ana' }, { id: 'ben' }, { id: 'cleo' }],
      roles: [
        { id: 'a', successors: [ready('ana')] },
        { id: 'b', successors: [ready('ana'), ready('ben')] },
        { id: 'c', successors: [ready('ana')] },
        { id: 'd', successors: [{ personId: 'cleo' }] },
        { id: 'e', successors: [ready('ben')] },
      ],
    });
    const { readyNowCoverage, netReadyNowCoverage } = analyzePlan(plan).metrics;
    expect(readyNowCoverage).toBe(4 / 5);
    // ana covers a or c, ben covers b or e: two of the five roles.
    expect(netReadyNowCoverage).toBe(2 / 5);
  });

  it('find the matching that an early greedy choice would miss', () => {
    const ready = (personId: string) => ({ personId, readiness: 'ready-now' as const });
    const plan = planWith({
      people: [{ id: 'ana' }, { id: 'ben' }],
      roles: [
        { id: 'a', successors: [ready('ana'), ready('ben')] },
        { id: 'b', successors: [ready('ana')] },
      ],
    });
    expect(analyzePlan(plan).metrics.netReadyNowCoverage).toBe(1);
  });
});
