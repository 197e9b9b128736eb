import { describe, expect, it } from 'vitest';
import { draggedRange, drawnRange, rangeFrom, resizeRangeEnd, shiftRange, snapDate } from './date-range';

const sixMonths = { start: '2027-01-01', end: '2027-06-30' };

describe('snapDate', () => {
  it('keeps a day as it is when snapping to days', () => {
    expect(snapDate('2027-03-17', 'day')).toBe('2027-03-17');
  });

  it('goes to the nearest Monday when snapping to weeks', () => {
    // 2027-03-17 is a Wednesday: Monday the 15th is 2 days back, Monday the 22nd 5 days ahead.
    expect(snapDate('2027-03-17', 'week')).toBe('2027-03-15');
    // Friday the 19th is 4 days after the 15th and 3 before the 22nd.
    expect(snapDate('2027-03-19', 'week')).toBe('2027-03-22');
  });

  it('goes to the nearest first of a month when snapping to months, across a year end', () => {
    expect(snapDate('2027-03-10', 'month')).toBe('2027-03-01');
    expect(snapDate('2027-03-20', 'month')).toBe('2027-04-01');
    expect(snapDate('2027-12-24', 'month')).toBe('2028-01-01');
  });
});

describe('moving a range', () => {
  it('moves by whole months and keeps a month-aligned rotation month-aligned', () => {
    expect(shiftRange(sixMonths, 'month', 1)).toEqual({ start: '2027-02-01', end: '2027-07-31' });
    expect(shiftRange(sixMonths, 'month', -2)).toEqual({ start: '2026-11-01', end: '2027-04-30' });
  });

  it('moves by 7 days a week and 1 day a day', () => {
    expect(shiftRange(sixMonths, 'week', 1)).toEqual({ start: '2027-01-08', end: '2027-07-07' });
    expect(shiftRange(sixMonths, 'day', -1)).toEqual({ start: '2026-12-31', end: '2027-06-29' });
  });

  it('keeps the length in months and days from a new start, February included', () => {
    expect(rangeFrom('2027-02-01', sixMonths)).toEqual({ start: '2027-02-01', end: '2027-07-31' });
    expect(rangeFrom('2028-02-01', { start: '2027-01-01', end: '2027-01-31' })).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });

  it('drags a bar: the start snaps to the unit and the length is kept', () => {
    // Dragged 40 days later: 10 February, nearest first of a month is 1 February.
    expect(draggedRange(sixMonths, 'move', 40, 'month')).toEqual({ start: '2027-02-01', end: '2027-07-31' });
    expect(draggedRange(sixMonths, 'move', 3, 'day')).toEqual({ start: '2027-01-04', end: '2027-07-03' });
    expect(draggedRange(sixMonths, 'move', 0, 'week')).toBe(sixMonths);
  });
});

describe('resizing a range', () => {
  it('moves the end by units so that it stays on the last day of a month', () => {
    expect(resizeRangeEnd(sixMonths, 'month', -4)).toEqual({ start: '2027-01-01', end: '2027-02-28' });
    expect(resizeRangeEnd(sixMonths, 'month', 1)).toEqual({ start: '2027-01-01', end: '2027-07-31' });
  });

  it('never shrinks a range below one unit', () => {
    const oneMonth = { start: '2027-01-01', end: '2027-01-31' };
    expect(resizeRangeEnd(oneMonth, 'month', -1)).toEqual(oneMonth);
    expect(resizeRangeEnd({ start: '2027-01-01', end: '2027-01-03' }, 'day', -5)).toEqual({ start: '2027-01-01', end: '2027-01-01' });
  });

  it('drags the end edge to the day before the nearest boundary, and never before the start', () => {
    expect(draggedRange(sixMonths, 'end', -100, 'month')).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(draggedRange(sixMonths, 'end', -400, 'day')).toEqual({ start: '2027-01-01', end: '2027-01-01' });
  });

  it('drags the start edge and never past the end', () => {
    expect(draggedRange(sixMonths, 'start', 20, 'month')).toEqual({ start: '2027-02-01', end: '2027-06-30' });
    expect(draggedRange(sixMonths, 'start', 400, 'day')).toEqual({ start: '2027-06-30', end: '2027-06-30' });
  });
});

describe('drawing a new rotation on an empty lane', () => {
  it('spans the snapped days between press and release, in either direction', () => {
    expect(drawnRange('2027-03-03', '2027-05-25', 'month', 6)).toEqual({ start: '2027-03-01', end: '2027-05-31' });
    expect(drawnRange('2027-05-25', '2027-03-03', 'month', 6)).toEqual({ start: '2027-03-01', end: '2027-05-31' });
  });

  it('proposes the default length for a click', () => {
    expect(drawnRange('2027-03-03', '2027-03-03', 'month', 6)).toEqual({ start: '2027-03-01', end: '2027-08-31' });
  });

  it('never proposes an empty range for a short drag', () => {
    expect(drawnRange('2027-03-03', '2027-03-05', 'month', 6)).toEqual({ start: '2027-03-01', end: '2027-03-31' });
  });
});
