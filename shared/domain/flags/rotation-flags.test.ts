import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analysis';
import { flagsOf } from '../testing/flag-helpers';
import { hubOf, planWith, type RotationInput } from '../testing/plan-builder';

const sales = hubOf('sales');
const data = hubOf('data');
const on = (personId: string, hostId: string, start: string, end: string, extra: Partial<RotationInput> = {}): RotationInput => ({
  personId,
  hostId,
  start,
  end,
  ...extra,
});

describe('rotation-overlap', () => {
  it('is critical for two rotations of one person sharing a single day, naming person and hosts', () => {
    const plan = planWith({
      people: [{ id: 'ana', name: 'Ana Lima' }],
      rotations: [on('ana', sales, '2027-01-01', '2027-06-30'), on('ana', data, '2027-06-30', '2027-12-31')],
    });
    const [flag, ...more] = flagsOf(plan, 'rotation-overlap');
    expect(more).toEqual([]);
    expect(flag).toMatchObject({ severity: 'critical', personId: 'ana', rotationIds: ['rot-1', 'rot-2'] });
    expect(flag.message).toContain('Ana Lima');
    expect(flag.message).toContain('Sales hub');
    expect(flag.message).toContain('Data & Analytics hub');
    expect(flag.message).toContain('on 2027-06-30');
  });

  it('is not raised for back-to-back rotations', () => {
    const plan = planWith({ people: [{ id: 'ana' }], rotations: [on('ana', sales, '2027-01-01', '2027-06-30'), on('ana', data, '2027-07-01', '2027-12-31')] });
    expect(flagsOf(plan, 'rotation-overlap')).toEqual([]);
  });

  it('ignores cancelled rotations and other people', () => {
    const plan = planWith({
      people: [{ id: 'ana' }, { id: 'ben' }],
      rotations: [
        on('ana', sales, '2027-01-01', '2027-06-30'),
        on('ana', data, '2027-03-01', '2027-04-30', { status: 'cancelled' }),
        on('ben', data, '2027-03-01', '2027-04-30'),
      ],
    });
    expect(flagsOf(plan, 'rotation-overlap')).toEqual([]);
  });

  it('raises one flag per overlapping pair, whatever the order in the plan', () => {
    const plan = planWith({
      people: [{ id: 'ana' }],
      rotations: [
        on('ana', sales, '2027-03-01', '2027-09-30'),
        on('ana', data, '2027-01-01', '2027-12-31'),
        on('ana', sales, '2027-05-01', '2027-05-31'),
        on('ana', data, '2028-01-01', '2028-03-31'),
      ],
    });
    expect(flagsOf(plan, 'rotation-overlap').map((f) => f.rotationIds)).toEqual([
      ['rot-2', 'rot-1'],
      ['rot-2', 'rot-3'],
      ['rot-1', 'rot-3'],
    ]);
  });

  it('ignores an archived person entirely', () => {
    const plan = planWith({
      people: [{ id: 'ana', archived: true }],
      rotations: [on('ana', sales, '2027-01-01', '2027-06-30'), on('ana', data, '2027-03-01', '2027-12-31')],
    });
    expect(analyzePlan(plan).flags).toEqual([]);
  });
});

describe('rotation-over-capacity', () => {
  const people = ['ana', 'ben', 'cleo', 'dev'].map((id) => ({ id, name: id.toUpperCase() }));
  const tight = (rotations: RotationInput[]) => planWith({ people, hosts: [{ id: 'lab', name: 'Innovation Lab', domain: 'engineering', capacity: 1 }], rotations });

  it('is one critical flag per maximal run of days over capacity, with its first and last day', () => {
    const plan = tight([on('ana', 'lab', '2027-01-01', '2027-03-31'), on('ben', 'lab', '2027-03-15', '2027-06-30'), on('cleo', 'lab', '2027-03-20', '2027-04-10')]);
    const [flag, ...more] = flagsOf(plan, 'rotation-over-capacity');
    expect(more).toEqual([]);
    expect(flag).toMatchObject({ severity: 'critical', hostId: 'lab', from: '2027-03-15', to: '2027-04-10', rotationIds: ['rot-1', 'rot-2', 'rot-3'] });
    expect(flag.message).toContain('Innovation Lab');
    expect(flag.message).toContain('3 rotations');
    expect(flag.message).toContain('capacity of 1');
    expect(flag.message).toContain('ANA');
  });

  it('raises separate flags for separate runs, naming only the rotations of each', () => {
    const plan = tight([
      on('ana', 'lab', '2027-01-01', '2027-12-31'),
      on('ben', 'lab', '2027-02-01', '2027-02-28'),
      on('cleo', 'lab', '2027-06-30', '2027-06-30'),
    ]);
    expect(flagsOf(plan, 'rotation-over-capacity').map((f) => [f.from, f.to, f.rotationIds])).toEqual([
      ['2027-02-01', '2027-02-28', ['rot-1', 'rot-2']],
      ['2027-06-30', '2027-06-30', ['rot-1', 'rot-3']],
    ]);
  });

  it('is not raised at exactly the capacity, back to back, or for cancelled rotations', () => {
    expect(flagsOf(tight([on('ana', 'lab', '2027-01-01', '2027-03-31'), on('ben', 'lab', '2027-04-01', '2027-06-30')]), 'rotation-over-capacity')).toEqual([]);
    const cancelled = tight([on('ana', 'lab', '2027-01-01', '2027-03-31'), on('ben', 'lab', '2027-02-01', '2027-06-30', { status: 'cancelled' })]);
    expect(flagsOf(cancelled, 'rotation-over-capacity')).toEqual([]);
    const roomy = planWith({ people, rotations: [on('ana', sales, '2027-01-01', '2027-03-31'), on('ben', sales, '2027-01-01', '2027-03-31')] });
    expect(flagsOf(roomy, 'rotation-over-capacity')).toEqual([]);
  });

  it('links the flag to the host, its rotations and their people', () => {
    const analysis = analyzePlan(tight([on('ana', 'lab', '2027-01-01', '2027-03-31'), on('ben', 'lab', '2027-03-01', '2027-06-30')]));
    const [flag] = analysis.flags.filter((f) => f.code === 'rotation-over-capacity');
    expect(analysis.flagsByHost.get('lab')).toEqual([flag.id]);
    expect(analysis.flagsByRotation.get('rot-2')).toContain(flag.id);
    expect(analysis.people.get('ben')!.flagIds).toContain(flag.id);
  });
});

describe('rotation-duration', () => {
  const plan = (start: string, end: string, status: RotationInput['status'] = 'planned') =>
    planWith({ people: [{ id: 'ana', name: 'Ana Lima' }], rotations: [on('ana', sales, start, end, { status })] });

  it('does not call a 3-month rotation short', () => {
    expect(flagsOf(plan('2027-01-01', '2027-03-31'), 'rotation-duration')).toEqual([]);
  });

  it('calls a rotation a day shorter than 3 months short', () => {
    const [flag] = flagsOf(plan('2027-01-01', '2027-03-30'), 'rotation-duration');
    expect(flag).toMatchObject({ severity: 'warning', personId: 'ana', rotationIds: ['rot-1'] });
    expect(flag.message).toContain('shorter than the minimum of 3 months');
  });

  it('does not call 12 months long, but 12 months and a day', () => {
    expect(flagsOf(plan('2027-01-01', '2027-12-31'), 'rotation-duration')).toEqual([]);
    expect(flagsOf(plan('2027-01-01', '2028-01-01'), 'rotation-duration')[0].message).toContain('longer than the maximum of 12 months');
  });

  it('checks active rotations, not completed ones', () => {
    expect(flagsOf(plan('2026-12-01', '2027-01-15', 'active'), 'rotation-duration')).toHaveLength(1);
    expect(flagsOf(plan('2026-01-01', '2026-01-15', 'completed'), 'rotation-duration')).toEqual([]);
  });
});

describe('rotation-linear-track', () => {
  const plan = (track: 'linear' | 'braided', status: RotationInput['status']) =>
    planWith({ people: [{ id: 'ana', track }], rotations: [on('ana', sales, '2026-10-01', '2027-03-31', { status })] });

  it('is a warning for a planned or active rotation of a linear-track person', () => {
    expect(flagsOf(plan('linear', 'planned'), 'rotation-linear-track')[0]).toMatchObject({ severity: 'warning', rotationIds: ['rot-1'] });
    expect(flagsOf(plan('linear', 'active'), 'rotation-linear-track')).toHaveLength(1);
  });

  it('is not raised for completed or cancelled rotations, nor on the braided track', () => {
    expect(flagsOf(plan('linear', 'completed'), 'rotation-linear-track')).toEqual([]);
    expect(flagsOf(plan('linear', 'cancelled'), 'rotation-linear-track')).toEqual([]);
    expect(flagsOf(plan('braided', 'planned'), 'rotation-linear-track')).toEqual([]);
  });
});

describe('rotation-late-for-vacancy', () => {
  const plan = (end: string, status: RotationInput['status'] = 'planned', successor = true) =>
    planWith({
      people: [{ id: 'ana', name: 'Ana Lima' }],
      rotations: [on('ana', sales, '2027-01-01', end, { status })],
      roles: [{ id: 'cso', title: 'Chief Service Officer', expectedVacancy: '2027-06-30', successors: successor ? [{ personId: 'ana' }] : [] }],
    });

  it('is not raised for a rotation ending on the vacancy day', () => {
    expect(flagsOf(plan('2027-06-30'), 'rotation-late-for-vacancy')).toEqual([]);
  });

  it('is a warning for a planned rotation of a successor ending after it', () => {
    const [flag] = flagsOf(plan('2027-07-01'), 'rotation-late-for-vacancy');
    expect(flag).toMatchObject({ severity: 'warning', roleId: 'cso', personId: 'ana', rotationIds: ['rot-1'] });
    expect(flag.message).toContain('Chief Service Officer');
    expect(flag.message).toContain('Ana Lima');
  });

  it('is not raised for someone off the slate, nor for active rotations', () => {
    expect(flagsOf(plan('2027-07-01', 'planned', false), 'rotation-late-for-vacancy')).toEqual([]);
    expect(flagsOf(plan('2027-07-01', 'active'), 'rotation-late-for-vacancy')).toEqual([]);
  });
});
