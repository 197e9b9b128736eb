import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analysis';
import type { Plan } from '../plan/schema';
import { whatIfPlan } from '../../../tests/helpers/whatif-fixture';
import { compareScenario } from './compare';
import { formatMetricChange } from './comparison-wording';
import { fallVacant, leaveOn } from './what-ifs';

const compare = (before: Plan, after: Plan) => compareScenario(before, analyzePlan(before), after, analyzePlan(after));

describe('compareScenario', () => {
  it('lists every metric before and after with the change', () => {
    const plan = whatIfPlan();
    const result = compare(plan, leaveOn(plan, { personId: 'P3', on: '2027-02-01' }));
    const coverage = result.metrics.find((m) => m.key === 'readyNowCoverage')!;
    expect(coverage).toEqual({ key: 'readyNowCoverage', before: 1, after: 0, change: -1 });
    expect(formatMetricChange(coverage)).toBe('−100 pts');
    expect(result.metrics.map((m) => m.key)).toContain('flags.warning');
    expect(result.metrics.find((m) => m.key === 'people')).toMatchObject({ before: 5, after: 4 });
  });

  it('matches flags by code and subject: raised, cleared and changed in severity', () => {
    const plan = leaveOn(whatIfPlan(), { personId: 'P3', on: '2027-02-01' });
    const scenario = fallVacant(plan, { roleId: 'R2', on: '2027-06-01' });
    const result = compare(plan, scenario);
    expect(result.changed.map((c) => [c.code, c.after.roleId, c.before.severity, c.after.severity])).toEqual([['role-no-ready-successor', 'R2', 'warning', 'critical']]);
    expect(result.raised.every((f) => f.code !== 'role-no-ready-successor')).toBe(true);
    // The other direction clears what was raised.
    const back = compare(scenario, plan);
    expect(back.changed[0]).toMatchObject({ code: 'role-no-ready-successor' });
    expect(back.raised.map((f) => f.id)).toEqual(result.cleared.map((f) => f.id));
  });

  it('names the roles whose cover changed, and only those', () => {
    const plan = whatIfPlan();
    const result = compare(plan, leaveOn(plan, { personId: 'P3', on: '2027-02-01' }));
    expect(result.cover.map((c) => [c.title, c.before?.readyNow, c.after?.readyNow])).toEqual([
      ['Chief Technology Officer', ['P3'], []],
      ['Head of Delivery', ['P3'], []],
    ]);
    expect(compare(plan, plan).cover).toEqual([]);
    expect(compare(plan, plan).raised).toEqual([]);
  });

  it('counts as change only what the scenario changed: the past rotations of a leaver stay history', () => {
    const base = whatIfPlan();
    const past = (id: string, status: 'completed' | 'cancelled', start: string, end: string) => ({ ...base.rotations[3], id, status, start, end, backfillId: null });
    const plan: Plan = { ...base, rotations: [...base.rotations, past('T5', 'completed', '2024-01-01', '2024-06-30'), past('T6', 'cancelled', '2025-01-01', '2025-06-30'), { ...past('T7', 'completed', '2027-09-01', '2027-12-31'), status: 'planned' }] };
    const result = compare(plan, leaveOn(plan, { personId: 'P3', on: '2027-02-01' }));
    const change = (key: string) => result.metrics.find((m) => m.key === key)!;
    expect(change('rotations.completed')).toMatchObject({ before: 1, after: 1, change: 0 });
    // Her planned rotation is cancelled by leaving: that, and only that, moves.
    expect(change('rotations.planned')).toMatchObject({ change: -1 });
    expect(change('rotations.cancelled')).toMatchObject({ before: 1, after: 2, change: 1 });
    expect(change('rotations.active')).toMatchObject({ change: 0 });
  });
});
