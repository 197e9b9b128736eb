import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_THREADS } from '../plan/defaults';
import { assessed } from '../testing/plan-builder';
import { braidIndexOf } from './braid-index';
import { nineBoxOf } from './nine-box';
import { levelReader, threadLevelsOf } from './thread-levels';

const threadIndex = new Map(DEFAULT_THREADS.map((t, i) => [t.id, i]));
const asOf = '2027-01-01';
const levels = (assessments: ReturnType<typeof assessed>[]) => threadLevelsOf({ assessments }, DEFAULT_THREADS, threadIndex, asOf);

describe('thread levels', () => {
  it('takes the latest assessment of each thread by date, not by list order', () => {
    const [financial] = levels([assessed('financial-acumen', 4, '2026-05-01'), assessed('financial-acumen', 2, '2025-01-01')]);
    expect(financial).toEqual({ threadId: 'financial-acumen', level: 4, date: '2026-05-01', ageMonths: 8 });
  });

  it('leaves an unassessed thread at 0 with no date or age', () => {
    expect(levels([])[1]).toEqual({ threadId: 'innovation', level: 0, date: null, ageMonths: null });
  });

  it('ignores an assessment dated after asOf', () => {
    expect(levels([assessed('innovation', 5, '2027-01-02'), assessed('innovation', 2, '2026-01-01')])[1].level).toBe(2);
  });

  it('lets the later entry of the same day win', () => {
    expect(levels([assessed('innovation', 2, '2026-01-01'), assessed('innovation', 3, '2026-01-01')])[1].level).toBe(3);
  });

  it('reads the level of a thread outside the framework from the assessments', () => {
    const person = { assessments: [assessed('negotiation', 3, '2026-01-01')] };
    const read = levelReader(person, threadLevelsOf(person, DEFAULT_THREADS, threadIndex, asOf), threadIndex, asOf);
    expect(read('negotiation')).toBe(3);
    expect(read('innovation')).toBe(0);
  });
});

describe('braid index', () => {
  const threadsAt = (...ls: number[]) => ls.map((level, i) => ({ threadId: `t${i}`, level, date: null, ageMonths: null }));

  it('is round(100 × (exposureScore + threadScore) / 2)', () => {
    // exposure (12 + 6) / 24 = 0.75; threads (3 + 1 + 0 + 2)/4 levels → (0.5 + 0 + 0 + 0.25) / 4 = 0.1875
    const result = braidIndexOf({ front: 12, back: 6 }, threadsAt(3, 1, 0, 2), 12);
    expect(result.exposureScore).toBe(0.75);
    expect(result.threadScore).toBe(0.1875);
    expect(result.braidIndex).toBe(47);
  });

  it('caps each side at the braid target', () => {
    expect(braidIndexOf({ front: 120, back: 0 }, threadsAt(5, 5, 5, 5), 12)).toMatchObject({ exposureScore: 0.5, threadScore: 1, braidIndex: 75 });
  });

  it('is 100 for a fully braided expert and 0 for a newcomer', () => {
    expect(braidIndexOf({ front: 12, back: 12 }, threadsAt(5, 5, 5, 5), 12).braidIndex).toBe(100);
    expect(braidIndexOf({ front: 0, back: 0 }, threadsAt(0, 0, 0, 0), 12).braidIndex).toBe(0);
  });

  it('stays within 0–100 whatever the exposure, levels and target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 8 }),
        fc.double({ min: 0.5, max: 120, noNaN: true }),
        (front, back, ls, target) => {
          const { braidIndex, exposureScore, threadScore } = braidIndexOf({ front, back }, threadsAt(...ls), target);
          expect(braidIndex).toBeGreaterThanOrEqual(0);
          expect(braidIndex).toBeLessThanOrEqual(100);
          expect(Number.isInteger(braidIndex)).toBe(true);
          expect(exposureScore).toBeGreaterThanOrEqual(0);
          expect(exposureScore).toBeLessThanOrEqual(1);
          expect(threadScore).toBeGreaterThanOrEqual(0);
          expect(threadScore).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('9-box', () => {
  it('bands performance 1–2 low, 3 medium, 4–5 high', () => {
    expect(nineBoxOf({ performance: 2, potential: 'high' })).toEqual({ performance: 'low', potential: 'high' });
    expect(nineBoxOf({ performance: 3, potential: 'low' })).toEqual({ performance: 'medium', potential: 'low' });
    expect(nineBoxOf({ performance: 4, potential: 'medium' })).toEqual({ performance: 'high', potential: 'medium' });
  });

  it('has no cell until both ratings are there', () => {
    expect(nineBoxOf({ performance: null, potential: 'high' })).toBeNull();
    expect(nineBoxOf({ performance: 5, potential: null })).toBeNull();
  });
});
