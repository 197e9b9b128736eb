import { afterEach, describe, expect, it } from 'vitest';
import { BraidCallError } from '../platform/call-error';
import { fakeApi } from './fake-api';

afterEach(() => fakeApi.reset());

describe('the fake API of renderer tests', () => {
  it('answers what the test says, checked against the contract, and records the call', async () => {
    fakeApi.respond('export:table', { fileName: 'Acme-people.csv', base64: '', mime: 'text/csv' });
    await expect(fakeApi.call('export:table', { table: 'people', format: 'csv' })).resolves.toMatchObject({ fileName: 'Acme-people.csv' });
    expect(fakeApi.inputsOf('export:table')).toEqual([{ table: 'people', format: 'csv' }]);
  });

  it('refuses an input the services would refuse', async () => {
    fakeApi.respond('export:table', { fileName: 'x.csv', base64: '', mime: 'text/csv' });
    await expect(fakeApi.call('export:table', { table: 'salaries', format: 'csv' } as never)).rejects.toThrow(/input the services refuse/);
  });

  it('refuses an answer the services could never give', async () => {
    fakeApi.respond('export:table', { fileName: 'x.csv' } as never);
    await expect(fakeApi.call('export:table', { table: 'people', format: 'csv' })).rejects.toThrow(/not what the services answer/);
  });

  it('refuses as the services refuse, and says when a test forgot a reply', async () => {
    fakeApi.refuse('export:table', 'There is no plan to export yet.', ['line']);
    const refused = fakeApi.call('export:table', { table: 'people', format: 'csv' });
    await expect(refused).rejects.toBeInstanceOf(BraidCallError);
    await expect(refused).rejects.toMatchObject({ message: 'There is no plan to export yet.', details: ['line'] });
    await expect(fakeApi.call('audit:list', {})).rejects.toThrow(/unexpected call audit:list/);
  });
});
