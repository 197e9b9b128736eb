import { describe, expect, it } from 'vitest';
import { axisTicks, dayAtX, dayIndexOf, isoOfDayIndex, spanGeometry, timelineScale, visibleDays, xOfDate } from './timeline-scale';

describe('the timeline scale', () => {
  const scale = timelineScale('2026-05-10', '2028-02-01', 'months');

  it('covers whole years, from the first year to the last', () => {
    expect(scale.originIso).toBe('2026-01-01');
    expect(scale.days).toBe(365 + 365 + 366);
    expect(scale.width).toBe(Math.round(scale.days * 3.6));
  });

  it('turns dates into pixels and back to the same day', () => {
    expect(xOfDate(scale, '2026-01-01')).toBe(0);
    expect(xOfDate(scale, '2026-01-11')).toBeCloseTo(36);
    for (const iso of ['2026-03-29', '2026-10-25', '2027-02-28', '2028-02-29', '2028-12-31']) {
      const x = xOfDate(scale, iso);
      expect(isoOfDayIndex(scale, dayAtX(scale, x + 0.5))).toBe(iso);
    }
  });

  it('counts days across daylight-saving changes without losing one', () => {
    expect(dayIndexOf(scale, '2026-03-30') - dayIndexOf(scale, '2026-03-28')).toBe(2);
    expect(dayIndexOf(scale, '2026-10-26') - dayIndexOf(scale, '2026-10-24')).toBe(2);
  });

  it('clamps a pixel outside the axis to its first or last day', () => {
    expect(dayAtX(scale, -50)).toBe(0);
    expect(dayAtX(scale, scale.width + 500)).toBe(scale.days - 1);
  });

  it('draws an inclusive range one day wider than end minus start, and keeps tiny bars grabbable', () => {
    const weeks = timelineScale('2027-01-01', '2027-12-31', 'weeks');
    expect(spanGeometry(weeks, 0, 6)).toEqual({ left: 0, width: 63 });
    const quarters = timelineScale('2027-01-01', '2027-12-31', 'quarters');
    expect(spanGeometry(quarters, 10, 10).width).toBe(6);
  });

  it('renders a window of whole blocks around what is on screen', () => {
    const window = visibleDays(scale, 1000, 1200, 90);
    expect(window.from % 90).toBe(0);
    expect(window.from * scale.pxPerDay).toBeLessThanOrEqual(1000);
    expect(window.to * scale.pxPerDay).toBeGreaterThanOrEqual(2200);
    // Scrolling a little inside the same block does not move the window.
    expect(visibleDays(scale, 1010, 1200, 90)).toEqual(window);
  });
});

describe('the axis', () => {
  it('labels quarters under years at the quarter zoom', () => {
    const { major, minor } = axisTicks(timelineScale('2027-01-01', '2028-06-01', 'quarters'));
    expect(major.map((t) => t.label)).toEqual(['2027', '2028']);
    expect(minor.slice(0, 5).map((t) => t.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q1']);
    expect(minor[1].x).toBeCloseTo(90 * 1.25);
  });

  it('labels months under years at the month zoom', () => {
    const { minor } = axisTicks(timelineScale('2027-01-01', '2027-12-31', 'months'));
    expect(minor).toHaveLength(12);
    expect(minor[1]).toMatchObject({ label: 'Feb', title: 'February 2027' });
    expect(minor[1].width).toBeCloseTo(28 * 3.6);
  });

  it('labels Mondays under months at the week zoom, clipping the first week to the axis', () => {
    const { major, minor } = axisTicks(timelineScale('2027-01-01', '2027-12-31', 'weeks'));
    expect(major[0].label).toBe('Jan 2027');
    // 1 January 2027 is a Friday: the first week is clipped to Fri–Sun.
    expect(minor[0]).toMatchObject({ x: 0, width: 3 * 9 });
    expect(minor[1]).toMatchObject({ label: '4', x: 3 * 9 });
  });
});
