import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import type { ImportMapping, ImportPreview } from '../../../shared/import';
import { planOrRefuse } from '../plan-document';
import { PlanStore } from '../plan-store';
import { importExportHandlers } from './index';

const fixture = (path: string) => fileURLToPath(new URL(`../../../tests/fixtures/${path}`, import.meta.url));
const IBM = readFileSync(fixture('hris/ibm-hr-analytics.csv'));
const IBM_MAP = JSON.parse(readFileSync(fixture('hris/ibm-hr-analytics.map.json'), 'utf8')) as ImportMapping;

let dataDir: string;
let store: PlanStore;
let handlers: Handlers;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'braid-remembered-'));
  store = new PlanStore(dataDir, 1);
  await store.open();
  await store.replace(planOrRefuse(readFileSync(fixture('import/base.braid.json'), 'utf8'), 'base.braid.json'), 'Open base');
  handlers = { ...importExportHandlers(store, dataDir), 'plan:undo': () => store.undo() } as unknown as Handlers;
});
afterEach(async () => {
  await store.flush();
  await rm(dataDir, { recursive: true, force: true });
});

const call = async <T>(name: string, input: unknown): Promise<T> => {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

describe('the answers given for a file are remembered by its headers', () => {
  it('the next file with the same columns, in any order, opens with them and asks nothing again', async () => {
    const first = await call<ImportPreview>('import:preview', { fileName: 'ibm.csv', base64: IBM.toString('base64') });
    expect(first.remembered).toBeFalsy();
    expect(first.preview.problems.join(' ')).toContain('is that a 1–4 or a 1–5 scale?');

    const mapping = { ...IBM_MAP, duplicates: { '3': 'add' as const }, values: { ...IBM_MAP.values, managerId: { 'Zoë Østby': '3' } } };
    await call('import:commit', { fileName: 'ibm.csv', base64: IBM.toString('base64'), mapping });
    await call('plan:undo', {});

    // The same export again, its columns in another order and case.
    const lines = IBM.toString('utf8').trim().split('\r\n').map((line) => line.split(','));
    const reordered = lines.map((cells, i) => [...cells.slice(5), ...cells.slice(0, 5)].map((c) => (i === 0 ? c.toUpperCase() : c)).join(',')).join('\r\n');
    const again = await call<ImportPreview>('import:preview', { fileName: 'ibm-june.csv', base64: Buffer.from(reordered).toString('base64') });
    expect(again.remembered).toBe(true);
    expect(again.preview.problems).toEqual([]);
    expect(again.mapping.scales).toEqual({ performance: { min: 1, max: 4 } });
    expect(again.mapping.newDomains.map((d) => d.id)).toEqual(['human-resources']);
    // Who may be whom is about people, not about the file's shape: not remembered.
    expect(again.mapping.duplicates).toEqual({});
    expect(readFileSync(join(dataDir, 'import-remembered.json'), 'utf8')).not.toContain('Østby');
    expect(again.preview.counts).toMatchObject({ adds: 1470, refused: 0 });
  });
});
