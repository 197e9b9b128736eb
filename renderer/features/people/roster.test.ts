import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { assessed, planWith, successor, worked } from '../../../shared/domain/testing/plan-builder';
import { filterRoster, NO_FILTER, rosterRowsOf, sortRoster, type RosterRow } from './roster';

function roster() {
  const plan = planWith({
    people: [
      { id: 'P1', name: 'Zoë Łukasiewicz', title: 'Head of Delivery', homeDomain: 'delivery', performance: 5, potential: 'high', experience: [worked('delivery', '2015-01-01')] },
      { id: 'P2', name: 'Ana Silva', title: 'Engineering Manager', homeDomain: 'engineering', track: 'linear', performance: 3, potential: 'medium', experience: [worked('engineering', '2020-01-01')] },
      { id: 'P3', name: '王芳', title: 'Security Architect', homeDomain: 'security', experience: [worked('security', '2024-01-01'), worked('sales', '2019-01-01', '2021-12-31')] },
      { id: 'P4', name: 'Bo Archived', title: 'Former Director', homeDomain: 'sales', archived: true },
    ],
    roles: [{ id: 'cso', successors: [successor('P2', 'ready-now')], requirements: { threads: { 'financial-acumen': 3 } } }],
  });
  // P2 is ready-now for a role whose thread requirement they do not meet: a successor-not-ready flag.
  plan.people[1].assessments.push(assessed('financial-acumen', 1, '2026-06-01'));
  return rosterRowsOf(plan, analyzePlan(plan));
}
const names = (rows: RosterRow[]) => rows.map((r) => r.name);

describe('rosterRowsOf', () => {
  it('fills each column from the plan and its analysis', () => {
    const [zoe, ana, wang, archived] = roster();
    expect(zoe).toMatchObject({ domainName: 'Delivery & Project Management', side: 'front', nineBox: 'high-high', track: 'braided' });
    expect(zoe.front).toBeCloseTo(144, 0);
    expect(wang.back).toBeCloseTo(36, 0);
    expect(wang.front).toBeCloseTo(36, 0);
    expect(ana.flagCodes).toContain('successor-not-ready');
    expect(ana.flagCount).toBeGreaterThan(0);
    expect(archived).toMatchObject({ archived: true, braidIndex: null, flagCount: 0 });
  });
});

describe('filterRoster', () => {
  const rows = roster();

  it('hides archived people unless asked to show them', () => {
    expect(names(filterRoster(rows, NO_FILTER))).not.toContain('Bo Archived');
    expect(names(filterRoster(rows, { ...NO_FILTER, showArchived: true }))).toContain('Bo Archived');
  });

  it('matches every typed word in name, title or id, ignoring case and accents', () => {
    expect(names(filterRoster(rows, { ...NO_FILTER, text: 'zoe' }))).toEqual(['Zoë Łukasiewicz']);
    // Ł does not decompose: the roster folds it as Ctrl+K and the import do (shared/domain/text/fold.ts).
    expect(names(filterRoster(rows, { ...NO_FILTER, text: 'lukasiewicz' }))).toEqual(['Zoë Łukasiewicz']);
    expect(names(filterRoster(rows, { ...NO_FILTER, text: 'HEAD deliv' }))).toEqual(['Zoë Łukasiewicz']);
    expect(names(filterRoster(rows, { ...NO_FILTER, text: '王' }))).toEqual(['王芳']);
    expect(names(filterRoster(rows, { ...NO_FILTER, text: 'p2' }))).toEqual(['Ana Silva']);
    expect(filterRoster(rows, { ...NO_FILTER, text: 'head engineering' })).toEqual([]);
  });

  it('filters by domain, side, track, 9-box cell and flag', () => {
    expect(names(filterRoster(rows, { ...NO_FILTER, domain: 'security' }))).toEqual(['王芳']);
    expect(names(filterRoster(rows, { ...NO_FILTER, side: 'back' }))).toEqual(['Ana Silva', '王芳']);
    expect(names(filterRoster(rows, { ...NO_FILTER, track: 'linear' }))).toEqual(['Ana Silva']);
    expect(names(filterRoster(rows, { ...NO_FILTER, nineBox: 'medium-medium' }))).toEqual(['Ana Silva']);
    expect(names(filterRoster(rows, { ...NO_FILTER, nineBox: 'none' }))).toEqual(['王芳']);
    expect(names(filterRoster(rows, { ...NO_FILTER, flag: 'successor-not-ready' }))).toEqual(['Ana Silva']);
    expect(names(filterRoster(rows, { ...NO_FILTER, flag: 'none' }))).not.toContain('Ana Silva');
  });

  it('combines filters', () => {
    expect(filterRoster(rows, { ...NO_FILTER, side: 'front', track: 'linear' })).toEqual([]);
  });
});

describe('sortRoster', () => {
  const rows = roster().filter((r) => !r.archived);

  it('sorts names by the reader’s alphabet and numbers by value, both ways', () => {
    expect(names(sortRoster(rows, { column: 'name', descending: false }))).toEqual(['Ana Silva', 'Zoë Łukasiewicz', '王芳']);
    expect(names(sortRoster(rows, { column: 'back', descending: true }))).toEqual(['Ana Silva', '王芳', 'Zoë Łukasiewicz']);
    expect(names(sortRoster(rows, { column: 'back', descending: false }))).toEqual(['Zoë Łukasiewicz', '王芳', 'Ana Silva']);
  });

  it('puts people not rated on the 9-box last whichever the direction', () => {
    expect(names(sortRoster(rows, { column: 'nineBox', descending: true }))).toEqual(['Zoë Łukasiewicz', 'Ana Silva', '王芳']);
    expect(names(sortRoster(rows, { column: 'nineBox', descending: false }))).toEqual(['Ana Silva', 'Zoë Łukasiewicz', '王芳']);
  });

  it('does not change the list it is given', () => {
    const before = names(rows);
    sortRoster(rows, { column: 'braidIndex', descending: true });
    expect(names(rows)).toEqual(before);
  });
});
