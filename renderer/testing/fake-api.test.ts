// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BraidCallError, api, call, transport } from '../platform';
import { saveBytes } from '../platform/files';
import { fakeApi, refusal } from './fake-api';

const exported = { fileName: 'Acme-people.csv', base64: '', mime: 'text/csv' };

describe('the fake API of renderer tests', () => {
  it('stands in for renderer/platform in every test, without a vi.mock in the test file', async () => {
    fakeApi.respond('export:table', exported);
    await expect(call('export:table', { table: 'people', format: 'csv' })).resolves.toEqual(exported);
    expect(transport).toBe('web');
    await expect(api['export:table']({ table: 'people', format: 'csv' })).resolves.toEqual({ ok: true, value: exported });
  });

  it('answers what the test says, checked against the contract, and records the call', async () => {
    fakeApi.respond('export:table', exported);
    await expect(fakeApi.call('export:table', { table: 'people', format: 'csv' })).resolves.toMatchObject({ fileName: 'Acme-people.csv' });
    expect(fakeApi.inputsOf('export:table')).toEqual([{ table: 'people', format: 'csv' }]);
    expect(fakeApi.names()).toEqual(['export:table']);
  });

  it('refuses an input the services would refuse', async () => {
    fakeApi.respond('export:table', exported);
    await expect(fakeApi.call('export:table', { table: 'salaries', format: 'csv' } as never)).rejects.toThrow(/input the services refuse/);
    expect(() => fakeApi.verify()).toThrow(/input the services refuse/);
  });

  it('refuses an answer the services could never give, and fails the test even when the renderer swallowed the error', async () => {
    // @ts-expect-error — a reply that is not the operation's output does not even compile…
    fakeApi.respond('export:table', { fileName: 'x.csv' });
    // …and one forced past the compiler is refused when it is sent.
    await expect(fakeApi.call('export:table', { table: 'people', format: 'csv' })).rejects.toThrow(/not what the services answer/);
    // A component that shows every error as a notice would carry on: the check after each test does not.
    expect(() => fakeApi.verify()).toThrow(/the fake answer of export:table is not what the services answer/);
    expect(() => fakeApi.verify()).not.toThrow();
  });

  it('refuses as the services refuse, and fails the test that forgot a reply', async () => {
    fakeApi.refuse('export:table', 'There is no plan to export yet.', ['line']);
    const refused = call('export:table', { table: 'people', format: 'csv' });
    await expect(refused).rejects.toBeInstanceOf(BraidCallError);
    await expect(refused).rejects.toMatchObject({ message: 'There is no plan to export yet.', details: ['line'] });
    await expect(api['export:table']({ table: 'people', format: 'csv' })).resolves.toEqual({ ok: false, error: { message: 'There is no plan to export yet.', details: ['line'] } });
    await expect(fakeApi.call('audit:list', {})).rejects.toThrow(/unexpected call audit:list/);
    expect(() => fakeApi.verify()).toThrow(/unexpected call audit:list/);
  });

  it('answers in turn what respondOnce and refuseOnce queued, then its standing reply', async () => {
    fakeApi
      .respond('plan:undo', () => {
        throw refusal('Nothing to undo.');
      })
      .refuseOnce('backups:list', 'The backups folder cannot be read.')
      .respondOnce('backups:list', [])
      .respond('backups:list', [{ id: 'b-1', createdAt: '2027-01-05T10:00:00.000Z', revision: 1, bytes: 10, kind: 'daily' }]);
    await expect(call('backups:list', {})).rejects.toThrow('The backups folder cannot be read.');
    await expect(call('backups:list', {})).resolves.toEqual([]);
    await expect(call('backups:list', {})).resolves.toHaveLength(1);
    await expect(call('plan:undo', {})).rejects.toBeInstanceOf(BraidCallError);
  });

  it('keeps calls waiting until the test answers them', async () => {
    fakeApi.respond('export:table', exported);
    const held = fakeApi.hold('export:table');
    let answer: unknown = 'pending';
    void call('export:table', { table: 'people', format: 'csv' }).then((value) => (answer = value));
    const other = call('export:table', { table: 'flags', format: 'csv' });
    await Promise.resolve();
    expect(held.waiting).toBe(2);
    expect(answer).toBe('pending');
    await held.resolve({ ...exported, fileName: 'Later.csv' });
    expect(answer).toMatchObject({ fileName: 'Later.csv' });
    expect(held.waiting).toBe(0);
    await expect(other).resolves.toMatchObject({ fileName: 'Later.csv' });
    const second = fakeApi.hold('export:table');
    const failed = call('export:table', { table: 'people', format: 'csv' });
    await second.refuse('Braid could not write the file.', ['disk full']);
    await expect(failed).rejects.toMatchObject({ message: 'Braid could not write the file.', details: ['disk full'] });
  });

  it('records saved files: a download on the web, the save dialog in the desktop app', async () => {
    await expect(saveBytes('a.csv', 'Employee id', 'text/csv')).resolves.toBe('a.csv');
    expect(fakeApi.names()).toEqual([]);
    fakeApi.transport = 'electron';
    fakeApi.respondOnce('file:save', { path: '/home/hr/b.csv' }).respondOnce('file:save', { path: null });
    await expect(saveBytes('b.csv', new Uint8Array([104, 105]), 'text/csv')).resolves.toBe('/home/hr/b.csv');
    await expect(saveBytes('c.csv', 'x', 'text/csv')).resolves.toBeNull();
    expect(fakeApi.inputsOf('file:save')[0]).toEqual({ suggestedName: 'b.csv', base64: btoa('hi'), mime: 'text/csv' });
    expect(fakeApi.saved.map((file) => [file.fileName, file.text])).toEqual([['a.csv', 'Employee id'], ['b.csv', 'hi'], ['c.csv', 'x']]);
  });
});
