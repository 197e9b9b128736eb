import { describe, expect, it } from 'vitest';
import { Plan } from '../plan/schema';
import { AS_OF, assessed, hubOf, nameFromId, planWith, worked } from './plan-builder';

describe('planWith', () => {
  it('fills a valid plan from a few facts', () => {
    const plan = planWith({
      people: [{ id: 'ana-lima', experience: [worked('sales', '2020-01-01')], assessments: [assessed('innovation', 3, '2026-06-01')] }],
      rotations: [{ personId: 'ana-lima', hostId: hubOf('engineering'), start: '2027-01-01', end: '2027-06-30' }],
      roles: [{ id: 'head-of-delivery', successors: [{ personId: 'ana-lima' }] }],
    });
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(plan.organization.asOf).toBe(AS_OF);
    expect(plan.people[0]).toMatchObject({ name: 'Ana lima', track: 'braided', homeDomain: 'engineering' });
    expect(plan.rotations[0]).toMatchObject({ id: 'rot-1', status: 'planned' });
    expect(plan.roles[0].title).toBe('Head of delivery');
    expect(plan.roles[0].successors[0]).toEqual({ personId: 'ana-lima', readiness: 'ready-1-2-years', emergency: false });
    expect(plan.hosts.find((h) => h.id === 'sales-hub')).toMatchObject({ name: 'Sales hub', domain: 'sales', capacity: 2 });
  });

  it('refuses what the schema refuses', () => {
    expect(() => planWith({ people: [{ id: 'x', performance: 9 }] })).toThrow();
  });

  it('names from ids', () => {
    expect(nameFromId('head-of-delivery')).toBe('Head of delivery');
  });
});
