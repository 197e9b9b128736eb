import { describe, expect, it } from 'vitest';
import { DEFAULT_THREADS } from '../plan/defaults';
import { flagsOf } from '../testing/flag-helpers';
import { assessed, hubOf, planWith, worked, type PersonInput, type RotationInput } from '../testing/plan-builder';

describe('assessment-stale', () => {
  const allThreads = (date: string) => DEFAULT_THREADS.map((t) => assessed(t.id, 3, date));
  const successorPlan = (person: Omit<PersonInput, 'id'>, onSlate = true) =>
    planWith({ people: [{ id: 'ana', name: 'Ana Lima', ...person }], roles: [{ id: 'cso', successors: onSlate ? [{ personId: 'ana' }] : [] }] });

  it('does not call an assessment exactly 12 months old stale', () => {
    expect(flagsOf(successorPlan({ assessments: allThreads('2026-01-01') }), 'assessment-stale')).toEqual([]);
  });

  it('calls one a day older stale, naming the thread', () => {
    const assessments = [...allThreads('2026-06-01').slice(1), assessed('financial-acumen', 3, '2025-12-31')];
    const [flag] = flagsOf(successorPlan({ assessments }), 'assessment-stale');
    expect(flag).toMatchObject({ severity: 'info', personId: 'ana' });
    expect(flag.message).toContain('Financial Acumen');
    expect(flag.message).not.toContain('Innovation');
  });

  it('goes by the latest assessment of the thread', () => {
    const assessments = [...allThreads('2026-06-01'), assessed('innovation', 2, '2020-01-01')];
    expect(flagsOf(successorPlan({ assessments }), 'assessment-stale')).toEqual([]);
  });

  it('counts a thread never assessed', () => {
    const [flag] = flagsOf(successorPlan({ assessments: allThreads('2026-06-01').slice(0, 3) }), 'assessment-stale');
    expect(flag.message).toContain('Recovery & Growth has never been assessed');
  });

  it('is raised only for successors', () => {
    expect(flagsOf(successorPlan({ assessments: [] }, false), 'assessment-stale')).toEqual([]);
  });
});

describe('person-stagnant', () => {
  // Ana's home is engineering (back side); asOf 2027-01-01, so the window starts 2024-01-01.
  const plan = (person: Omit<PersonInput, 'id'> = {}, rotations: RotationInput[] = []) =>
    planWith({ people: [{ id: 'ana', name: 'Ana Lima', ...person }], rotations });

  it('is info for a braided-track person with no time on the other side', () => {
    const [flag] = flagsOf(plan({ experience: [worked('engineering', '2015-01-01', null)] }), 'person-stagnant');
    expect(flag).toMatchObject({ severity: 'info', personId: 'ana' });
    expect(flag.message).toContain('Ana Lima');
    expect(flag.message).toContain('front side');
    expect(flag.action).toContain('front-side rotation');
  });

  it('is not raised for the linear track', () => {
    expect(flagsOf(plan({ track: 'linear' }), 'person-stagnant')).toEqual([]);
  });

  it('counts front-side experience that reaches into the last 36 months, to the day', () => {
    expect(flagsOf(plan({ experience: [worked('sales', '2020-01-01', '2024-01-01')] }), 'person-stagnant')).toEqual([]);
    expect(flagsOf(plan({ experience: [worked('sales', '2020-01-01', '2023-12-31')] }), 'person-stagnant')).toHaveLength(1);
  });

  it('counts an ongoing front-side experience entry', () => {
    expect(flagsOf(plan({ experience: [worked('consulting', '2010-01-01', null)] }), 'person-stagnant')).toEqual([]);
  });

  it('is not raised with a front-side rotation planned or active, but a cancelled one does not help', () => {
    const rotation = (status: RotationInput['status']): RotationInput => ({ personId: 'ana', hostId: hubOf('sales'), start: '2028-01-01', end: '2028-06-30', status });
    expect(flagsOf(plan({}, [rotation('planned')]), 'person-stagnant')).toEqual([]);
    expect(flagsOf(plan({}, [rotation('active')]), 'person-stagnant')).toEqual([]);
    expect(flagsOf(plan({}, [rotation('cancelled')]), 'person-stagnant')).toHaveLength(1);
  });

  it('counts a completed front-side rotation within the window, not one before it', () => {
    const completed = (start: string, end: string): RotationInput => ({ personId: 'ana', hostId: hubOf('sales'), start, end, status: 'completed' });
    expect(flagsOf(plan({}, [completed('2024-01-01', '2024-06-30')]), 'person-stagnant')).toEqual([]);
    expect(flagsOf(plan({}, [completed('2023-01-01', '2023-06-30')]), 'person-stagnant')).toHaveLength(1);
  });

  it('does not count time on the home side', () => {
    expect(flagsOf(plan({}, [{ personId: 'ana', hostId: hubOf('data'), start: '2027-01-01', end: '2027-06-30' }]), 'person-stagnant')).toHaveLength(1);
  });
});
