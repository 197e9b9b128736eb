import { describe, expect, it } from 'vitest';
import { formatDay } from './dates';

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
