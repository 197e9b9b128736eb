import { describe, expect, it } from 'vitest';
import { todayIso } from '../time';
import { assessed, hubOf, planWith, worked } from '../testing/plan-builder';
import { analyzePlan, developmentPaths, roleFit } from './index';

const plan = planWith({
  asOf: '2027-01-01',
  people: [
    {
      id: 'ana',
      name: 'Ana Lima',
      homeDomain: 'sales',
      performance: 4,
      potential: 'high',
      experience: [worked('sales', '2020-01-01', null)],
      assessments: [assessed('financial-acumen', 5, '2026-06-01')],
    },
    { id: 'ben', name: 'Ben Okafor', flightRisk: 'high' },
    { id: 'old', name: 'Old Timer', archived: true },
  ],
  rotations: [
    { personId: 'ana', hostId: hubOf('data'), start: '2027-02-01', end: '2027-07-31' },
    { personId: 'old', hostId: hubOf('data'), start: '2027-02-01', end: '2027-07-31' },
  ],
  roles: [
    { id: 'cso', title: 'Chief Service Officer', domains: ['delivery', 'engineering'], requirements: { backMonths: 6 }, successors: [{ personId: 'ana', readiness: 'ready-now' }, { personId: 'ben' }, { personId: 'old' }] },
    { id: 'gone', retired: true, successors: [{ personId: 'ana' }] },
  ],
});

describe('analyzePlan', () => {
  it('is as of the option, else the plan, else today', () => {
    expect(analyzePlan(plan).asOf).toBe('2027-01-01');
    expect(analyzePlan(plan, { asOf: '2026-03-04' }).asOf).toBe('2026-03-04');
    expect(analyzePlan({ ...plan, organization: { name: 'x', asOf: null } }).asOf).toBe(todayIso());
  });

  it('leaves archived people and retired roles out entirely', () => {
    const analysis = analyzePlan(plan);
    expect([...analysis.people.keys()]).toEqual(['ana', 'ben']);
    expect([...analysis.roles.keys()]).toEqual(['cso']);
    expect(analysis.roles.get('cso')!.successors.map((s) => s.personId)).toEqual(['ana', 'ben']);
    expect(analysis.flags.some((f) => f.personId === 'old' || f.roleId === 'gone')).toBe(false);
  });

  it('describes each person: sides, exposure, threads, braid index and 9-box cell', () => {
    const ana = analyzePlan(plan).people.get('ana')!;
    expect(ana.homeSide).toBe('front');
    expect(ana.current.front).toBeCloseTo(84 + 1 / 30.4375, 12); // to asOf, inclusive
    expect(ana.projected.back).toBe(6);
    expect(ana.threads.map((t) => t.level)).toEqual([5, 0, 0, 0]);
    expect(ana.exposureScore).toBe(0.5);
    expect(ana.threadScore).toBe(0.25);
    expect(ana.braidIndex).toBe(38);
    expect(ana.nineBox).toEqual({ performance: 'high', potential: 'high' });
  });

  it('describes each role: both sides, its slate with fit and braid index, its flags', () => {
    const analysis = analyzePlan(plan);
    const cso = analysis.roles.get('cso')!;
    expect(cso.spansBothSides).toBe(true);
    expect(cso.successors[0]).toMatchObject({ personId: 'ana', readiness: 'ready-now', emergency: false, braidIndex: 38 });
    expect(cso.successors[0].fit.gaps).toEqual([{ kind: 'backMonths', required: 6, actual: 0, met: false, shortfall: 6 }]);
    const codes = cso.flagIds.map((id) => analysis.flagsById.get(id)!.code);
    expect(codes).toEqual(expect.arrayContaining(['successor-not-ready', 'successor-flight-risk', 'role-single-sided-bench', 'role-no-emergency-cover']));
  });

  it('orders flags critical first, then warnings, then info', () => {
    const rank = { critical: 0, warning: 1, info: 2 };
    const severities = analyzePlan(plan).flags.map((f) => rank[f.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });

  it('gives the same answer twice and does not touch the plan', () => {
    const before = JSON.stringify(plan);
    const first = analyzePlan(plan);
    const second = analyzePlan(plan);
    expect(second.flags).toEqual(first.flags);
    expect(second.metrics).toEqual(first.metrics);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('answers roleFit and developmentPaths for an analysis of an equal plan object too', () => {
    const analysis = analyzePlan(plan);
    const copy = structuredClone(plan);
    expect(roleFit(copy, analysis, 'cso', 'ana')).toEqual(roleFit(plan, analysis, 'cso', 'ana'));
    expect(developmentPaths(copy, analysis, 'ana')).toEqual(developmentPaths(plan, analysis, 'ana'));
  });
});
