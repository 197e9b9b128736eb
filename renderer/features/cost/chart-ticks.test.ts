import { describe, expect, it } from 'vitest';
import { chartTicks } from './chart-ticks';

describe('chartTicks', () => {
  it('gives round steps that reach the tallest bar', () => {
    expect(chartTicks(2_844_008)).toEqual([0, 1_000_000, 2_000_000, 3_000_000]);
    expect(chartTicks(61_000)).toEqual([0, 20_000, 40_000, 60_000, 80_000]);
    expect(chartTicks(15_000)).toEqual([0, 5_000, 10_000, 15_000]);
    expect(chartTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
