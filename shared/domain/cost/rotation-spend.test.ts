import { describe, expect, it } from 'vitest';
import { planWith } from '../testing/plan-builder';
import { generateDemoPlan } from '../demo';
import { costShares, programmeSpend, rotationDays, spendByQuarter, spendByYear } from './rotation-spend';

const plan = (...rotations: { start: string; end: string; cost: number | null; status?: 'planned' | 'cancelled' | 'completed' }[]) =>
  planWith({
    people: [{ id: 'ana' }],
    rotations: rotations.map((r) => ({ personId: 'ana', hostId: 'sales-hub', ...r })),
  });

describe('rotation spend (§8.4)', () => {
  it('splits a rotation that spans New Year by its days in each year', () => {
    // 2026-12-01 … 2027-01-31: 31 days in 2026, 31 in 2027.
    const p = plan({ start: '2026-12-01', end: '2027-01-31', cost: 6200 });
    expect(rotationDays(p.rotations[0])).toBe(62);
    expect([...spendByYear(p)]).toEqual([
      [2026, 3100],
      [2027, 3100],
    ]);
    expect(spendByYear(p, 2027)).toEqual(new Map([[2027, 3100]]));
  });

  it('splits by quarter with both ends included, in period order', () => {
    // 2027-03-31 … 2027-04-01: one day in Q1, one in Q2.
    const p = plan({ start: '2027-03-31', end: '2027-04-01', cost: 100 }, { start: '2027-01-01', end: '2027-01-01', cost: 5 });
    expect([...spendByQuarter(p)]).toEqual([
      ['2027-Q1', 55],
      ['2027-Q2', 50],
    ]);
  });

  it('counts nothing for a cancelled rotation or one without a cost', () => {
    const p = plan({ start: '2027-01-01', end: '2027-06-30', cost: 1000, status: 'cancelled' }, { start: '2027-01-01', end: '2027-06-30', cost: null });
    expect(programmeSpend(p, 'year').size).toBe(0);
    expect(costShares(p.rotations[0], 'year')).toEqual([]);
  });

  it('keeps the whole cost over a multi-year rotation', () => {
    const p = plan({ start: '2026-07-15', end: '2028-02-29', cost: 10_000 });
    const shares = costShares(p.rotations[0], 'quarter');
    expect(shares.map((s) => s.key)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1']);
    expect(shares.reduce((sum, s) => sum + s.days, 0)).toBe(rotationDays(p.rotations[0]));
    expect(shares.reduce((sum, s) => sum + s.amount, 0)).toBeCloseTo(10_000, 6);
  });

  it('gives per year, from any year on, to the last digit what programmeSpend gives by year', () => {
    for (const seed of [1, 2, 3]) {
      const p = generateDemoPlan({ people: 300, seed });
      const byKey = [...programmeSpend(p, 'year')].map(([key, amount]) => [Number(key), amount] as const);
      expect(byKey.length).toBeGreaterThan(2);
      for (const from of [-Infinity, byKey[1][0], byKey.at(-1)![0]]) {
        expect([...spendByYear(p, from)]).toStrictEqual(byKey.filter(([year]) => year >= from).map(([year, amount]) => [year, amount]));
      }
    }
  });
});
