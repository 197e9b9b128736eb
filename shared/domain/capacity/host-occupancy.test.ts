import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { occupancyOf, overCapacityRuns, peakBetween, runsDuring } from './host-occupancy';

const stay = (startDay: number, endDay: number) => ({ startDay, endDay });

describe('host occupancy', () => {
  it('counts a stay on its first and last day', () => {
    expect(occupancyOf([stay(0, 9), stay(9, 20)])).toEqual([
      { from: 0, to: 8, count: 1 },
      { from: 9, to: 9, count: 2 },
      { from: 10, to: 20, count: 1 },
    ]);
  });

  it('merges back-to-back stays into one segment', () => {
    expect(occupancyOf([stay(0, 9), stay(10, 20)])).toEqual([{ from: 0, to: 20, count: 1 }]);
  });

  it('finds maximal runs over capacity and their peak', () => {
    const segments = occupancyOf([stay(0, 30), stay(5, 15), stay(10, 20), stay(40, 50), stay(40, 45)]);
    expect(overCapacityRuns(segments, 1)).toEqual([
      { from: 5, to: 20, peak: 3 },
      { from: 40, to: 45, peak: 2 },
    ]);
    expect(overCapacityRuns(segments, 2)).toEqual([{ from: 10, to: 15, peak: 3 }]);
  });

  it('reads the peak over a window and the runs a stay shares a day with', () => {
    const segments = occupancyOf([stay(0, 30), stay(5, 15), stay(10, 20)]);
    expect(peakBetween(segments, 21, 100)).toBe(1);
    expect(peakBetween(segments, 0, 9)).toBe(2);
    expect(peakBetween(segments, 31, 100)).toBe(0);
    const runs = [
      { from: 5, to: 20, peak: 3 },
      { from: 40, to: 45, peak: 2 },
    ];
    expect(runsDuring(runs, stay(20, 40))).toEqual([0, 1]);
    expect(runsDuring(runs, stay(21, 39))).toEqual([]);
  });

  it('agrees with counting day by day', () => {
    const stays = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([s, len]) => stay(s, s + len)),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(stays, fc.integer({ min: 1, max: 3 }), (list, capacity) => {
        const perDay = (day: number) => list.filter((s) => s.startDay <= day && day <= s.endDay).length;
        const segments = occupancyOf(list);
        for (let day = -1; day <= 82; day++) {
          const segment = segments.find((g) => g.from <= day && day <= g.to);
          expect(segment?.count ?? 0).toBe(perDay(day));
        }
        const over = new Set<number>();
        for (const run of overCapacityRuns(segments, capacity)) for (let d = run.from; d <= run.to; d++) over.add(d);
        for (let day = -1; day <= 82; day++) expect(over.has(day)).toBe(perDay(day) > capacity);
      }),
    );
  });
});
