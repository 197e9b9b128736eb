import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/domain/plan/validate';
import { PlanStore, PLAN_FILE_NAME } from './plan-store';

const saver = fileURLToPath(new URL('../../tests/helpers/save-forever.ts', import.meta.url));

/** Starts a process that saves in a loop, and kills it with SIGKILL after `afterMs`. */
async function killMidSave(dir: string, afterMs: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', saver, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('saving')) setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
}

describe('a save killed at any moment', () => {
  it('never leaves an unreadable plan file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'braid-crash-'));
    try {
      for (const afterMs of [3, 17, 41, 90, 150]) {
        await killMidSave(dir, afterMs);
        const text = await readFile(join(dir, PLAN_FILE_NAME), 'utf8');
        const reading = parsePlanText(text);
        expect(reading.ok, `killed after ${afterMs} ms`).toBe(true);
        // And the store opens it as the working plan, with no problem reported.
        const store = new PlanStore(dir);
        await store.open();
        expect(store.snapshot().problem).toBeNull();
        expect(store.current()?.people).toHaveLength(3000);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
