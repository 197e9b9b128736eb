import { describe, expect, it } from 'vitest';
import { planWith } from '../domain/testing/plan-builder';
import { exportTables } from '../export';
import { decideImport, planImport } from './plan-import';
import { tableFromRecords, type Cell } from './table';

const plan = planWith({
  people: [{ id: 'E1', name: 'Ana Ruiz' }, { id: 'E2', name: 'Ben Okafor' }],
  roles: [{ id: 'cso', title: 'Chief Service Officer' }],
  actions: [{ personId: 'E1', title: 'Finance for leaders', threads: ['financial-acumen'], start: '2027-02-01', end: '2027-04-30' }],
});
const table = (...lines: Cell[][]) => tableFromRecords(lines);
const HEADER = ['Employee ID', 'Action Type', 'Title', 'Competencies', 'Start Date', 'End Date', 'Status', 'Mentor ID', 'Acting Role', 'Cost'];

describe('importing development actions', () => {
  it('guesses the columns, adds actions to people of the plan and reads kinds, threads and roles by their names', () => {
    const planning = planImport(
      plan,
      table(
        HEADER,
        ['E2', 'Coaching', 'Executive coaching', 'Recovery & Growth; customer success', '2027-01-01', '2027-06-30', 'active', 'E1', '', '4500'],
        ['E1', 'acting role', 'Acting CSO', 'Financial Acumen', '2027-07-01', '2027-09-30', '', '', 'Chief Service Officer', ''],
      ),
      null,
      'actions',
    );
    expect(planning.mapping.target).toBe('actions');
    expect(planning.mapping.columns).toMatchObject({ personId: 'Employee ID', kind: 'Action Type', title: 'Title', threads: 'Competencies', start: 'Start Date', end: 'End Date', ownerId: 'Mentor ID', role: 'Acting Role', cost: 'Cost' });
    const { outcome } = planning;
    expect(outcome.problems).toEqual([]);
    expect(outcome.refusals).toEqual([]);
    expect(outcome.counts).toMatchObject({ actionsAdded: 2, updates: 2, refused: 0 });
    expect(outcome.updates.map((u) => `${u.name}: ${u.changes.join('')}`)).toEqual([
      'Ben Okafor: adds coaching “Executive coaching” (2027-01-01 – 2027-06-30)',
      'Ana Ruiz: adds acting role “Acting CSO” (2027-07-01 – 2027-09-30)',
    ]);
    expect(outcome.next.actions!.slice(1)).toEqual([
      { id: 'act-2', personId: 'E2', kind: 'coaching', title: 'Executive coaching', threads: ['recovery-growth', 'customer-success'], start: '2027-01-01', end: '2027-06-30', status: 'active', cost: 4500, ownerId: 'E1', evidenceDue: null },
      { id: 'act-3', personId: 'E1', kind: 'acting-role', roleId: 'cso', title: 'Acting CSO', threads: ['financial-acumen'], start: '2027-07-01', end: '2027-09-30', status: 'planned', cost: null, ownerId: null, evidenceDue: null },
    ]);
    expect(decideImport(planning).ok).toBe(true);
  });

  it('refuses a bad row naming its row, column and value, and imports nothing unless told to skip it', () => {
    const planning = planImport(
      plan,
      table(
        HEADER,
        ['E2', 'Course', 'Cloud costs', 'Innovation', '2027-01-01', '2027-03-31', '', '', '', ''],
        ['E2', 'Webinar', 'Sales talk', 'Charisma', '2027-05-01', '2027-04-01', '', 'E2', '', 'lots'],
        ['E9', 'Course', 'Someone else', 'Innovation', '2027-01-01', '2027-03-31', '', '', '', ''],
        ['E1', 'Acting role', 'Acting head', 'Innovation', '2027-01-01', '2027-03-31', '', '', '', ''],
      ),
      null,
      'actions',
    );
    const lines = planning.outcome.refusals.map((r) => `row ${r.row}, ${r.column} "${r.value}": ${r.reason}`);
    expect(lines).toEqual([
      'row 3, Action Type "Webinar": is not a kind of development action: course, mentoring, coaching, stretch assignment, acting role, project, other action',
      'row 3, Competencies "Charisma": is not a thread of this plan’s framework',
      'row 3, End Date "2027-04-01": is before the start 2027-05-01',
      'row 3, Mentor ID "E2": is the person themselves: the owner is their mentor, coach or sponsor',
      'row 3, Cost "lots": is not an amount of 0 or more (digits, a dot for decimals)',
      'row 4, Employee ID "E9": is not a person of the plan: import the people first',
      'row 5, Acting Role "": is empty: an acting role names the role whose seat is held',
    ]);
    const strict = decideImport(planning);
    expect(strict).toMatchObject({ ok: false, message: '3 rows were refused, so nothing was imported. Fix the file or the mapping, or skip the refused rows.' });
    const skipped = decideImport(planning, { skipInvalid: true });
    expect(skipped.ok && skipped.plan.actions!.map((a) => a.title)).toEqual(['Finance for leaders', 'Cloud costs']);
  });

  it('reads its own export back as the same actions, and a second import of a file adds nothing', () => {
    const [sheet] = exportTables(plan, ['actions']);
    const exported = table(sheet.columns.map((c) => c.header), ...sheet.rows);
    const again = planImport(plan, exported, null, 'actions');
    expect(again.outcome.refusals).toEqual([]);
    expect(again.outcome.counts).toMatchObject({ unchanged: 1, updates: 0, actionsAdded: 0 });
    const noId = planImport(plan, table(HEADER, ['E1', 'Course', 'Finance for leaders', 'Financial Acumen', '2027-02-01', '2027-04-30', '', '', '', '']), null, 'actions');
    expect(noId.outcome.counts).toMatchObject({ unchanged: 1, actionsAdded: 0 });
  });
});
