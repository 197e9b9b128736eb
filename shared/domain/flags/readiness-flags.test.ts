import { describe, expect, it } from 'vitest';
import { flagsOf } from '../testing/flag-helpers';
import { hubOf, planWith, worked, type RoleInput, type RotationInput } from '../testing/plan-builder';

// asOf 2027-01-01; ana has 6 back-side months of experience, no front-side time.
const ana = { id: 'ana', name: 'Ana Lima', homeDomain: 'engineering', experience: [worked('engineering', '2026-07-01', '2026-12-31')] };
const role = (readiness: 'ready-1-2-years' | 'ready-3-5-years', frontMonths: number): RoleInput => ({
  id: 'hod',
  title: 'Head of Delivery',
  requirements: { frontMonths, backMonths: 6 },
  successors: [{ personId: 'ana', readiness }],
});
const front = (start: string, end: string): RotationInput => ({ personId: 'ana', hostId: hubOf('sales'), start, end });

describe('readiness-understated', () => {
  it('is raised (info) for a successor at 100 % fit marked ready in 1–2 or 3–5 years', () => {
    for (const readiness of ['ready-1-2-years', 'ready-3-5-years'] as const) {
      const [flag] = flagsOf(planWith({ people: [ana], roles: [role(readiness, 0)] }), 'readiness-understated');
      expect(flag).toMatchObject({ severity: 'info', roleId: 'hod', personId: 'ana' });
      expect(flag.action).toMatch(/^Confirm Ana Lima as ready now/);
    }
  });

  it('is not raised below 100 % fit, nor for a ready-now successor', () => {
    expect(flagsOf(planWith({ people: [ana], roles: [role('ready-1-2-years', 3)] }), 'readiness-understated')).toEqual([]);
    const now = { ...role('ready-1-2-years', 0), successors: [{ personId: 'ana', readiness: 'ready-now' as const }] };
    expect(flagsOf(planWith({ people: [ana], roles: [now] }), 'readiness-understated')).toEqual([]);
  });
});

describe('readiness-out-of-reach', () => {
  it('is raised (warning) for ready in 1–2 years when no planned rotation gives the months', () => {
    const [flag] = flagsOf(planWith({ people: [ana], roles: [role('ready-1-2-years', 6)] }), 'readiness-out-of-reach');
    expect(flag).toMatchObject({ severity: 'warning', roleId: 'hod', personId: 'ana' });
    expect(flag.message).toContain('never give the time');
  });

  it('is not raised when readyBy is exactly addMonths(asOf, 24), and is raised a day later', () => {
    // 6 front months from 2028-07-01 end on 2028-12-31; asOf + 24 months is 2029-01-01.
    const onTime = planWith({ people: [ana], rotations: [front('2028-07-02', '2029-01-01')], roles: [role('ready-1-2-years', 6)] });
    expect(flagsOf(onTime, 'readiness-out-of-reach')).toEqual([]);
    const late = planWith({ people: [ana], rotations: [front('2028-07-03', '2029-01-02')], roles: [role('ready-1-2-years', 6)] });
    expect(flagsOf(late, 'readiness-out-of-reach')).toHaveLength(1);
  });

  it('gives ready in 3–5 years sixty months', () => {
    const plan = planWith({ people: [ana], rotations: [front('2029-01-01', '2029-06-30')], roles: [role('ready-3-5-years', 6)] });
    expect(flagsOf(plan, 'readiness-out-of-reach')).toEqual([]);
    const plan12 = planWith({ people: [ana], rotations: [front('2029-01-01', '2029-06-30')], roles: [role('ready-1-2-years', 6)] });
    expect(flagsOf(plan12, 'readiness-out-of-reach')[0].message).toContain('Jun 2029');
  });
});

describe('the action for a role without a ready-now successor', () => {
  it('confirms a closest successor at 100 % fit instead of developing them', () => {
    const [flag] = flagsOf(planWith({ people: [ana], roles: [role('ready-1-2-years', 0)] }), 'role-no-ready-successor');
    expect(flag.action).toBe('Confirm Ana Lima (fit 100%) as ready now in the talent review.');
    const [short] = flagsOf(planWith({ people: [ana], roles: [role('ready-1-2-years', 6)] }), 'role-no-ready-successor');
    expect(short.action).toMatch(/^Develop Ana Lima \(fit 50%\)/);
  });
});
