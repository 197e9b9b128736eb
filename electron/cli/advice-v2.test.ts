import { describe, expect, it } from 'vitest';
import { braid, fixture } from './testing/fake-io';

/**
 * tests/fixtures/advice-v2.braid.json is built by hand so that each rule of DOMAIN §8 fires once
 * (or not) for a reason one can check on paper; asOf 2027-01-01, budget 100 000 EUR a year.
 */
const PLAN = fixture('advice-v2.braid.json');

interface JsonFlag {
  code: string;
  severity: string;
  roleId?: string;
  personId?: string;
  rotationIds?: string[];
  year?: number;
}

async function check() {
  const run = await braid(['check', PLAN, '--json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { metrics: Record<string, number>; flags: JsonFlag[]; slates: Record<string, unknown>[] };
}
const subjects = (flags: JsonFlag[], code: string) =>
  flags.filter((f) => f.code === code).map(({ severity, roleId, personId, rotationIds, year }) => ({ severity, roleId, personId, rotationIds, year }));

describe('DOMAIN §8 on a hand-built version 2 plan', () => {
  it('counts net ready-now coverage: one person ready now for two roles covers one of them', async () => {
    const { metrics } = await check();
    expect(metrics.readyNowCoverage).toBeCloseTo(2 / 3);
    expect(metrics.netReadyNowCoverage).toBeCloseTo(1 / 3);
  });

  it('gives every slate entry its exposureReadyBy, readyBy and inTime', async () => {
    const { slates } = await check();
    expect(slates).toEqual([
      // Tereza has no back-side time and no rotation planned; Lê Thu Hà has both sides now.
      { roleId: 'R1', personId: 'A1', readiness: 'ready-1-2-years', fit: 0.5, exposureReadyBy: null, readyBy: null, inTime: false },
      { roleId: 'R1', personId: 'A2', readiness: 'ready-1-2-years', fit: 1, exposureReadyBy: '2027-01-01', readyBy: '2027-01-01', inTime: true },
      { roleId: 'R2', personId: 'A2', readiness: 'ready-now', fit: 1, exposureReadyBy: '2027-01-01', readyBy: '2027-01-01', inTime: null },
      // Ben's six front-side months end on the last day of his planned rotation.
      { roleId: 'R2', personId: 'A3', readiness: 'ready-1-2-years', fit: 0.5, exposureReadyBy: '2027-07-31', readyBy: '2027-07-31', inTime: null },
      { roleId: 'R3', personId: 'A2', readiness: 'ready-now', fit: 1, exposureReadyBy: '2027-01-01', readyBy: '2027-01-01', inTime: null },
      { roleId: 'R3', personId: 'A1', readiness: 'ready-3-5-years', fit: 1, exposureReadyBy: '2027-01-01', readyBy: '2027-01-01', inTime: null },
    ]);
  });

  it('raises each of the six new flags exactly where §8.4 says', async () => {
    const { flags } = await check();
    expect(subjects(flags, 'readiness-understated')).toEqual([
      { severity: 'info', roleId: 'R1', personId: 'A2' },
      { severity: 'info', roleId: 'R3', personId: 'A1' },
    ]);
    expect(subjects(flags, 'readiness-out-of-reach')).toEqual([{ severity: 'warning', roleId: 'R1', personId: 'A1' }]);
    // Ben manages Cy; Olu's rotation names a backfill; Lê Thu Hà and Cy manage no one and hold no role.
    expect(subjects(flags, 'rotation-no-backfill')).toEqual([{ severity: 'warning', personId: 'A3', rotationIds: ['T1'] }]);
    expect(subjects(flags, 'backfill-conflict')).toEqual([{ severity: 'critical', personId: 'A2', rotationIds: ['T2', 'T3'] }]);
    // 2027: 30 000 + 80 000 + 31 days of T4's 183 (3 100) = 113 100; 2028 gets the other 15 200.
    expect(subjects(flags, 'programme-over-budget')).toEqual([{ severity: 'warning', year: 2027 }]);
    // R1 was reviewed exactly six months ago (not overdue), R3 a day earlier, R2 never.
    expect(subjects(flags, 'role-review-overdue')).toEqual([
      { severity: 'info', roleId: 'R2' },
      { severity: 'info', roleId: 'R3' },
    ]);
  });

  it('never tells a successor at 100 % fit to develop: the action is to confirm them', async () => {
    const { flags } = await check();
    const noReady = flags.find((f) => f.code === 'role-no-ready-successor') as JsonFlag & { action: string };
    expect(noReady.action).toBe('Confirm Lê Thu Hà (fit 100%) as ready now in the talent review.');
  });

  it('proposes a path for Tereza that says in one sentence it cannot be in time, and who meets the side months now', async () => {
    const run = await braid(['suggest', PLAN, '--person', 'A1', '--role', 'R1', '--json']);
    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({ personId: 'A1', roleId: 'R1', inTime: false, alternatives: ['A2'] });
    expect(answer.reason).toBe(
      'Tereza Černá cannot be ready for Chief Service Officer by its expected vacancy on 2027-04-30: even the quickest path leaves 14 months of back-side exposure missing by then.',
    );
    expect(answer.path.map((s: { start: string; end: string; endsAfterVacancy: boolean }) => [s.start, s.end, s.endsAfterVacancy])).toEqual([
      ['2027-01-01', '2027-12-31', true],
      ['2028-01-01', '2028-06-30', true],
    ]);
    expect(answer.path[0].narrows).toEqual(['Back-side exposure: 12 of 18 months, 6 months left']);
    expect(answer.path[1].closes).toEqual(['Back-side exposure reaches 18 months']);
    expect(answer.readyBy).toBe('2028-06-30');
  });
});
