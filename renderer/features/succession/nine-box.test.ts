import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { nineBoxCells } from './nine-box';

const plan = planWith({
  people: [
    { id: 'ana', name: 'Ana', homeDomain: 'sales', performance: 5, potential: 'high' },
    { id: 'ben', name: 'Ben', homeDomain: 'data', performance: 4, potential: 'high' },
    { id: 'cleo', name: 'Cleo', homeDomain: 'data', performance: 3, potential: 'medium' },
    { id: 'dan', name: 'Dan', homeDomain: 'engineering', performance: 1, potential: 'low' },
    { id: 'eve', name: 'Eve', homeDomain: 'sales', performance: null, potential: 'high' },
    { id: 'gus', name: 'Gus', homeDomain: 'sales', performance: 5, potential: 'high', archived: true },
  ],
  roles: [{ id: 'cso', successors: [{ personId: 'ben' }, { personId: 'cleo' }, { personId: 'eve' }] }],
});
const analysis = analyzePlan(plan);
const names = (cell: { people: { name: string }[] }) => cell.people.map((p) => p.name);

describe('the 9-box', () => {
  it('lays out nine cells, high potential on top and low performance on the left', () => {
    const { cells } = nineBoxCells(plan, analysis, { population: 'everyone', domain: '', side: '' });
    expect(cells.map((c) => `${c.potential}/${c.performance}`)).toEqual([
      'high/low', 'high/medium', 'high/high',
      'medium/low', 'medium/medium', 'medium/high',
      'low/low', 'low/medium', 'low/high',
    ]);
    expect(cells[2]).toMatchObject({ name: 'Future leader' });
    expect(names(cells[2])).toEqual(['Ana', 'Ben']);
    expect(names(cells[4])).toEqual(['Cleo']);
    expect(names(cells[6])).toEqual(['Dan']);
  });

  it('counts people not rated on both axes apart, and leaves archived people out', () => {
    const result = nineBoxCells(plan, analysis, { population: 'everyone', domain: '', side: '' });
    expect(result.unrated).toBe(1);
    expect(result.total).toBe(5);
  });

  it('shows only successors when asked, and filters by home domain and side', () => {
    const successors = nineBoxCells(plan, analysis, { population: 'successors', domain: '', side: '' });
    expect(successors.cells.flatMap(names)).toEqual(['Ben', 'Cleo']);
    expect(nineBoxCells(plan, analysis, { population: 'everyone', domain: 'data', side: '' }).cells.flatMap(names)).toEqual(['Ben', 'Cleo']);
    expect(nineBoxCells(plan, analysis, { population: 'everyone', domain: '', side: 'front' }).cells.flatMap(names)).toEqual(['Ana']);
  });
});
