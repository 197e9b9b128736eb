import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../domain/analysis';
import { assessed, planWith, successor, worked } from '../domain/testing/plan-builder';
import { exportTables, neutraliseFormula } from './index';

describe('neutraliseFormula', () => {
  it('quotes text a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x.example","click")')).toBe('\'=HYPERLINK("http://x.example","click")');
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Zoë Łukasiewicz')).toBe('Zoë Łukasiewicz');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });
});

const plan = planWith({
  people: [
    { id: 'p1', name: '=HYPERLINK("http://x.example","click")', title: '@SUM(A1)', homeDomain: 'sales', performance: 4, potential: 'high', experience: [worked('sales', '2020-01-01')], assessments: [assessed('innovation', 3, '2026-06-01')] },
    { id: 'p2', name: 'Ben', title: '-Interim', homeDomain: 'engineering', managerId: 'p1' },
  ],
  rotations: [{ personId: 'p2', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
  roles: [{ id: 'cso', title: '+Chief Service Officer', domains: ['sales', 'engineering'], successors: [successor('p1', 'ready-now'), successor('p2')] }],
});

describe('exportTables', () => {
  const tables = exportTables(plan);
  const byName = Object.fromEntries(tables.map((t) => [t.name, t]));
  const column = (table: string, header: string) => byName[table].rows.map((row) => row[byName[table].columns.findIndex((c) => c.header === header)]);

  it('neutralises every text cell of every table, and no number', () => {
    expect(column('people', 'Name')).toEqual(['\'=HYPERLINK("http://x.example","click")', 'Ben']);
    expect(column('people', 'Title')).toEqual(["'@SUM(A1)", "'-Interim"]);
    expect(column('people', 'Manager')).toEqual([null, '\'=HYPERLINK("http://x.example","click")']);
    expect(column('roles', 'Role')).toEqual(["'+Chief Service Officer", "'+Chief Service Officer"]);
    for (const table of tables) {
      for (const row of table.rows) for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('gives people their braid index, exposure, 9-box cell and flag count', () => {
    const analysis = analyzePlan(plan);
    const p1 = analysis.people.get('p1')!;
    const row = byName.people.rows[0];
    const at = (header: string) => row[byName.people.columns.findIndex((c) => c.header === header)];
    expect(at('Braid index')).toBe(p1.braidIndex);
    expect(at('Front months')).toBe(Math.round(p1.current.front * 10) / 10);
    expect(at('9-box cell')).toBe('High performance, high potential');
    expect(at('Flags')).toBe(p1.flagIds.length);
    expect(at('Home domain')).toBe('Sales');
  });

  it('lists roles with one row per successor, their readiness and fit', () => {
    expect(column('roles', 'Successor id')).toEqual(['p1', 'p2']);
    expect(column('roles', 'Readiness')).toEqual(['Ready now', 'Ready in 1–2 years']);
    expect(column('roles', 'Fit %').every((n) => typeof n === 'number')).toBe(true);
  });

  it('exports assessments, rotations and flags', () => {
    expect(byName.assessments.rows).toEqual([['p1', '\'=HYPERLINK("http://x.example","click")', 'Innovation for Streamlined Operations', 3, 'Proficient', '2026-06-01', 'manager', null]]);
    expect(column('rotations', 'Months')).toEqual([6]);
    expect(byName.flags.rows.length).toBe(analyzePlan(plan).flags.length);
  });
});

describe('the development actions table', () => {
  it('has one row per action with the headers the actions import reads, threads by name, acting role by title', () => {
    const withActions = planWith({
      people: [{ id: 'p1', name: 'Ana' }, { id: 'p2', name: 'Ben' }],
      roles: [{ id: 'cso', title: 'Chief Service Officer' }],
      actions: [
        { personId: 'p1', title: '=cmd', threads: ['financial-acumen', 'innovation'], start: '2027-02-01', end: '2027-04-30', ownerId: 'p2', cost: 1200, note: 'Evening classes' },
        { personId: 'p2', kind: 'acting-role', roleId: 'cso', title: 'Acting CSO', threads: ['customer-success'], start: '2026-07-01', end: '2026-09-30', status: 'cancelled', evidenceDue: '2026-10-31' },
      ],
    });
    const [actions] = exportTables(withActions, ['actions']);
    expect(actions.title).toBe('Development actions');
    expect(actions.columns.map((c) => c.header)).toEqual([
      'Action id', 'Employee id', 'Name', 'Kind', 'Title', 'Threads', 'Start', 'End', 'Evidence due', 'Status', 'Owner id', 'Owner', 'Acting role', 'Cost', 'Note',
    ]);
    expect(actions.rows).toEqual([
      ['act-1', 'p1', 'Ana', 'Course', "'=cmd", 'Financial Acumen; Innovation for Streamlined Operations', '2027-02-01', '2027-04-30', null, 'planned', 'p2', 'Ben', null, 1200, 'Evening classes'],
      ['act-2', 'p2', 'Ben', 'Acting role', 'Acting CSO', 'Customer Success for Value Delivery', '2026-07-01', '2026-09-30', '2026-10-31', 'cancelled', null, null, 'Chief Service Officer', null, null],
    ]);
  });
});

describe('the programme cost table', () => {
  it('has the cost view’s figures: years then quarters, in the plan’s currency, against the budget', async () => {
    const { whatIfPlan } = await import('../../tests/helpers/whatif-fixture');
    const [cost] = exportTables(whatIfPlan(), ['cost']);
    expect(cost.columns.map((c) => c.header)).toEqual([
      'Period', 'Kind', 'Spend (EUR)', 'Budget (EUR)', 'Over budget (EUR)', 'Front side (EUR)', 'Back side (EUR)',
      'Delivery & Project Management (EUR)', 'Infrastructure & Cloud (EUR)',
    ]);
    expect(cost.rows.map((r) => `${r[0]} ${r[1]}`).slice(0, 4)).toEqual(['2026 year', '2027 year', '2028 year', '2026-Q4 quarter']);
    expect(cost.rows[0][2]).toBe(Math.round(((36000 * 61) / 181) * 100) / 100);
    expect(cost.rows[1][3]).toBe(60000);
    expect(cost.rows[1][4]).toBeGreaterThan(0);
  });
});
