/**
 * `npm run soak -- [--cycles N] [--passphrase] [--people N]`: kill -9 during saves, N times,
 * and count what was lost. Each cycle starts a saver process on one data folder, which makes
 * edits (a counter in the organisation's name) and prints each one the store acknowledged;
 * the saver is killed with SIGKILL at a random moment while it saves; then the folder is
 * opened again (unlocked with the passphrase when protection is on) and checked:
 *
 *   lost        acknowledged edits the plan on disk does not have
 *   unreadable  the plan or a backup that does not open and validate
 *
 * Not part of `npm test`: it runs for minutes. Prints one line of figures at the end.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planWith } from '../shared/domain/testing/plan-builder';
import { readPlanDocument } from '../electron/services/plan-document';
import { seedProtection } from '../electron/services/protection/seed';
import { startProtected } from '../electron/services/protection/testing';

const PASSPHRASE = 'soak test river otter lantern';
const KDF = { logN: 10 };
const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const protectedRun = argv.includes('--passphrase');
const counterOf = (name: string | undefined) => Number(/^Soak (\d+)$/.exec(name ?? '')?.[1] ?? 0);

async function openFolder(dir: string) {
  const app = await startProtected(dir);
  if (protectedRun) await app.handlers['protection:unlock']({ passphrase: PASSPHRASE });
  return app;
}

/** The saver: edits forever, printing "ack N" for each edit the store acknowledged (on disk). */
async function saver(dir: string): Promise<void> {
  const app = await openFolder(dir);
  let n = counterOf(app.store.current()?.organization.name);
  process.stdout.write('ready\n');
  for (;;) {
    n += 1;
    await app.store.edit('organization:update', { name: `Soak ${n}` });
    process.stdout.write(`ack ${n}\n`);
  }
}

/** Starts a saver and kills it with SIGKILL `afterMs` after its first acknowledged edit; returns the last edit it acknowledged. */
function killDuringSaves(dir: string, afterMs: number): Promise<{ lastAck: number; acks: number }> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--saver', dir, ...(protectedRun ? ['--passphrase'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  let lastAck = 0;
  let acks = 0;
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
        lastAck = Number(ack[1]);
        acks += 1;
        if (!armed) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), afterMs);
        }
      }
    });
    child.on('exit', () => resolve({ lastAck, acks }));
    child.on('error', reject);
  });
}

async function checkFolder(dir: string): Promise<{ onDisk: number; unreadable: number }> {
  const app = await openFolder(dir);
  const { problem, plan } = app.store.snapshot();
  let unreadable = problem || !plan ? 1 : 0;
  for (const backup of await app.store.backups.list()) {
    const text = await app.store.backups.read(backup.id).catch(() => null);
    if (text === null || !readPlanDocument(text, backup.id).ok) unreadable += 1;
  }
  return { onDisk: counterOf(plan?.organization.name), unreadable };
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

    let kills = 0;
    let acknowledged = 0;
    let lost = 0;
    let unreadable = 0;
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const { lastAck, acks } = await killDuringSaves(dir, Math.floor(Math.random() * 120));
      kills += 1;
      acknowledged += acks;
      const check = await checkFolder(dir);
      lost += Math.max(0, lastAck - check.onDisk);
      unreadable += check.unreadable;
      if (cycle % 10 === 0) process.stderr.write(`  ${cycle}/${cycles} cycles\n`);
    }
    const mode = protectedRun ? 'with a passphrase' : 'without a passphrase';
    console.log(`soak ${mode}, ${people} people: kills ${kills} · acknowledged edits ${acknowledged} · lost ${lost} · unreadable ${unreadable}`);
    if (lost || unreadable) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (argv[0] === '--saver') await saver(argv[1]);
else await soak();
