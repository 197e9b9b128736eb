import { describe, expect, it } from 'vitest';
import { guessScale, scaleRule, toBraidLevel } from './scales';

describe('scales', () => {
  it('shows the rule that turns another scale into 1–5', () => {
    expect(scaleRule({ min: 1, max: 4 })).toBe('1–4 scale → 1–5: round(1 + (v−1)×4/3)');
    expect(scaleRule({ min: 1, max: 3 })).toBe('1–3 scale → 1–5: round(1 + (v−1)×2)');
    expect(scaleRule({ min: 0, max: 100 })).toBe('0–100 scale → 1–5: round(1 + v×4/100)');
    expect(scaleRule({ min: 1, max: 5 })).toBe('1–5 scale: taken as is (halves round up)');
  });

  it('converts by that rule, ends to ends', () => {
    const oneToFour = { min: 1, max: 4 };
    expect([1, 2, 3, 4].map((v) => toBraidLevel(v, oneToFour))).toEqual([1, 2, 4, 5].map((level) => ({ ok: true, level })));
    expect(toBraidLevel(0, { min: 0, max: 100 })).toEqual({ ok: true, level: 1 });
    expect(toBraidLevel(62.5, { min: 0, max: 100 })).toEqual({ ok: true, level: 4 });
    expect(toBraidLevel(3.5, { min: 1, max: 5 })).toEqual({ ok: true, level: 4 });
  });

  it('refuses a value outside the scale instead of clamping it', () => {
    expect(toBraidLevel(9, { min: 1, max: 5 })).toEqual({ ok: false, reason: 'is outside the 1–5 scale' });
    expect(toBraidLevel(0, { min: 1, max: 4 })).toEqual({ ok: false, reason: 'is outside the 1–4 scale' });
  });

  it('guesses the usual HR scale, and a stray value does not rescale everyone', () => {
    expect(guessScale([3, 4, 3, 4])).toEqual({ min: 1, max: 5 });
    expect(guessScale([2, 7, 9, 10])).toEqual({ min: 1, max: 10 });
    expect(guessScale([0, 55, 80, 100])).toEqual({ min: 0, max: 100 });
    expect(guessScale([3, 3, 4, 2, 3, 9, 4, 3])).toEqual({ min: 1, max: 5 });
  });
});
