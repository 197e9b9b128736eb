import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { assessed, planWith, worked } from '../../../shared/domain/testing/plan-builder';
import { rankCandidates } from './candidate-ranking';

const plan = planWith({
  people: [
    { id: 'chief', name: 'Chief', experience: [worked('sales', '2010-01-01', '2015-12-31'), worked('data', '2016-01-01')], assessments: [assessed('financial-acumen', 5, '2026-06-01')] },
    { id: 'boss', name: 'Boss', managerId: 'chief' },
    // Meets all three items: 4 in financial acumen, 12 months on each side.
    { id: 'ana', name: 'Ana', experience: [worked('sales', '2020-01-01', '2021-01-01'), worked('data', '2021-01-02')], assessments: [assessed('financial-acumen', 4, '2026-06-01')] },
    // Two of three: both sides, but only level 2.
    { id: 'ben', name: 'Ben', experience: [worked('sales', '2020-01-01', '2021-01-01'), worked('data', '2021-01-02')], assessments: [assessed('financial-acumen', 2, '2026-06-01')] },
    // Two of three as well, a high flight risk.
    { id: 'cleo', name: 'Cleo', flightRisk: 'high', experience: [worked('sales', '2020-01-01', '2021-01-01'), worked('data', '2021-01-02')] },
    { id: 'dan', name: 'Dan Łukasiewicz', title: 'Data lead', experience: [worked('data', '2024-01-01')] },
    { id: 'eve', name: 'Eve', archived: true, experience: [worked('sales', '2010-01-01'), worked('data', '2010-01-01')], assessments: [assessed('financial-acumen', 5, '2026-06-01')] },
    { id: 'fay', name: 'Fay', experience: [worked('sales', '2010-01-01', '2020-01-01'), worked('data', '2020-01-02')], assessments: [assessed('financial-acumen', 5, '2026-06-01')] },
  ],
  roles: [
    {
      id: 'cso',
      incumbentId: 'boss',
      requirements: { threads: { 'financial-acumen': 4 }, frontMonths: 12, backMonths: 12 },
      successors: [{ personId: 'fay', readiness: 'ready-now' }],
    },
  ],
});
const analysis = analyzePlan(plan);
const cso = plan.roles[0];

describe('ranking candidates for a role', () => {
  it('puts the best fit first, then the earlier ready date, then the lower flight risk, each with its reasons', () => {
    const ranked = rankCandidates(plan, analysis, cso);
    expect(ranked.map((c) => c.person.id)).toEqual(['ana', 'ben', 'cleo', 'dan']);
    expect(ranked[0].fit.fit).toBe(1);
    expect(ranked[1].fit.fit).toBeCloseTo(2 / 3);
    expect(ranked[2].reasons).toEqual(['fit 67%', 'has the time on both sides now, but no evidence is planned for Financial Acumen 4', 'potential not rated', 'high flight risk', 'on no other slate']);
    expect(ranked[3].readyBy).toBeNull();
  });

  it('leaves out the incumbent and everyone above them, the people already on the slate and archived people', () => {
    const ids = rankCandidates(plan, analysis, cso, '', 50).map((c) => c.person.id);
    expect(ids).not.toContain('boss');
    expect(ids).not.toContain('chief');
    expect(ids).not.toContain('fay');
    expect(ids).not.toContain('eve');
    expect(ids).toHaveLength(4);
  });

  it('narrows by every word of the query, in name, title or home domain', () => {
    expect(rankCandidates(plan, analysis, cso, 'data lead').map((c) => c.person.id)).toEqual(['dan']);
    expect(rankCandidates(plan, analysis, cso, 'CLE').map((c) => c.person.id)).toEqual(['cleo']);
    expect(rankCandidates(plan, analysis, cso, 'nobody')).toEqual([]);
  });

  it('leaves out someone nominated since the analysis was made', () => {
    const newer = { ...cso, successors: [...cso.successors, { personId: 'ana', readiness: 'ready-now' as const, emergency: false }] };
    expect(rankCandidates(plan, analysis, newer).map((c) => c.person.id)[0]).toBe('ben');
  });

  it('returns nothing for a role that is not in the plan', () => {
    expect(rankCandidates(plan, analysis, { ...cso, id: 'ghost' })).toEqual([]);
  });

  it('finds a name typed without its accents, as the roster and Ctrl+K do', () => {
    expect(rankCandidates(plan, analysis, cso, 'lukasiewicz').map((c) => c.person.id)).toEqual(['dan']);
  });
});
