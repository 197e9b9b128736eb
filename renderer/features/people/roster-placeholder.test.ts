import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { rosterRowsOf } from './roster';

describe('placeholder names in the roster', () => {
  it('marks people named from their id by an import until they are renamed', () => {
    const plan = planWith({
      people: [
        { id: '2', name: 'Employee 2', homeDomain: 'engineering' },
        { id: '5', name: 'Priya Sharma', homeDomain: 'sales' },
        // Someone really called "Employee 9" under another id is not a placeholder.
        { id: 'E9', name: 'Employee 9', homeDomain: 'sales' },
      ],
    });
    expect(rosterRowsOf(plan, analyzePlan(plan)).map((r) => [r.id, r.placeholder])).toEqual([
      ['2', true],
      ['5', false],
      ['E9', false],
    ]);
  });
});
