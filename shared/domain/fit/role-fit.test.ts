import { describe, expect, it } from 'vitest';
import { analyzePlan, roleFit, spansBothSides } from '../analysis';
import { DEFAULT_DOMAINS } from '../plan/defaults';
import { assessed, planWith, role, worked } from '../testing/plan-builder';
import { fitOfRole, roleSpansBothSides } from './role-fit';

const domains = new Map(DEFAULT_DOMAINS.map((d) => [d.id, d]));

describe('role fit', () => {
  const cso = role({ id: 'cso', requirements: { threads: { 'financial-acumen': 4, innovation: 3 }, frontMonths: 12, backMonths: 0 } });

  it('is the share of requirement items met, with each gap and its shortfall', () => {
    const fit = fitOfRole(cso, 'ana', { front: 6, back: 0 }, (t) => (t === 'financial-acumen' ? 4 : 2));
    expect(fit.items).toHaveLength(4);
    expect(fit.fit).toBe(0.5);
    expect(fit.gaps).toEqual([
      { kind: 'thread', threadId: 'innovation', required: 3, actual: 2, met: false, shortfall: 1 },
      { kind: 'frontMonths', required: 12, actual: 6, met: false, shortfall: 6 },
    ]);
  });

  it('always meets 0 months, and meets a level exactly reached', () => {
    const fit = fitOfRole(cso, 'ana', { front: 12, back: 0 }, (t) => (t === 'financial-acumen' ? 4 : 3));
    expect(fit.fit).toBe(1);
    expect(fit.gaps).toEqual([]);
  });

  it('counts an unassessed thread as 0', () => {
    const fit = fitOfRole(cso, 'ana', { front: 12, back: 0 }, () => 0);
    expect(fit.gaps.map((g) => [g.threadId, g.shortfall])).toEqual([
      ['financial-acumen', 4],
      ['innovation', 3],
    ]);
  });

  it('uses current, not projected, exposure', () => {
    const plan = planWith({
      people: [{ id: 'ana', experience: [worked('sales', '2026-07-01', '2026-12-31')] }],
      rotations: [{ personId: 'ana', hostId: 'consulting-hub', start: '2027-01-01', end: '2027-06-30' }],
      roles: [{ id: 'cso', requirements: { frontMonths: 12 } }],
    });
    const analysis = analyzePlan(plan);
    const fit = roleFit(plan, analysis, 'cso', 'ana');
    expect(fit.gaps).toEqual([{ kind: 'frontMonths', required: 12, actual: 6, met: false, shortfall: 6 }]);
    expect(analysis.people.get('ana')!.projected.front).toBe(12);
  });

  it('works through roleFit for a person on no slate, from the plan', () => {
    const plan = planWith({
      people: [{ id: 'ana', assessments: [assessed('innovation', 4, '2026-06-01')] }],
      roles: [{ id: 'cto', requirements: { threads: { innovation: 4 } } }],
    });
    expect(roleFit(plan, analyzePlan(plan), 'cto', 'ana').fit).toBe(1);
    expect(() => roleFit(plan, analyzePlan(plan), 'nope', 'ana')).toThrow(/nope/);
  });
});

describe('a role spans both sides', () => {
  it('when its domains include a front and a back domain', () => {
    expect(roleSpansBothSides(role({ id: 'r', domains: ['delivery', 'engineering'] }), domains)).toBe(true);
    expect(roleSpansBothSides(role({ id: 'r', domains: ['delivery', 'sales'] }), domains)).toBe(false);
  });

  it('when it asks for months on both sides', () => {
    expect(roleSpansBothSides(role({ id: 'r', domains: ['sales'], requirements: { frontMonths: 6, backMonths: 6 } }), domains)).toBe(true);
    expect(roleSpansBothSides(role({ id: 'r', domains: ['sales'], requirements: { frontMonths: 6, backMonths: 0 } }), domains)).toBe(false);
  });

  it('through the public entry point', () => {
    const plan = planWith({ roles: [{ id: 'hod', domains: ['delivery', 'infrastructure'] }] });
    expect(spansBothSides(plan, plan.roles[0])).toBe(true);
  });
});
