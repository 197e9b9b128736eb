import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

describe('npm start without an Electron runtime', () => {
  it('says so in one paragraph and opens the planner in the web shell instead', async () => {
    const work = await mkdtemp(join(tmpdir(), 'braid-start-'));
    // An override folder with no Electron in it: exactly what a machine without the runtime has.
    // A PATH with node alone: no program to open a browser with, as on a server or a bare desktop.
    const env = { ...process.env, PATH: dirname(process.execPath), ELECTRON_OVERRIDE_DIST_PATH: join(work, 'no-electron'), BRAID_DATA_DIR: join(work, 'data') };
    const child = spawn(process.execPath, [join(ROOT, 'scripts/start.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (/Braid is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[\s\S]*Only this machine can reach it[\s\S]*Open this link in your browser:\s+http/.test(out)) resolve();
        });
        child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
      });
      expect(out).toMatch(/The Electron runtime is not installed on this machine and could not be downloaded/);
      expect(out).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
      // The build says one line; its own output shows only when it fails.
      const beforeParagraph = out.slice(0, out.indexOf('The Electron runtime is not installed')).trim().split('\n');
      expect(beforeParagraph.length).toBeLessThanOrEqual(4);
      expect(out).not.toMatch(/vite|built in|modules transformed/i);
      const link = /Braid is running at (\S+)/.exec(out)![1];
      expect(out).toContain(`Braid could not open your browser. Open this link in your browser:\n  ${link}`);
      expect(out).toContain(`Data folder: ${join(work, 'data')}`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);
});
