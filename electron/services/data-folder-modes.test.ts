import { lstat, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from './handlers';
import { createNodePorts } from './node-ports';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'braid-modes-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function modesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mode = ((await lstat(path)).mode & 0o777).toString(8);
    out.push(`${path.slice(root.length)} ${mode}`);
    if (entry.isDirectory()) out.push(...(await modesUnder(path)));
  }
  return out;
}

describe.skipIf(process.platform === 'win32')('the data folder', () => {
  it('is created 0700 with every file in it 0600, and an earlier 0755 folder is tightened', async () => {
    const dataDir = join(root, 'Braid');
    await mkdir(join(root, 'Old'), { mode: 0o755 });
    createNodePorts({ transport: 'web', resourcesDir, dataDir: join(root, 'Old') });
    expect(((await lstat(join(root, 'Old'))).mode & 0o777).toString(8)).toBe('700');
    const services = await createServices({ ...createNodePorts({ transport: 'web', resourcesDir, dataDir }), saveDebounceMs: 1 });
    await services.handlers['protection:choose']({ mode: 'off' });
    await services.handlers['prefs:set']({ theme: 'dark' });
    await services.handlers['plan:loadDemo']({});
    await services.handlers['import:saveMapping']({ name: 'HR', mapping: { format: 'braid-import-mapping', version: 1, target: 'people', columns: {} } } as never);
    await services.store.flush();

    expect(((await lstat(dataDir)).mode & 0o777).toString(8)).toBe('700');
    const modes = await modesUnder(dataDir);
    expect(modes.map((line) => line.split(" ")[0].split("/").pop()?.replace(/plan-.*/, "plan-…"))).toEqual(expect.arrayContaining(["preferences.json", "braid.lock", "protection.json", "plan.braid.json", "audit.jsonl", "import-mappings.json", "backups", "plan-…"]));
    const loose = modes.filter((line) => !/ (600|700)$/.test(line) || (line.includes('backups ') && !line.endsWith('700')));
    expect(loose).toEqual([]);
  });
});
