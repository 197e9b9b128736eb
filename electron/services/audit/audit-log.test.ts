import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { AUDIT_FILE_NAME } from '../protection/data-folder';
import { startProtected } from '../protection/testing';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-audit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const plan = () =>
  planWith({
    people: [{ id: 'ana', name: 'Ana Silva' }, { id: 'ben', name: 'Ben Okafor' }],
    roles: [{ id: 'cso', title: 'Chief Service Officer' }],
  });

async function started(protection: 'off' | 'on' = 'off') {
  const app = await startProtected(dir);
  await app.handlers['protection:choose'](protection === 'off' ? { mode: 'off' } : { mode: 'passphrase', passphrase: 'river otter lantern quay' });
  return app;
}

describe('the audit log', () => {
  it('records every nomination change with when, who, what and before → after, and undo/redo as entries of their own', async () => {
    const app = await started();
    await app.store.replace(plan(), 'Open plan');
    await app.store.edit('successor:nominate', { roleId: 'cso', personId: 'ana', readiness: 'ready-1-2-years', emergency: false });
    await app.store.edit('successor:update', { roleId: 'cso', personId: 'ana', readiness: 'ready-now' });
    await app.store.undo();
    await app.store.redo();
    const { entries } = await app.handlers['audit:list']({ roleId: 'cso' });
    expect(entries.map((e) => [e.action, e.area, e.before, e.after])).toEqual([
      ['Redo: Change successor', 'readiness', 'Ready in 1–2 years', 'Ready now'],
      ['Undo: Change successor', 'readiness', 'Ready now', 'Ready in 1–2 years'],
      ['Change successor', 'readiness', 'Ready in 1–2 years', 'Ready now'],
      ['Nominate successor', 'nomination', null, 'Ready in 1–2 years'],
    ]);
    expect(entries[3]).toMatchObject({ who: 'hr.partner', personIds: ['ana'], names: ['Ana Silva', 'Chief Service Officer'] });
    expect(Date.now() - Date.parse(entries[3].at)).toBeLessThan(60_000);
  });

  it('survives a restart and a backup restore: the log is never rolled back', async () => {
    const app = await started('on');
    await app.store.replace(plan(), 'Open plan');
    await app.store.edit('successor:nominate', { roleId: 'cso', personId: 'ben', readiness: 'ready-now', emergency: true });
    await app.store.flush();
    const [, older] = await app.store.backups.list();
    await app.store.restoreBackup(older.id);
    await app.store.flush();

    const again = await startProtected(dir);
    await again.handlers['protection:unlock']({ passphrase: 'river otter lantern quay' });
    const { entries } = await again.handlers['audit:list']({});
    const actions = entries.map((e) => e.action);
    expect(actions).toContain('Nominate successor');
    expect(actions[0]).toBe('Restore backup');
    // The restore itself is itemised: Ben's nomination went away with it.
    expect(entries.find((e) => e.action === 'Restore backup' && e.area === 'nomination')).toMatchObject({ personIds: ['ben'], after: null });
    // Numbering carries on after the restart.
    await again.store.edit('successor:nominate', { roleId: 'cso', personId: 'ana', readiness: 'ready-now', emergency: false });
    const latest = (await again.handlers['audit:list']({ personId: 'ana' })).entries[0];
    expect(latest.seq).toBe(Math.max(...entries.map((e) => e.seq)) + 1);
  });

  it('counts a damaged line and still reads the others', async () => {
    const app = await started('on');
    await app.store.replace(plan(), 'Open plan');
    await app.store.edit('successor:nominate', { roleId: 'cso', personId: 'ana', readiness: 'ready-now', emergency: false });
    const path = join(dir, AUDIT_FILE_NAME);
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    await appendFile(path, `${lines[1].slice(0, 20)}AAAA${lines[1].slice(24)}\n{"seq":99,"summary":"forged in clear"}\n`);
    const { entries, damaged } = await app.handlers['audit:list']({});
    expect(damaged).toBe(2);
    expect(entries.map((e) => e.summary)).not.toContain('forged in clear');
    expect(entries.length).toBe(lines.length);
  });

  it('never throws on random lines and never takes one for an entry (fuzzed)', async () => {
    const app = await started('on');
    const path = join(dir, AUDIT_FILE_NAME);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string(), fc.base64String({ minLength: 40 }), fc.json()), { maxLength: 5 }), async (lines) => {
        await rm(path, { force: true });
        await appendFile(path, lines.map((l) => l.replace(/\n/g, ' ')).join('\n'));
        const reading = await app.handlers['audit:list']({});
        return reading.entries.length === 0;
      }),
      { numRuns: 200 },
    );
  });

  it('exports the entries about a person to CSV with formula-looking cells neutralised', async () => {
    const app = await started();
    await app.store.replace(planWith({ people: [{ id: 'eve', name: '=HYPERLINK("x")' }], roles: [{ id: 'cso' }] }), 'Open plan');
    await app.store.edit('successor:nominate', { roleId: 'cso', personId: 'eve', readiness: 'ready-now', emergency: false });
    const { fileName, text } = await app.handlers['audit:exportCsv']({ personId: 'eve' });
    expect(fileName).toBe('Test-organisation-audit-trail.csv');
    const rows = text.trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(`"'=HYPERLINK(""x""); Cso"`);
  });
});
