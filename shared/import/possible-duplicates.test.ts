import { describe, expect, it } from 'vitest';
import { planWith } from '../domain/testing/plan-builder';
import { guessMapping } from './guess-mapping';
import { decideImport, planImport } from './plan-import';
import { tableFromRecords } from './table';

const plan = planWith({
  people: [
    { id: 'E1', name: 'Chloé Martin', homeDomain: 'consulting', title: 'Principal' },
    { id: 'E2', name: 'Ana Ruiz', homeDomain: 'sales', email: 'ana.ruiz@example.com' } as never,
    { id: '7', name: 'Employee 7', homeDomain: 'sales' },
  ],
});
const file = tableFromRecords([
  ['Employee ID', 'Full Name', 'Job Title', 'Department', 'Work Email', 'Manager ID'],
  ['N1', 'CHLOE  MARTIN', 'Engagement Director', 'Consulting', '', ''],
  ['N2', 'Ana M. Ruiz', 'Sales Director', 'Sales', 'Ana.Ruiz@example.com', 'N1'],
  ['N3', 'Employee 7', 'Lead', 'Sales', '', ''],
]);

describe('possible duplicates', () => {
  it('finds a person of the plan under a new id by the folded name or the e-mail, and asks', () => {
    const { outcome } = planImport(plan, file);
    expect(outcome.duplicates).toEqual([
      { row: 2, id: 'N1', name: 'CHLOE MARTIN', matchId: 'E1', matchName: 'Chloé Martin', by: 'name', choice: null },
      { row: 3, id: 'N2', name: 'Ana M. Ruiz', matchId: 'E2', matchName: 'Ana Ruiz', by: 'e-mail', choice: null },
    ]);
    // A placeholder name names nobody; the question blocks the import until answered.
    expect(outcome.refusals.map((r) => [r.row, r.reason])).toEqual([
      [2, 'may be Chloé Martin (E1), already in the plan with the same name: choose in the preview to update that person, add this row anyway, or leave it out'],
      [3, 'may be Ana Ruiz (E2), already in the plan with the same e-mail: choose in the preview to update that person, add this row anyway, or leave it out'],
    ]);
    expect(decideImport(planImport(plan, file)).ok).toBe(false);
  });

  it('updates that person, adds anyway or leaves the row out, as the mapping records', () => {
    const mapping = { ...guessMapping(plan, file), duplicates: { N1: 'update' as const, N2: 'add' as const } };
    const decision = decideImport(planImport(plan, file, mapping));
    if (!decision.ok) throw new Error(`${decision.message} ${decision.details.join('; ')}`);
    expect(decision.plan.people.map((p) => p.id)).toEqual(['E1', 'E2', '7', 'N2', 'N3']);
    // The plan's spelling of the name is kept; the rest of the row is taken.
    expect(decision.plan.people[0]).toMatchObject({ id: 'E1', name: 'Chloé Martin', title: 'Engagement Director' });
    // N2 reports to N1, who is E1 now.
    expect(decision.plan.people.find((p) => p.id === 'N2')!.managerId).toBe('E1');

    const leftOut = decideImport(planImport(plan, file, { ...mapping, duplicates: { N1: 'leave-out', N2: 'leave-out' } }));
    if (!leftOut.ok) throw new Error(leftOut.message);
    expect(leftOut.plan.people.map((p) => p.id)).toEqual(['E1', 'E2', '7', 'N3']);
    expect(leftOut.outcome.notes.map((n) => n.reason)).toContain('left out, as chosen: a possible duplicate of Chloé Martin (E1)');
  });
});
