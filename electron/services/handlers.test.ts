import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { createServices, type Services } from './handlers';
import { createNodePorts } from './node-ports';
import { seedProtection } from './protection/seed';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
let dataDir: string;
let services: Services;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'braid-handlers-'));
  await seedProtection(dataDir, 'off'); // past the first-run protection choice (covered in protection tests)
  services = await createServices({ ...createNodePorts({ transport: 'web', resourcesDir, dataDir }), saveDebounceMs: 1 });
});
afterAll(async () => {
  await services.store.flush();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the services', () => {
  it('implement every operation of the contract', () => {
    const missing = Object.keys(contract).filter((name) => typeof (services.handlers as Record<string, unknown>)[name] !== 'function');
    expect(missing).toEqual([]);
  });

  it('load the demo, answer with outputs that match the contract, and undo it', async () => {
    const loaded = await dispatch(services.handlers, 'plan:loadDemo', {});
    expect(loaded.ok).toBe(true);
    expect(contract['plan:loadDemo'].output.safeParse(loaded.ok && loaded.value).success).toBe(true);
    const info = await dispatch(services.handlers, 'app:info', {});
    expect(contract['app:info'].output.parse(info.ok && info.value).dataDir).toBe(dataDir);
    const backups = await dispatch(services.handlers, 'backups:list', {});
    expect(contract['backups:list'].output.parse(backups.ok && backups.value).length).toBeGreaterThan(0);
    const undone = await dispatch(services.handlers, 'plan:undo', {});
    expect(undone).toMatchObject({ ok: true, value: { plan: null } });
  });

  it('refuse to open a broken plan file, naming the JSON path, and change nothing', async () => {
    await dispatch(services.handlers, 'plan:new', { name: 'Kept' });
    const text = JSON.stringify({ format: 'braid-plan', version: 1, organization: { name: 'X', asOf: '2026-13-01' } });
    const result = await dispatch(services.handlers, 'plan:open', { fileName: 'broken.braid.json', text });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('broken.braid.json is not a valid Braid plan') } });
    expect(!result.ok && result.error.details?.join('\n')).toMatch(/organization\.asOf/);
    expect(services.store.current()?.organization.name).toBe('Kept');
  });

  it('keep and read preferences', async () => {
    await dispatch(services.handlers, 'prefs:set', { theme: 'dark' });
    expect(await dispatch(services.handlers, 'prefs:get', {})).toMatchObject({ ok: true, value: { theme: 'dark', paper: 'a4' } });
  });
});

describe('opening a saved file', () => {
  it('opens only what this session saved through the dialog, and only in the desktop app', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'braid-open-'));
    const opened: string[] = [];
    await seedProtection(dir, 'off');
    const desktop = await createServices({
      ...createNodePorts({ transport: 'electron', resourcesDir, dataDir: dir }),
      saveFile: async (name) => `/home/hr/Documents/${name}`,
      openFile: async (path) => {
        opened.push(path);
      },
    });
    try {
      const saved = await dispatch(desktop.handlers, 'file:save', { suggestedName: 'plan.pdf', base64: 'JVBERi0=', mime: 'application/pdf' });
      expect(saved).toEqual({ ok: true, value: { path: '/home/hr/Documents/plan.pdf' } });
      expect(await dispatch(desktop.handlers, 'file:open', { path: '/home/hr/Documents/plan.pdf' })).toEqual({ ok: true, value: { opened: true } });
      const refused = await dispatch(desktop.handlers, 'file:open', { path: '/etc/passwd' });
      expect(refused).toMatchObject({ ok: false, error: { message: 'Braid opens only files it saved for you in this session.' } });
      expect(opened).toEqual(['/home/hr/Documents/plan.pdf']);
      expect(await dispatch(services.handlers, 'file:open', { path: '/home/hr/Documents/plan.pdf' })).toMatchObject({ ok: false, error: { message: 'Opening files is only available in the desktop app.' } });
    } finally {
      await desktop.store.flush();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
