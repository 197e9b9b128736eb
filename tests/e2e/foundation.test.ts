import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, ROOT, startApp } from './harness';

afterAll(closeBrowser);

describe('renderer → contract → service → disk → renderer', () => {
  it('loads the demo on first run, keeps an edit across a reload', async () => {
    const app = await startApp({ plan: 'none' });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Load the demo organisation' }).click();
      await page.getByTestId('plan-name').waitFor();
      const demoName = await page.getByTestId('plan-name').textContent();
      expect(demoName).toBeTruthy();

      await page.getByTestId('plan-name').click();
      const field = page.getByRole('textbox', { name: 'Organisation name' });
      await field.fill('Zoë Łukasiewicz & Partners');
      await field.press('Enter');
      await page.getByText('All changes saved').waitFor();

      const saved = JSON.parse(await readFile(join(app.dataDir, 'plan.braid.json'), 'utf8'));
      expect(saved.organization.name).toBe('Zoë Łukasiewicz & Partners');

      const again = await app.reopen();
      await expect(again.getByTestId('plan-name').textContent()).resolves.toBe('Zoë Łukasiewicz & Partners');

      // Undo from the keyboard brings the demo name back, and that is saved too.
      await again.keyboard.press('Control+z');
      await again.getByTestId('plan-name').getByText(demoName!).waitFor();
    } finally {
      await app.close();
    }
  });

  it('tells the user when the stored plan is unreadable and restores the newest good backup', async () => {
    const app = await startApp({ plan: 'demo' });
    const dataDir = app.dataDir;
    try {
      await app.services.handlers['organization:update']({ name: 'Last good revision' });
      await app.services.store.flush();
    } finally {
      await app.context.close();
      await app.shell.close();
    }
    await writeFile(join(dataDir, 'plan.braid.json'), '{"format":"braid-plan","version":1,"people":[{"id":');
    const reopened = await startApp({ plan: 'none', dataDir });
    try {
      const { page } = reopened;
      await page.getByRole('heading', { name: 'Your plan could not be opened' }).waitFor();
      await page.getByRole('button', { name: /Restore the backup of/ }).click();
      await expect(page.getByTestId('plan-name').textContent()).resolves.toBe('Last good revision');
    } finally {
      await reopened.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('npm run web', () => {
  it('serves on loopback with a token and refuses a missing token and a foreign Host', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'braid-web-'));
    const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Braid is running at (\S+)/.exec(out);
          if (match) resolve(new URL(match[1]));
        });
        child.on('exit', (code) => reject(new Error(`web shell exited with ${code}: ${out}`)));
      });
      expect(url.hostname).toBe('127.0.0.1');
      const port = Number(url.port);
      const token = url.searchParams.get('token')!;
      expect(await get(port, '/')).toBe(403);
      expect(await get(port, '/', { Host: 'evil.example', 'X-Braid-Token': token })).toBe(403);
      expect(await get(port, '/', { 'X-Braid-Token': token })).toBe(200);
      expect(await get(port, `/?token=${token}`)).toBe(303);
    } finally {
      child.kill('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
