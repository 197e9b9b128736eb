import { describe, expect, it } from 'vitest';
import { inTimeOf, projectedSideMonthsAt, readyByOf, type ProjectedStay } from './projected-exposure';
import { readinessWords } from './readiness-words';

const AS_OF = '2027-01-01';
const stay = (start: string, end: string, side: 'front' | 'back' = 'back', status: ProjectedStay['status'] = 'planned'): ProjectedStay => ({ start, end, status, side });

describe('projected side exposure at a day', () => {
  it('adds the part of a planned rotation up to the day, from asOf on', () => {
    const stays = [stay('2027-01-01', '2027-06-30')];
    expect(projectedSideMonthsAt(2, stays, 'back', AS_OF, '2027-03-31')).toBe(5);
    expect(projectedSideMonthsAt(2, stays, 'back', AS_OF, '2028-01-01')).toBe(8);
    expect(projectedSideMonthsAt(2, stays, 'front', AS_OF, '2028-01-01')).toBe(2);
  });

  it('adds only the part of an active rotation after asOf (current exposure has the rest)', () => {
    const active = [stay('2026-07-01', '2027-06-30', 'back', 'active')];
    expect(projectedSideMonthsAt(0, active, 'back', '2026-12-31', '2027-06-30')).toBe(6);
  });

  it('counts nothing of cancelled or completed rotations, nor of days before asOf', () => {
    const stays = [stay('2027-01-01', '2027-06-30', 'back', 'cancelled'), stay('2026-01-01', '2026-06-30', 'back', 'completed'), stay('2026-10-01', '2027-03-31')];
    expect(projectedSideMonthsAt(0, stays, 'back', AS_OF, '2027-12-31')).toBe(3);
  });
});

describe('readyBy', () => {
  const need = { frontMonths: 0, backMonths: 6 };

  it('is asOf when both exposure items are met now', () => {
    expect(readyByOf({ front: 0, back: 6 }, need, [], AS_OF)).toBe(AS_OF);
  });

  it('is the day a rotation ends when that is the day the months are reached', () => {
    expect(readyByOf({ front: 0, back: 0 }, need, [stay('2027-01-01', '2027-06-30')], AS_OF)).toBe('2027-06-30');
    expect(readyByOf({ front: 0, back: 3 }, need, [stay('2027-01-01', '2027-06-30')], AS_OF)).toBe('2027-03-31');
  });

  it('waits for the later of the two sides', () => {
    const stays = [stay('2027-01-01', '2027-06-30', 'front'), stay('2027-07-01', '2027-12-31', 'back')];
    expect(readyByOf({ front: 0, back: 0 }, { frontMonths: 3, backMonths: 6 }, stays, AS_OF)).toBe('2027-12-31');
  });

  it('is null when the planned rotations end before the months are reached', () => {
    expect(readyByOf({ front: 0, back: 0 }, need, [stay('2027-01-01', '2027-03-31')], AS_OF)).toBeNull();
    expect(readyByOf({ front: 0, back: 0 }, need, [], AS_OF)).toBeNull();
  });

  it('is in time on the vacancy day itself, not a day later, and has no answer without a vacancy', () => {
    expect(inTimeOf('2027-06-30', '2027-06-30')).toBe(true);
    expect(inTimeOf('2027-07-01', '2027-06-30')).toBe(false);
    expect(inTimeOf(null, '2027-06-30')).toBe(false);
    expect(inTimeOf('2027-07-01', null)).toBeNull();
  });
});

describe('readiness words', () => {
  it('say the month and whether it is in time', () => {
    expect(readinessWords('2028-03-14', true, AS_OF, '2028-06-30')).toBe('ready by Mar 2028 — in time for the vacancy');
    expect(readinessWords(null, false, AS_OF, '2027-04-30')).toBe('cannot be ready before the vacancy in Apr 2027');
    expect(readinessWords('2028-09-30', false, AS_OF, '2027-04-30')).toBe('ready by Sep 2028 — cannot be ready before the vacancy in Apr 2027');
    expect(readinessWords(AS_OF, null, AS_OF, null)).toBe('ready now');
  });
});
