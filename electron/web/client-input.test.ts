import { promises as fsPromises } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServices, type Services } from '../services/handlers';
import { createNodePorts } from '../services/node-ports';
import { seedProtection, type ProtectionSeed } from '../services/protection/seed';
import { startWebShell, type WebShell } from './server';

/**
 * Whatever a client sends, the web shell answers 4xx with a sentence, never 500, and never
 * with the data folder's absolute path — over the real services, the way a browser reaches them.
 */

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
const open: { dir: string; shell: WebShell; services: Services }[] = [];

afterEach(async () => {
  vi.restoreAllMocks();
  for (const { dir, shell, services } of open.splice(0)) {
    await shell.close();
    await services.store.flush();
    await rm(dir, { recursive: true, force: true });
  }
});

async function start(seed: ProtectionSeed) {
  const dir = await mkdtemp(join(tmpdir(), 'braid-client-input-'));
  await seedProtection(dir, seed, { logN: 10 });
  const services = await createServices({ ...createNodePorts({ transport: 'web', resourcesDir, dataDir: dir }), saveDebounceMs: 1 });
  const staticDir = join(dir, 'static-not-used');
  const shell = await startWebShell({ handlers: services.handlers, staticDir, token: 'tok' });
  open.push({ dir, shell, services });
  const call = async (name: string, input: unknown, contentType = 'application/json') => {
    const response = await fetch(`http://127.0.0.1:${shell.port}/rpc/${name}`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-braid-token': 'tok' },
      body: JSON.stringify(input),
    });
    return { status: response.status, text: await response.text() };
  };
  return { dir, services, call };
}

describe('the web shell with client input Braid cannot use', () => {
  it('answers 4xx, not 500, for a backup that is not there, a path or __proto__, and never shows the data folder', async () => {
    const { dir, call } = await start('off');
    expect((await call('plan:loadDemo', {})).status).toBe(200);
    for (const id of ['plan-2020-01-01T00-00-00-000Z-r1.braid.json', '..', '__proto__', 'constructor', '.hidden', 'nope']) {
      const reply = await call('backups:restore', { id });
      expect([400, 422], `${id}: ${reply.text}`).toContain(reply.status);
      expect(reply.text).not.toContain(dir);
    }
    const missing = await call('backups:restore', { id: '__proto__' });
    expect(JSON.parse(missing.text).error.message).toMatch(/no backup "__proto__"/);
  });

  it('takes only application/json as JSON, not a type that merely starts so', async () => {
    const { call } = await start('off');
    expect((await call('plan:get', {}, 'application/jsonx')).status).toBe(415);
    expect((await call('plan:get', {}, 'application/json-patch+json')).status).toBe(415);
    expect((await call('plan:get', {}, 'Application/JSON; charset=utf-8')).status).toBe(200);
  });

  it('refuses every scenario call while Braid is locked, saying so', async () => {
    const { call } = await start({ passphrase: 'harbour kestrel lamp violet' });
    const calls: [string, unknown][] = [
      ['scenario:list', {}],
      ['scenario:create', { name: 'If', note: '' }],
      ['scenario:get', { id: 'sc-abcdef' }],
      ['scenario:edit', { id: 'sc-abcdef', edit: 'organization:update', input: { name: 'X' } }],
      ['scenario:compare', { id: 'sc-abcdef' }],
      ['scenario:promote', { id: 'sc-abcdef' }],
      ['scenario:discard', { id: 'sc-abcdef' }],
    ];
    for (const [name, input] of calls) {
      const reply = await call(name, input);
      expect(reply.status, `${name}: ${reply.text}`).toBe(422);
      expect(reply.text).toMatch(/locked/);
    }
  });

  it('refuses a scenario edit on a full disk, and the scenario stays as it was on disk and on screen', async () => {
    const { call } = await start('off');
    await call('plan:loadDemo', {});
    const made = JSON.parse((await call('scenario:create', { name: 'Spring', note: '' })).text).value;
    const id = made.scenario.id as string;
    const realOpen = fsPromises.open;
    vi.spyOn(fsPromises, 'open').mockImplementation((async (path: string, ...rest: unknown[]) => {
      if (String(path).includes(`.${id}.braid.json.tmp-`)) throw Object.assign(new Error(`ENOSPC: no space left on device, open '${String(path)}'`), { code: 'ENOSPC' });
      return (realOpen as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
    }) as typeof fsPromises.open);
    const refused = await call('scenario:edit', { id, edit: 'organization:update', input: { name: 'Renamed in the scenario' } });
    expect(refused.status).toBe(422);
    expect(JSON.parse(refused.text).error.message).toMatch(/disk is full/);
    vi.restoreAllMocks();
    const shown = JSON.parse((await call('scenario:get', { id })).text).value;
    expect(shown.plan.organization.name).toBe(made.plan.organization.name);
    expect(shown.history.canUndo).toBe(false);
  });
});

describe('a fault in Braid itself', () => {
  it('names a file by its own name, not by the path of the data folder', async () => {
    const { dir, services, call } = await start('off');
    await writeFile(join(dir, 'x'), '');
    services.handlers['plan:get'] = async () => {
      throw new Error(`EIO: i/o error, read '${join(dir, 'plan.braid.json')}'`);
    };
    const reply = await call('plan:get', {});
    expect(reply.status).toBe(500);
    expect(reply.text).toContain("'plan.braid.json'");
    expect(reply.text).not.toContain(dir);
  });
});
