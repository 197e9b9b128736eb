import { describe, expect, it } from 'vitest';
import { whatIfPlan } from '../../../tests/helpers/whatif-fixture';
import { programmeCost } from './programme-cost';
import { spendByYear } from './rotation-spend';

describe('programmeCost', () => {
  it('spreads each rotation by days into years, split by side and by host domain, against the annual budget', () => {
    const plan = whatIfPlan();
    const years = programmeCost(plan, 'year');
    expect(years.currency).toBe('EUR');
    expect(years.annualBudget).toBe(60000);
    expect(years.rows.map((r) => r.key)).toEqual(['2026', '2027', '2028']);
    // 2026 is before the as-of year (2027): the annual budget does not reach back to it.
    expect(years.rows[0]).toMatchObject({ budget: null, over: 0 });
    // T4 (36 000, Client Delivery Office, front) runs 1 Nov 2026 – 30 Apr 2027: 61 of its 181 days in 2026.
    const y2026 = years.rows[0];
    expect(y2026.total).toBeCloseTo((36000 * 61) / 181, 6);
    expect(y2026.front).toBeCloseTo(y2026.total, 6);
    expect(y2026.back).toBe(0);
    const y2027 = years.rows[1];
    expect(y2027.front + y2027.back).toBeCloseTo(y2027.total, 6);
    expect(y2027.byDomain.get('infrastructure')! + y2027.byDomain.get('delivery')!).toBeCloseTo(y2027.total, 6);
    expect(y2027.total).toBeGreaterThan(60000);
    expect(y2027.over).toBeCloseTo(y2027.total - 60000, 6);
    expect(years.rows[2].over).toBe(0);
    expect(years.domains).toEqual(['delivery', 'infrastructure']);
    // The same figures as the spread the budget flag uses.
    for (const row of years.rows) expect(row.total).toBeCloseTo(spendByYear(plan).get(Number(row.key))!, 6);
  });

  it('quarters add up to their year; a quarter is held against a quarter of its year’s budget', () => {
    const plan = whatIfPlan();
    const quarters = programmeCost(plan, 'quarter');
    const y2027 = quarters.rows.filter((r) => r.key.startsWith('2027-')).reduce((sum, r) => sum + r.total, 0);
    expect(y2027).toBeCloseTo(programmeCost(plan, 'year').rows[1].total, 6);
    expect(quarters.rows[0]).toMatchObject({ key: '2026-Q4', budget: null, over: 0 });
    const q = (key: string) => quarters.rows.find((r) => r.key === key)!;
    expect(q('2027-Q1').budget).toBe(15000);
    // A quarter above its share of the budget is marked, as its year would be.
    for (const row of quarters.rows.filter((r) => r.budget !== null)) expect(row.over).toBeCloseTo(Math.max(0, row.total - row.budget!), 6);
    expect(quarters.rows.some((r) => r.over > 0)).toBe(true);
    // A slip across a year end moves spend from one year into the next.
    const slipped = { ...plan, rotations: plan.rotations.map((r) => (r.id === 'T2' ? { ...r, start: '2028-01-01', end: '2028-06-30' } : r)) };
    expect(programmeCost(slipped, 'year').rows[1].total).toBeCloseTo(programmeCost(plan, 'year').rows[1].total - (24000 * 92) / 183, 6);
  });

  it('with no budget and no currency: plain figures, no budget column', () => {
    const plan = whatIfPlan();
    const bare = { ...plan, organization: { ...plan.organization, currency: null }, framework: { ...plan.framework, policy: { ...plan.framework.policy, annualBudget: undefined } } };
    const cost = programmeCost(bare, 'year');
    expect(cost).toMatchObject({ currency: null, annualBudget: null, budgeted: false });
    expect(cost.rows.every((r) => r.budget === null && r.over === 0)).toBe(true);
  });

  it('says which years the budget covers, and lets a year have its own', () => {
    const plan = whatIfPlan();
    const byYear = { ...plan, framework: { ...plan.framework, policy: { ...plan.framework.policy, budgetByYear: { '2026': 10000, '2028': 80000 } } } };
    const years = programmeCost(byYear, 'year');
    expect(years.rows.map((r) => [r.key, r.budget])).toEqual([['2026', 10000], ['2027', 60000], ['2028', 80000]]);
    expect(years.budget).toMatchObject({ annual: 60000, fromYear: 2027 });
    expect([...years.budget.byYear]).toEqual([[2026, 10000], [2028, 80000]]);
    expect(years.rows[0].over).toBeCloseTo(years.rows[0].total - 10000, 6);
    expect(programmeCost(byYear, 'quarter').rows.find((r) => r.key === '2028-Q1')!.budget).toBe(20000);
  });
});
