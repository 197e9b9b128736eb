/**
 * `node --import tsx scripts/bench-protection.ts`: what encryption at rest adds to saving and
 * loading the 10 000-person plan. Target: ≤ 20 % on both.
 *
 * save = serialise + seal (or not) + the atomic write (temp file, fsync, rename, fsync folder)
 * load = read + open (or not) + JSON.parse + validation — what the store does at start
 * load (parse only) = the same without validation, the strictest yardstick for the overhead
 * save, same indented text = the cipher's own cost, with the clear file's layout in both
 *
 * Runs alternate clear and sealed so drift on a shared machine hits both alike; each figure
 * is the median of RUNS runs after one warm-up.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoPlan } from '../shared/domain/demo';
import { serializePlan, readPlanDocument } from '../electron/services/plan-document';
import { writeFileAtomic } from '../electron/services/plan-file';
import { AtRestCodec } from '../electron/services/protection/at-rest-codec';
import { newDataKey } from '../electron/services/protection/keyring';
import { median } from './bench-stats';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);


async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const plan = generateDemoPlan({ people: PEOPLE, seed: 42 });
  const dir = await mkdtemp(join(tmpdir(), 'braid-bench-protection-'));
  const sealed = new AtRestCodec();
  sealed.setState({ kind: 'sealed', dataKey: newDataKey(), acceptClear: false });
  const codecs = { clear: AtRestCodec.clear(), sealed };
  const paths = { clear: join(dir, 'clear.braid.json'), sealed: join(dir, 'sealed.braid.json') };
  const series = () => ({ clear: [] as number[], sealed: [] as number[] });
  const times = { save: series(), load: series(), parse: series(), saveSameText: series() };

  try {
    for (let run = 0; run <= RUNS; run++) {
      for (const mode of ['clear', 'sealed'] as const) {
        const codec = codecs[mode];
        // Exactly the store's write: compact JSON inside an envelope, indented in a clear file.
        const save = await timed(() => writeFileAtomic(paths[mode], codec.sealText(serializePlan(plan, codec.sealing ? 'compact' : 'readable'), 'plan')));
        const load = await timed(async () => {
          const reading = readPlanDocument(codec.openText(await readFile(paths[mode]), 'plan'), 'plan');
          if (!reading.ok) throw new Error(reading.errors.join('\n'));
        });
        const parse = await timed(async () => JSON.parse(codec.openText(await readFile(paths[mode]), 'plan')));
        // The cost of the cipher alone: the same indented text in both modes.
        const saveSameText = await timed(() => writeFileAtomic(`${paths[mode]}.same`, codec.sealText(serializePlan(plan, 'readable'), 'plan')));
        if (run === 0) continue; // warm-up
        times.saveSameText[mode].push(saveSameText);
        times.save[mode].push(save);
        times.load[mode].push(load);
        times.parse[mode].push(parse);
      }
    }
    const megabytes = (await readFile(paths.clear)).length / 1_048_576;
    console.log(`Plan of ${PEOPLE} people: ${megabytes.toFixed(1)} MB of JSON; median of ${RUNS} runs (ms)\n`);
    console.log('                         clear   sealed   added');
    for (const [label, key] of [
      ['save (serialise+write)', 'save'],
      ['load (read+parse+valid.)', 'load'],
      ['load (read+parse only)', 'parse'],
      ['save, same indented text', 'saveSameText'],
    ] as const) {
      const clear = median(times[key].clear);
      const withSeal = median(times[key].sealed);
      const added = ((withSeal - clear) / clear) * 100;
      console.log(`${label.padEnd(25)}${clear.toFixed(0).padStart(6)}${withSeal.toFixed(0).padStart(9)}${`${added >= 0 ? '+' : ''}${added.toFixed(1)} %`.padStart(10)}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
