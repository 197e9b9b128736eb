import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analysis';
import { hubOf, planWith, worked } from '../testing/plan-builder';
import { domainTableOf, experienceMonths, exposureOf, monthsUpTo } from '.';
import { DEFAULT_DOMAINS } from '../plan/defaults';

const table = domainTableOf(DEFAULT_DOMAINS);
const asOf = '2027-01-01';
const rotationAt = (domainId: string, start: string, end: string, status: 'planned' | 'active' | 'completed' | 'cancelled') => ({
  rotation: { start, end, status },
  domainId,
});

describe('exposure', () => {
  it('runs an ongoing experience entry to asOf, inclusive', () => {
    expect(experienceMonths(worked('sales', '2026-07-01', null), '2026-12-31')).toBe(6);
    const { current } = exposureOf({ experience: [worked('sales', '2026-07-01', null)] }, [], table, '2026-12-31');
    expect(current.byDomain.sales).toBe(6);
    expect(current.front).toBe(6);
    expect(current.back).toBe(0);
  });

  it('counts a closed experience entry in full, and cuts one that ends after asOf', () => {
    expect(experienceMonths(worked('data', '2024-01-01', '2024-12-31'), asOf)).toBe(12);
    expect(experienceMonths(worked('data', '2026-07-01', '2027-12-31'), '2026-12-31')).toBe(6);
    expect(experienceMonths(worked('data', '2027-02-01', null), asOf)).toBe(0);
  });

  it('counts completed rotations in full and active ones up to asOf', () => {
    const { current, projected } = exposureOf(
      { experience: [] },
      [rotationAt('sales', '2026-01-01', '2026-03-31', 'completed'), rotationAt('data', '2026-10-01', '2027-03-31', 'active')],
      table,
      '2026-12-31',
    );
    expect(current.byDomain.sales).toBe(3);
    expect(current.byDomain.data).toBe(3);
    expect(current.front).toBe(3);
    expect(current.back).toBe(3);
    expect(projected.byDomain.data).toBe(6);
  });

  it('counts planned rotations only in the projection, and cancelled ones nowhere', () => {
    const { current, projected } = exposureOf(
      { experience: [] },
      [rotationAt('sales', '2027-01-01', '2027-06-30', 'planned'), rotationAt('consulting', '2026-01-01', '2026-06-30', 'cancelled')],
      table,
      asOf,
    );
    expect(current.front).toBe(0);
    expect(projected.front).toBe(6);
    expect(projected.byDomain.consulting ?? 0).toBe(0);
  });

  it('shares the projection with the current exposure when nothing is still to run', () => {
    const both = exposureOf({ experience: [worked('sales', '2020-01-01', '2020-12-31')] }, [], table, asOf);
    expect(both.projected).toBe(both.current);
  });

  it('keeps a domain outside the framework by id but on no side', () => {
    const { current } = exposureOf({ experience: [worked('legal', '2026-01-01', '2026-12-31')] }, [], table, asOf);
    expect(current.byDomain.legal).toBe(12);
    expect(current.front + current.back).toBe(0);
  });

  it('cuts a range at a day', () => {
    expect(monthsUpTo('2027-01-01', '2027-12-31', '2027-03-31')).toBe(3);
    expect(monthsUpTo('2027-05-01', '2027-12-31', '2027-03-31')).toBe(0);
  });

  it('reaches the analysis through the host of each rotation, ignoring cancelled ones', () => {
    const plan = planWith({
      asOf: '2027-06-30',
      people: [{ id: 'ana' }],
      rotations: [
        { personId: 'ana', hostId: hubOf('sales'), start: '2027-01-01', end: '2027-03-31', status: 'completed' },
        { personId: 'ana', hostId: hubOf('consulting'), start: '2027-04-01', end: '2027-06-30', status: 'cancelled' },
      ],
    });
    const ana = analyzePlan(plan).people.get('ana')!;
    expect(ana.current.front).toBe(3);
    expect(ana.current.byDomain.consulting ?? 0).toBe(0);
  });
});
