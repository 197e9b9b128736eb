import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { ImportMapping } from '../../../shared/import';
import { planOrRefuse } from '../plan-document';
import { PlanStore } from '../plan-store';
import { importExportHandlers } from './index';

/**
 * Any import the service refuses — a refused row, an unanswered scale or duplicate
 * question, a bad new domain, an unreadable file — leaves the plan byte-identical: in
 * memory, on disk, in its backups and in the undo history.
 */

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/import/', import.meta.url));
let dataDir: string;
let store: PlanStore;
let handlers: Handlers;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'braid-import-refusal-'));
  store = new PlanStore(dataDir, 1);
  await store.open();
  await store.replace(planOrRefuse(readFileSync(join(FIXTURES, 'base.braid.json'), 'utf8'), 'base.braid.json'), 'Open base');
  await store.flush();
  handlers = importExportHandlers(store, dataDir) as unknown as Handlers;
});
afterAll(async () => {
  await store.flush();
  await rm(dataDir, { recursive: true, force: true });
});

const COLUMNS: Record<string, string[]> = {
  'Employee ID': ['N1', 'N2', 'N3', 'E1001', 'E1003', ''],
  'Full Name': ['Lena Fischer', 'Omar Haddad', 'chloe martin', 'CHLOÉ MARTIN', ''],
  Department: ['Sales', 'Data', 'Human Resources', 'Legal'],
  'Performance Rating': ['3', '4', '5', '9', ''],
  'Work Email': ['', 'x@example.com', 'not an address'],
  YearsAtCompany: ['6', '0', '2.5', '99'],
  EmployeeCount: ['1'],
};
const HEADERS = Object.keys(COLUMNS);
const junk = fc.constantFrom('=1+1', '"a, b"', '2019-02-30', '');
const csv = fc
  .tuple(
    fc.subarray(HEADERS.slice(1), { minLength: 1 }).map((rest) => ['Employee ID', ...rest]),
    fc.array(fc.array(fc.nat(), { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 6 }),
    fc.array(junk, { minLength: 7, maxLength: 7 }),
    fc.nat({ max: 9 }),
  )
  .map(([headers, picks, junkRow, junkAt]) => {
    const rows = picks.map((pick, r) => headers.map((h, i) => (r === junkAt ? junkRow[i] : COLUMNS[h][pick[i] % COLUMNS[h].length])));
    return [headers.join(','), ...rows.map((row) => row.join(','))].join('\n');
  });
const bytes = fc.oneof({ weight: 8, arbitrary: csv.map((t) => Buffer.from(t)) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from([0x50, 0x4b, 0x03, 0x04, ...b])) });
const extras = fc.record({
  newDomains: fc.array(fc.record({ id: fc.constantFrom('human-resources', 'sales', 'x'), name: fc.constantFrom('Human Resources', 'HR'), side: fc.constantFrom('front' as const, 'back' as const), develops: fc.subarray(['innovation', 'nonsense']) }), { maxLength: 2 }),
  duplicates: fc.dictionary(fc.constantFrom('N1', 'N2'), fc.constantFrom('update' as const, 'add' as const, 'leave-out' as const)),
  scales: fc.option(fc.constant({ performance: { min: 1, max: 4 } }), { nil: undefined }),
  homeDomain: fc.option(fc.constantFrom('human-resources', 'delivery', ''), { nil: undefined }),
});

async function onDisk(): Promise<Record<string, string>> {
  await store.flush();
  const files: Record<string, string> = {};
  for (const name of await readdir(dataDir, { recursive: true })) {
    const text = await readFile(join(dataDir, name), 'utf8').catch(() => null);
    if (text !== null) files[name] = text;
  }
  return files;
}

describe('a refused import', () => {
  it('leaves the plan byte-identical, on disk and in the history', async () => {
    let refused = 0;
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(bytes, extras, fc.boolean(), async (file, extra, skipInvalid) => {
        const base64 = file.toString('base64');
        const preview = await dispatch(handlers, 'import:preview', { fileName: 'p.csv', base64 });
        const guessed = preview.ok ? (preview.value as { mapping: ImportMapping }).mapping : ImportMapping.parse({ format: 'braid-import-mapping', version: 1, target: 'people', columns: { id: 'Employee ID' } });
        const mapping = {
          ...guessed,
          newDomains: extra.newDomains,
          duplicates: extra.duplicates,
          scales: { ...guessed.scales, ...(extra.scales ?? {}) },
          values: extra.homeDomain === undefined ? guessed.values : { ...guessed.values, homeDomain: { ...(guessed.values.homeDomain ?? {}), 'Human Resources': extra.homeDomain } },
        };
        const text = JSON.stringify(store.current());
        const history = JSON.stringify(store.snapshot().history);
        const files = await onDisk();
        const result = await dispatch(handlers, 'import:commit', { fileName: 'p.csv', base64, mapping, skipInvalid });
        if (result.ok) {
          // An import that went through is one undo step away from the plan as it was.
          imported++;
          await store.undo();
          expect(JSON.stringify(store.current())).toBe(text);
          return;
        }
        refused++;
        expect(JSON.stringify(store.current())).toBe(text);
        expect(JSON.stringify(store.snapshot().history)).toBe(history);
        expect(await onDisk()).toEqual(files);
      }),
      { numRuns: 60 },
    );
    // Both kinds of outcome were tried, so the property said something.
    expect(refused).toBeGreaterThan(10);
    expect(imported).toBeGreaterThan(0);
  });
});
