import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, formatMonth } from './dates';

describe('formatDay', () => {
  it('writes a plan date the way the user’s locale does', () => {
    expect(formatDay('2026-11-30', 'en-GB')).toBe('30 Nov 2026');
    expect(formatDay('2026-11-30', 'en-US')).toBe('Nov 30, 2026');
    expect(formatDay('2026-11-30', 'de-DE')).toBe('30. Nov. 2026');
  });
  it('keeps the calendar day whatever the time zone (no shift to the day before)', () => {
    expect(formatDay('2027-01-01', 'en-GB')).toBe('1 Jan 2027');
  });
});

describe('formatMonth and formatMoment', () => {
  it('write months and moments in the same voice as days', () => {
    expect(formatMonth('2026-11-30', 'en-GB')).toBe('Nov 2026');
    expect(formatMonth('2026-11-30', 'en-US')).toBe('Nov 2026');
    expect(formatMoment('2026-12-01T20:24:00', 'en-GB')).toBe('1 Dec 2026, 20:24');
    expect(formatMoment('2026-12-01T20:24:00', 'en-US')).toMatch(/^Dec 1, 2026, 8:24\sPM$/);
  });
});
