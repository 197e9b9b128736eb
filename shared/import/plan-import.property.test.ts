import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../domain/plan/validate';
import { planWith, worked } from '../domain/testing/plan-builder';
import { fieldsOf, IMPORT_TARGETS } from './fields';
import { DATE_FORMATS, ImportMapping } from './mapping';
import { decideImport, planImport } from './plan-import';
import { tableFromRecords, type Cell } from './table';

/**
 * Whatever a file holds, the import never throws, and a commit it allows always yields a
 * valid plan with nothing of the refused rows in it: all or nothing, never half.
 */

const plan = planWith({
  people: [
    { id: 'E1', homeDomain: 'sales', experience: [worked('sales', '2020-01-01')] },
    { id: 'E2', homeDomain: 'engineering', managerId: 'E1' },
  ],
});

/** Each header with values a real file would hold in it; any cell may also be junk. */
const COLUMNS: Record<string, Cell[]> = {
  'Employee ID': ['E1', 'E2', ...Array.from({ length: 40 }, (_, i) => `N${i}`), 1234],
  Name: ['Zoë Łukasiewicz', 'Анна Петрова', '王芳', "O'Brien, Siobhán"],
  Department: ['Sales', 'IT', 'Research & Development', 'Data'],
  'Manager ID': ['E1', 'E2', 'E3', ''],
  'Performance Rating': [1, 2, 3, 4, 5, '3', 'Exceeds expectations'],
  Potential: ['High', 'low', 'M'],
  'Flight Risk': ['Low', 'high'],
  Track: ['braided', 'Specialist'],
  'Hire Date': ['2019-04-01', '31/12/2020', 43466],
  'Financial Acumen': [1, 3, 5],
  Competency: ['Innovation', 'Financial Acumen'],
  Score: [2, 4],
  Date: ['2026-01-31', '01/02/2026'],
  'Start Date': ['2015-01-01', '2018-06-01'],
  'End Date': ['2017-12-31', ''],
  Source: ['Manager', 'Self', '360'],
  '': [''],
};
const HEADERS = Object.keys(COLUMNS);

const junk: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom('Legal', 'Stellar', '13/13/2013', '2024-02-30', ' ', '=1+1', '\u0007', 'E404'),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const cellFor = (header: string): fc.Arbitrary<Cell> => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...COLUMNS[header]) }, { weight: 1, arbitrary: junk });

const records = fc
  .tuple(fc.integer({ min: 0, max: 9 }).map((n) => n > 0), fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }))
  // Most files are roster exports with an id, a name and a department; some are not.
  .map(([roster, headers]) => (roster ? [...new Set(['Employee ID', 'Name', 'Department', ...headers])] : headers))
  .chain((headers) =>
    fc.tuple(
      fc.constant(headers as Cell[]),
      fc.array(fc.tuple(...headers.map(cellFor)), { minLength: 1, maxLength: 10 }),
      fc.array(fc.array(junk, { maxLength: 3 }), { maxLength: 2 }),
    ),
  )
  .map(([headers, rows, ragged]) => [headers, ...rows, ...ragged]);

const mapping = fc.constantFrom(...IMPORT_TARGETS).chain((target) => {
  const keys = fieldsOf(target, plan.framework.threads).map((f) => f.key);
  return fc.record({
    format: fc.constant('braid-import-mapping' as const),
    version: fc.constant(1 as const),
    target: fc.constant(target),
    columns: fc.dictionary(fc.constantFrom(...keys, 'unknown'), fc.constantFrom(...HEADERS.filter(Boolean), 'Missing column')),
    values: fc.dictionary(fc.constantFrom(...keys), fc.dictionary(fc.string({ maxLength: 8 }), fc.constantFrom('sales', 'high', 'braided', '3', 'nonsense'))),
    scales: fc.dictionary(fc.constantFrom(...keys), fc.integer({ min: -3, max: 10 }).chain((min) => fc.integer({ min: min + 1, max: 120 }).map((max) => ({ min, max })))),
    dateFormat: fc.constantFrom(...DATE_FORMATS),
    defaults: fc.record({ track: fc.constantFrom('braided' as const, 'linear' as const) }, { requiredKeys: [] }),
  });
});

describe('import properties', () => {
  it('never throws, guessed or mapped, and an allowed commit is a valid plan without refused rows', () => {
    fc.assert(
      fc.property(records, fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: mapping }), fc.boolean(), (lines, rawMapping, skipInvalid) => {
        const parsedMapping = rawMapping === undefined ? undefined : ImportMapping.parse(rawMapping);
        const table = tableFromRecords(lines);
        const planning = planImport(plan, table, parsedMapping);
        const decision = decideImport(planning, { skipInvalid });
        if (!decision.ok) return;
        expect(validatePlan(decision.plan).ok).toBe(true);
        if (!skipInvalid) expect(planning.outcome.refusals).toEqual([]);
        const refusedRows = new Set(planning.outcome.refusals.map((r) => r.row));
        const added = new Set(planning.outcome.adds.map((a) => a.row));
        for (const row of refusedRows) expect(added.has(row)).toBe(false);
        // Everyone who was in the plan still is, in the same order; additions come after.
        expect(decision.plan.people.slice(0, plan.people.length).map((p) => p.id)).toEqual(plan.people.map((p) => p.id));
        expect(decision.plan.people.length).toBe(plan.people.length + planning.outcome.counts.adds);
      }),
      { numRuns: 400 },
    );
  });
});
