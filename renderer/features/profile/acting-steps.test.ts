// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { monthSpan } from './ActingSteps';

describe('monthSpan', () => {
  it('reads "Mar–Aug 2027" within a year and names both years across one', () => {
    expect(monthSpan('2027-03-01', '2027-08-31')).toMatch(/^Mar–Aug 2027$/);
    expect(monthSpan('2026-11-01', '2027-04-30')).toMatch(/^Nov 2026–Apr 2027$/);
  });
});
