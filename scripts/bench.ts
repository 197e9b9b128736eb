/**
 * `npm run bench`: how long validation and analysis take against JSON.parse of the same
 * text, on demo plans of 1 000, 10 000 and 50 000 people. JSON.parse is the yardstick
 * because loading a plan must not feel slower than reading the file: the targets are
 * (validate + analyse) / parse ≤ 1.0 at 10 000 people, and 50 000 within 6× of 10 000.
 * Each figure is the median of several runs in one process (the first run warms the JIT).
 */
import { analyzePlan } from '../shared/domain/analysis';
import { generateDemoPlan } from '../shared/domain/demo';
import { validatePlan } from '../shared/domain/plan/validate';
import { median } from './bench-stats';

const SIZES = [1_000, 10_000, 50_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);


function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

interface Row {
  people: number;
  megabytes: number;
  generate: number;
  parse: number;
  validate: number;
  analyse: number;
}

function measure(people: number): Row {
  const [plan, generate] = time(() => generateDemoPlan({ people, seed: 1 }));
  const text = JSON.stringify(plan, null, 2);
  const parse: number[] = [];
  const validate: number[] = [];
  const analyse: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const [doc, parsed] = time(() => JSON.parse(text) as unknown);
    const [result, validated] = time(() => validatePlan(doc));
    if (!result.ok) throw new Error(`the demo plan of ${people} people is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
    const [, analysed] = time(() => analyzePlan(result.plan));
    parse.push(parsed);
    validate.push(validated);
    analyse.push(analysed);
  }
  return { people, megabytes: text.length / 1e6, generate, parse: median(parse), validate: median(validate), analyse: median(analyse) };
}

const rows = SIZES.map(measure);
const ms = (value: number): string => value.toFixed(1).padStart(9);
console.log(`median of ${RUNS} runs; plans pretty-printed as the app saves them\n`);
console.log('   people      MB  generate     parse  validate   analyse  (v+a)/parse');
for (const row of rows) {
  const ratio = (row.validate + row.analyse) / row.parse;
  console.log(`${String(row.people).padStart(9)} ${row.megabytes.toFixed(1).padStart(7)} ${ms(row.generate)} ${ms(row.parse)} ${ms(row.validate)} ${ms(row.analyse)} ${ratio.toFixed(2).padStart(12)}`);
}
const at = (people: number): Row => rows.find((r) => r.people === people)!;
const growth = (at(50_000).validate + at(50_000).analyse) / (at(10_000).validate + at(10_000).analyse);
const tenRatio = (at(10_000).validate + at(10_000).analyse) / at(10_000).parse;
console.log(`\n50 000 / 10 000 growth of validate + analyse: ${growth.toFixed(2)}× (target ≤ 6×)`);
console.log(`(validate + analyse) / parse at 10 000: ${tenRatio.toFixed(2)} (target ≤ 1.0)`);

// Import: a 50 000-row HRIS export, from the file's bytes to the finished preview (target < 5 s).
{
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { PlanStore } = await import('../electron/services/plan-store');
  const { importExportHandlers } = await import('../electron/services/import-export');
  const dataDir = await mkdtemp(join(tmpdir(), 'braid-bench-import-'));
  const store = new PlanStore(dataDir, 1);
  await store.open();
  await store.replace(generateDemoPlan({ people: 150, seed: 1 }), 'Bench');
  const preview = importExportHandlers(store, dataDir)['import:preview'];
  const departments = ['Sales', 'Research & Development', 'IT', 'Consulting', 'Customer Support', 'Delivery', 'Security', 'Data'];
  const lines = ['Employee ID,Full Name,Job Title,Department,Manager ID,Performance Rating,Potential,Flight Risk,Hire Date'];
  for (let i = 0; i < 50_000; i++) {
    lines.push(`N${i},"Person ${i}, Jr",Lead,${departments[i % 8]},${i ? `N${Math.floor(i / 10)}` : ''},${1 + (i % 4)},High,Low,${2010 + (i % 15)}-03-15`);
  }
  const base64 = Buffer.from(lines.join('\r\n')).toString('base64');
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    await preview({ fileName: 'hris.csv', base64 } as never);
    runs.push(performance.now() - start);
  }
  console.log(`\nimport preview of a 50 000-row CSV: ${median(runs).toFixed(0)} ms (median of 5; target < 5 000)`);
  await store.flush();
  await rm(dataDir, { recursive: true, force: true });
}

// PDF: the organisation report of the 10 000-person plan (about 400 roles; target < 20 s) and one
// person's braid profile (target < 2 s), from the plan to the PDF's bytes, in one running Chromium.
{
  const { reportPdf } = await import('../electron/services/reports/report-pdf');
  const { createChromiumPrinter } = await import('../electron/services/reports/chromium-printer');
  const { fileURLToPath } = await import('node:url');
  const resourcesDir = fileURLToPath(new URL('../resources', import.meta.url));
  const plan = generateDemoPlan({ people: 10_000, seed: 1 });
  const printer = createChromiumPrinter();
  const personId = plan.roles[0].successors[0].personId;
  try {
    await reportPdf(plan, { report: 'person', personId, paper: 'a4' }, { printPdf: printer.printPdf, resourcesDir }); // starts Chromium
    const timed = async (runs: number, request: Parameters<typeof reportPdf>[1]) => {
      const times: number[] = [];
      let pages = 0;
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        const { bytes } = await reportPdf(plan, request, { printPdf: printer.printPdf, resourcesDir });
        times.push(performance.now() - start);
        pages = (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      }
      return { ms: median(times), pages };
    };
    const person = await timed(5, { report: 'person', personId, paper: 'a4' });
    const org = await timed(3, { report: 'org', paper: 'a4' });
    console.log(`\nPDF, 10 000-person plan (${plan.roles.length} roles): organisation report ${(org.ms / 1000).toFixed(1)} s for ${org.pages} pages (median of 3; target < 20 s); one braid profile ${(person.ms / 1000).toFixed(2)} s (median of 5; target < 2 s)`);
  } catch (error) {
    console.log(`\nPDF timings skipped: ${(error as Error).message}`);
  } finally {
    await printer.close();
  }
}
await import('./bench-import');
