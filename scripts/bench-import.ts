/**
 * Import figures (called by `npm run bench`, or alone: `npx tsx scripts/bench-import.ts`):
 * rows per second for a 50 000-row HRIS export in the IBM-HR-analytics shape (no names,
 * tenure in years, a department that becomes a new domain), preview and commit measured
 * apart; and the 1 GB workbook bomb, refused in a child process, its time and peak memory.
 * Medians of several runs, with the spread (min–max).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemoPlan } from '../shared/domain/demo';
import { decideImport, ImportMapping } from '../shared/import';
import { PlanStore } from '../electron/services/plan-store';
import { previewFile } from '../electron/services/import-export/import-handlers';
import { median } from './bench-stats';

const ROWS = 50_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const spread = (values: number[], unit: string, digits = 0) =>
  `${median(values).toFixed(digits)} ${unit} (median of ${values.length}; ${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

function ibmShapedFile(rows: number): Uint8Array {
  const departments = ['Research & Development', 'Research & Development', 'Sales', 'Human Resources'];
  const lines = ['Age,Department,EmployeeCount,EmployeeNumber,JobRole,PerformanceRating,StandardHours,YearsAtCompany,YearsInCurrentRole'];
  for (let i = 0; i < rows; i++) lines.push(`${20 + (i % 40)},${departments[i % 4]},1,${100_000 + i},Manager,${3 + (i % 7 === 0 ? 1 : 0)},80,${i % 31},${i % 11}`);
  return new TextEncoder().encode(lines.join('\r\n'));
}

const mapping = ImportMapping.parse({
  format: 'braid-import-mapping',
  version: 1,
  target: 'people',
  columns: { id: 'EmployeeNumber', title: 'JobRole', homeDomain: 'Department', performance: 'PerformanceRating', yearsInHomeDomain: 'YearsAtCompany' },
  values: { homeDomain: { 'Research & Development': 'engineering', Sales: 'sales', 'Human Resources': 'human-resources' } },
  scales: { performance: { min: 1, max: 4 } },
  newDomains: [{ id: 'human-resources', name: 'Human Resources', side: 'front', develops: ['customer-success'] }],
});

const bytes = ibmShapedFile(ROWS);
const preview: number[] = [];
const commit: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const dataDir = await mkdtemp(join(tmpdir(), 'braid-bench-hris-'));
  const store = new PlanStore(dataDir, 1);
  await store.open();
  await store.replace(generateDemoPlan({ people: 150, seed: 1 }), 'Bench');
  await store.flush();
  const started = performance.now();
  const { planning } = await previewFile(store.current()!, { fileName: 'hris.csv', bytes, mapping });
  const previewed = performance.now();
  // Commit as the service does: the file read and checked again, decided, stored and written.
  const again = await previewFile(store.current()!, { fileName: 'hris.csv', bytes, mapping });
  const decision = decideImport(again.planning);
  if (!decision.ok) throw new Error(`the bench file was refused: ${decision.message} ${decision.details.slice(0, 3).join('; ')}`);
  await store.replace(decision.plan, 'Import people');
  await store.flush();
  const committed = performance.now();
  if (planning.outcome.counts.adds !== ROWS) throw new Error(`expected ${ROWS} adds, got ${planning.outcome.counts.adds}`);
  preview.push(previewed - started);
  commit.push(committed - previewed);
  await rm(dataDir, { recursive: true, force: true });
}
const rate = (ms: number[]) => ms.map((m) => ROWS / (m / 1000));
console.log(`\nimport of a ${ROWS.toLocaleString('en')}-row export (IBM-HR shape: placeholder names, tenure as experience, a new domain):`);
console.log(`  preview (read, guess, check every row): ${spread(preview, 'ms')} = ${spread(rate(preview), 'rows/s')}`);
console.log(`  commit (read and check again, store, write the plan): ${spread(commit, 'ms')} = ${spread(rate(commit), 'rows/s')}`);

const script = fileURLToPath(new URL('../tests/fixtures/hris/refuse-bomb.ts', import.meta.url));
const bombs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, '1024'], { encoding: 'utf8' })) as { message: string; ms: number; peakMb: number; rssBeforeMb: number; fileMb: number });
console.log(`\nworkbook bomb (${bombs[0].fileMb.toFixed(1)} MB file, 1 024 MB of sheet XML), refused in a child process:`);
console.log(`  time to refuse: ${spread(bombs.map((b) => b.ms), 'ms', 1)}`);
console.log(`  peak memory of the process: ${spread(bombs.map((b) => b.peakMb), 'MB')} (Node and tsx alone: ${spread(bombs.map((b) => b.rssBeforeMb), 'MB')})`);
console.log(`  "${bombs[0].message}"`);
