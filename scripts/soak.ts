/**
 * `npm run soak -- [--cycles N] [--passphrase] [--people N]`: kill -9 during changes, N times,
 * and count what was lost. Each cycle starts a saver process on one data folder that makes
 * one kind of change over and over — in turn a plan edit, a scenario edit, a promote, a
 * review sign-off, an erasure (scripts/soak-paths.ts) — and prints each one the services
 * acknowledged; it is killed with SIGKILL at a random moment; then the folder is opened
 * again (unlocked with the passphrase when protection is on) and checked:
 *
 *   lost        acknowledged changes the folder does not have (an erased person still there)
 *   unreadable  the plan, a backup or a scenario that does not open and validate
 *   phantom     audit entries for a sign-off the plan does not have
 *   temp files  temporary files left in the folder once it is open again
 *
 * Not part of `npm test`: it runs for minutes. Prints one line of figures at the end.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planWith } from '../shared/domain/testing/plan-builder';
import { readPlanDocument } from '../electron/services/plan-document';
import { seedProtection } from '../electron/services/protection/seed';
import { createServices, type Services } from '../electron/services/handlers';
import { createNodePorts } from '../electron/services/node-ports';
import { LOCK_FILE_NAME } from '../electron/services/data-folder-lock';
import { changeOnce, doneOnDisk, PATHS, phantomAuditEntries, scenarioIdOnce, type SoakPath } from './soak-paths';

const PASSPHRASE = 'soak test river otter lantern';
const KDF = { logN: 10 };
const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const protectedRun = argv.includes('--passphrase');
const resourcesDir = fileURLToPath(new URL('../resources', import.meta.url));

async function openFolder(dir: string): Promise<Services> {
  const services = await createServices({ ...createNodePorts({ transport: 'web', resourcesDir, dataDir: dir }), saveDebounceMs: 5 }, { kdfCost: KDF });
  if (protectedRun) await services.handlers['protection:unlock']({ passphrase: PASSPHRASE });
  return services;
}

/** The saver: changes forever along one path from `from`, printing "ack N" for each change the services acknowledged. */
async function saver(dir: string, path: SoakPath, from: number): Promise<void> {
  const services = await openFolder(dir);
  const scenarioId = scenarioIdOnce(services);
  process.stdout.write('ready\n');
  for (let n = from; ; n++) {
    await changeOnce(path, services, n, scenarioId);
    process.stdout.write(`ack ${n}\n`);
  }
}

/** Starts a saver and kills it with SIGKILL `afterMs` after its first acknowledged change; returns what it acknowledged. */
function killDuringSaves(dir: string, path: SoakPath, from: number, afterMs: number): Promise<number[]> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--saver', dir, path, String(from), ...(protectedRun ? ['--passphrase'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acks: number[] = [];
  let armed = false;
  let buffered = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const ack = /^ack (\d+)$/.exec(line);
        if (!ack) continue;
        acks.push(Number(ack[1]));
        if (!armed) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), afterMs);
        }
      }
    });
    child.on('exit', () => resolve(acks));
    child.on('error', reject);
  });
}

async function tempFilesIn(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  const temps = entries.filter((name) => /\.tmp/.test(String(name)));
  if (temps.length && process.env.SOAK_VERBOSE) process.stderr.write(`  temp files: ${temps.join(", ")}\n`);
  return temps.length;
}

interface Check {
  done: number;
  unreadable: number;
  phantom: number;
  tempFiles: number;
  /** Acknowledged erasures whose person is still in the plan or a backup. */
  erasedStillThere: number;
}

async function checkFolder(dir: string, path: SoakPath, erased: number[]): Promise<Check> {
  const services = await openFolder(dir);
  try {
    const { problem, plan } = services.store.snapshot();
    let unreadable = problem || !plan ? 1 : 0;
    const texts: string[] = [];
    for (const backup of await services.store.backups.list()) {
      const text = await services.store.backups.read(backup.id).catch(() => null);
      if (text === null || !readPlanDocument(text, backup.id).ok) unreadable += 1;
      else texts.push(text);
    }
    const scenarioFiles = (await readdir(join(dir, 'scenarios')).catch(() => [] as string[])).filter((n) => /^sc-[\w-]+\.braid\.json$/.test(n) && !n.includes('.base.'));
    for (const name of scenarioFiles) {
      const ok = await services.handlers['scenario:get']({ id: name.replace('.braid.json', '') }).then(() => true, () => false);
      if (!ok) unreadable += 1;
    }
    const people = new Set(plan?.people.map((p) => p.id));
    const erasedStillThere = erased.filter((n) => people.has(`erasable-${n}`) || texts.some((t) => t.includes(`Erasable Soakperson ${n}"`))).length;
    const done = await doneOnDisk(path, services);
    await services.store.flush();
    return { done, unreadable, phantom: await phantomAuditEntries(services), tempFiles: await tempFilesIn(dir), erasedStillThere };
  } finally {
    // This process's own lock, so that the next saver may open the folder.
    await rm(join(dir, LOCK_FILE_NAME), { force: true });
  }
}

async function soak(): Promise<void> {
  const cycles = option('cycles', 100);
  const people = option('people', 800);
  const dir = await mkdtemp(join(tmpdir(), 'braid-soak-'));
  try {
    await seedProtection(dir, protectedRun ? { passphrase: PASSPHRASE } : 'off', KDF);
    const first = await openFolder(dir);
    await first.store.replace(planWith({ people: Array.from({ length: people }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` })) }), 'Start');
    await first.store.flush();
    await rm(join(dir, LOCK_FILE_NAME), { force: true });

    const totals = { kills: 0, acknowledged: 0, lost: 0, unreadable: 0, phantom: 0, tempFiles: 0 };
    const killsByPath: Record<string, number> = {};
    const done: Record<string, number> = {};
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const path = PATHS[(cycle - 1) % PATHS.length];
      // Promotes, sign-offs and erasures make new items each cycle (one cut short may be half made); edits continue from what is on disk.
      const from = path === 'plan' || path === 'scenario' ? (done[path] ?? 0) + 1 : cycle * 1000;
      const acks = await killDuringSaves(dir, path, from, Math.floor(Math.random() * 400));
      totals.kills += 1;
      killsByPath[path] = (killsByPath[path] ?? 0) + 1;
      totals.acknowledged += acks.length;
      const check = await checkFolder(dir, path, path === 'erasure' ? acks : []);
      done[path] = check.done;
      const lastAck = acks.at(-1) ?? 0;
      totals.lost += path === 'erasure' ? check.erasedStillThere : Math.max(0, lastAck - check.done);
      totals.unreadable += check.unreadable;
      totals.phantom += check.phantom;
      totals.tempFiles += check.tempFiles;
      if (cycle % 10 === 0) process.stderr.write(`  ${cycle}/${cycles} cycles ${JSON.stringify(totals)}\n`);
    }
    const mode = protectedRun ? 'with a passphrase' : 'without a passphrase';
    const paths = Object.entries(killsByPath).map(([path, kills]) => `${path} ${kills}`).join(', ');
    console.log(
      `soak ${mode}, ${people} people: kills ${totals.kills} (${paths}) · acknowledged changes ${totals.acknowledged} · lost ${totals.lost} · ` +
        `unreadable ${totals.unreadable} · phantom audit entries ${totals.phantom} · temp files left ${totals.tempFiles}`,
    );
    if (totals.lost || totals.unreadable || totals.phantom || totals.tempFiles) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (argv[0] === '--saver') await saver(argv[1], argv[2] as SoakPath, Number(argv[3]));
else await soak();
