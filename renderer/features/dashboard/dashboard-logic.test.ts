import { describe, expect, it } from 'vitest';
import type { Flag, PipelineMetrics } from '../../../shared/domain/analysis/types';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { flagSubjectLinks, subjectNamesOf } from '../../navigation/flag-subject';
import { pipelineGauges, weakestGauge } from './pipeline-health';
import { upcomingRotationEvents } from './upcoming-rotations';

const plan = planWith({
  people: [{ id: 'ana', name: 'Ana' }, { id: 'bo', name: 'Bo' }],
  roles: [{ id: 'cso', title: 'Chief Service Officer' }],
  rotations: [
    { personId: 'ana', hostId: 'sales-hub', start: '2027-02-01', end: '2027-07-31' },
    { personId: 'bo', hostId: 'data-hub', start: '2026-09-01', end: '2027-01-31', status: 'active' },
    { personId: 'bo', hostId: 'data-hub', start: '2027-01-15', end: '2027-03-01', status: 'cancelled' },
    { personId: 'ana', hostId: 'data-hub', start: '2027-03-03', end: '2027-09-01' },
  ],
});
const names = subjectNamesOf(plan);
const flag = (f: Partial<Flag>): Flag => ({ id: 'x', code: 'role-thin-bench', severity: 'warning', message: '', ...f });

describe('flagSubjectLinks', () => {
  it('sends a role flag to the role’s succession slate', () => {
    expect(flagSubjectLinks(flag({ roleId: 'cso' }), names)).toEqual([{ label: 'Chief Service Officer', route: { screen: 'succession', roleId: 'cso' } }]);
  });

  it('offers the role first and the person second for a successor flag', () => {
    const links = flagSubjectLinks(flag({ code: 'successor-not-ready', roleId: 'cso', personId: 'ana' }), names);
    expect(links.map((l) => l.route)).toEqual([
      { screen: 'succession', roleId: 'cso' },
      { screen: 'profile', personId: 'ana' },
    ]);
  });

  it('sends rotation flags to the rotation, host flags to the host, person flags to the profile', () => {
    expect(flagSubjectLinks(flag({ code: 'rotation-overlap', rotationIds: ['rot-1', 'rot-4'], personId: 'ana' }), names)[0].route).toEqual({ screen: 'rotations', rotationId: 'rot-1' });
    expect(flagSubjectLinks(flag({ code: 'rotation-over-capacity', hostId: 'data-hub', rotationIds: ['rot-2'] }), names)[0]).toEqual({ label: 'Data & Analytics hub', route: { screen: 'rotations', hostId: 'data-hub' } });
    expect(flagSubjectLinks(flag({ code: 'assessment-stale', personId: 'bo' }), names)).toEqual([{ label: 'Bo', route: { screen: 'profile', personId: 'bo' } }]);
  });
});

describe('upcomingRotationEvents', () => {
  it('lists starts and ends within 60 days of asOf, soonest first, without cancelled rotations', () => {
    const events = upcomingRotationEvents(plan, '2027-01-01', 60);
    expect(events.map((e) => `${e.date} ${e.kind} ${e.rotation.id}`)).toEqual(['2027-01-31 ends rot-2', '2027-02-01 starts rot-1']);
  });

  it('counts both ends of the window', () => {
    expect(upcomingRotationEvents(plan, '2027-01-31', 1).map((e) => e.date)).toEqual(['2027-01-31', '2027-02-01']);
  });
});

describe('pipeline gauges', () => {
  const metrics = (m: Partial<PipelineMetrics>): PipelineMetrics => ({
    people: 10,
    roles: 4,
    rotations: { planned: 0, active: 0, completed: 0, cancelled: 0 },
    readyNowCoverage: 1,
    pipelineDepth: 2,
    braidedBench: 0.6,
    flags: { critical: 0, warning: 0, info: 0 },
    ...m,
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
