/**
 * `npm run bench`: how fast Braid reads and analyses plans, in two ways.
 *
 * Whole process (what a user of `braid` waits for, node start-up included), against `node -e 0`
 * and a bare `JSON.parse` of the same file in the same rounds: `braid --help` ≤ 3× bare node,
 * `braid check --json` of the 10 000-person plan ≤ 2.0× the bare parse.
 *
 * In process, validation and analysis against JSON.parse of the same text, on demo plans of
 * 1 000, 10 000 and 50 000 people: (validate + analyse) / parse ≤ 0.8 at 10 000, and 50 000 within
 * 5.5× of 10 000 (linear would be 5×).
 *
 * Every figure is the median of several runs with their spread (fastest–slowest); on a machine
 * shared with other work the CPU-time figures are the steadier ones. BENCH_RUNS sets the runs,
 * BENCH_PARTS (e.g. "process,growth") the parts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePlan } from '../shared/domain/analysis';
import { generateDemoPlan } from '../shared/domain/demo';
import { validatePlan } from '../shared/domain/plan/validate';
import { median, medianAndSpread } from './bench-stats';
import { ratios, timeRounds, type ProcessTiming } from './bench-process';

const SIZES = [1_000, 10_000, 50_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'process,growth,import,pdf').split(','));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Wall-clock and CPU milliseconds of one piece of work in this process. */
function time<T>(work: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [result, wall, (used.user + used.system) / 1000];
}

if (PARTS.has('process')) {
  const work = mkdtempSync(join(tmpdir(), 'braid-bench-'));
  try {
    const file = join(work, 'plan-10000.braid.json');
    writeFileSync(file, JSON.stringify(generateDemoPlan({ people: 10_000, seed: 1 }), null, 2));
    const cli = join(ROOT, 'bin/braid.js');
    const t = timeRounds(
      {
        node: ['-e', '0'],
        parse: ['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`],
        help: [cli, '--help'],
        check: [cli, 'check', '--json', file],
      },
      RUNS,
    );
    const row = (label: string, timings: ProcessTiming[]) => {
      const cpu = timings.every((x) => x.cpu !== null) ? `   cpu ${medianAndSpread(timings.map((x) => x.cpu!))} ms` : '';
      console.log(`  ${label.padEnd(40)} wall ${medianAndSpread(timings.map((x) => x.wall))} ms${cpu}`);
    };
    const ratio = (label: string, a: ProcessTiming[], b: ProcessTiming[], target: number) => {
      const wall = ratios(a, b, 'wall')!;
      const cpu = ratios(a, b, 'cpu');
      const verdict = median(wall) <= target ? 'within' : 'over';
      console.log(`  ${label.padEnd(40)} ${medianAndSpread(wall, 2)}× wall${cpu ? `, ${medianAndSpread(cpu, 2)}× cpu` : ''} (target ≤ ${target}×: ${verdict})`);
    };
    console.log(`Whole process, ${RUNS} rounds (median, fastest–slowest), the 10 000-person plan as the app saves it\n`);
    row('node -e 0', t.node);
    row('node: JSON.parse of the file', t.parse);
    row('braid --help', t.help);
    row('braid check --json', t.check);
    console.log('');
    ratio('braid --help / bare node', t.help, t.node, 3);
    ratio('braid check --json / bare parse', t.check, t.parse, 2);
    console.log('');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Row {
  people: number;
  megabytes: number;
  generate: number;
  parse: number[];
  validate: number[];
  analyse: number[];
  /** validate + analyse of each run, wall clock and CPU. */
  both: number[];
  bothCpu: number[];
}

function measure(people: number): Row {
  // The generated plan is dropped before timing: only the parsed copy is alive, as in the app.
  const [text, generate] = time(() => JSON.stringify(generateDemoPlan({ people, seed: 1 }), null, 2));
  const row: Row = { people, megabytes: text.length / 1e6, generate, parse: [], validate: [], analyse: [], both: [], bothCpu: [] };
  for (let run = 0; run < RUNS; run++) {
    const [doc, parsed] = time(() => JSON.parse(text) as unknown);
    const [result, validated, validatedCpu] = time(() => validatePlan(doc));
    if (!result.ok) throw new Error(`the demo plan of ${people} people is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
    const [, analysed, analysedCpu] = time(() => analyzePlan(result.plan));
    row.parse.push(parsed);
    row.validate.push(validated);
    row.analyse.push(analysed);
    row.both.push(validated + analysed);
    row.bothCpu.push(validatedCpu + analysedCpu);
  }
  return row;
}

if (PARTS.has('growth')) {
  const rows = SIZES.map(measure);
  console.log(`In process, ${RUNS} runs each (median, fastest–slowest, ms); plans pretty-printed as the app saves them\n`);
  console.log(`${'people'.padStart(9)} ${'MB'.padStart(6)} ${'generate'.padStart(9)}  ${'parse'.padEnd(20)}${'validate'.padEnd(20)}${'analyse'.padEnd(20)}${'v+a cpu'.padEnd(20)}(v+a)/parse`);
  for (const row of rows) {
    const cell = (values: number[]) => medianAndSpread(values).padEnd(20);
    console.log(`${String(row.people).padStart(9)} ${row.megabytes.toFixed(1).padStart(6)} ${row.generate.toFixed(0).padStart(9)}  ${cell(row.parse)}${cell(row.validate)}${cell(row.analyse)}${cell(row.bothCpu)}${(median(row.both) / median(row.parse)).toFixed(2)}`);
  }
  const at = (people: number): Row => rows.find((r) => r.people === people)!;
  const growth = median(at(50_000).both) / median(at(10_000).both);
  const growthCpu = median(at(50_000).bothCpu) / median(at(10_000).bothCpu);
  // The spread of the growth: the fastest 50 000 run over the slowest 10 000 one, and the reverse.
  const low = Math.min(...at(50_000).both) / Math.max(...at(10_000).both);
  const high = Math.max(...at(50_000).both) / Math.min(...at(10_000).both);
  const tenRatio = median(at(10_000).both) / median(at(10_000).parse);
  console.log(`\n50 000 / 10 000 growth of validate + analyse: ${growth.toFixed(2)}× wall (${low.toFixed(2)}–${high.toFixed(2)}), ${growthCpu.toFixed(2)}× cpu (target ≤ 5.5×; linear 5×)`);
  console.log(`(validate + analyse) / parse at 10 000: ${tenRatio.toFixed(2)} (target ≤ 0.8)`);
}

// Import: a 50 000-row HRIS export, from the file's bytes to the finished preview (target < 5 s).
if (PARTS.has('import')) {
  const { mkdtemp, rm } = await import('node:fs/promises');
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
if (PARTS.has('pdf')) {
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
