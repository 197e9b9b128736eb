import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import { dispatch, UserFacingError } from './dispatch';
import { OPERATION_NAMES } from './operations';
import type { Handlers } from './contract';

describe('the contract', () => {
  it('lists the same operations as the preload bridge', () => {
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });
});

describe('dispatch', () => {
  const handlers = {
    'organization:update': async (input: { name?: string }) => ({ revision: 7, echoed: input }),
    'plan:undo': async () => {
      throw new UserFacingError('There is nothing to undo.');
    },
    'plan:redo': async () => {
      throw new TypeError('x is undefined');
    },
  } as unknown as Handlers;

  it('parses the input and wraps the value', async () => {
    expect(await dispatch(handlers, 'organization:update', { name: 'Acme', extra: 1 })).toEqual({
      ok: true,
      value: { revision: 7, echoed: { name: 'Acme' } },
    });
  });

  it('refuses an unknown operation', async () => {
    expect(await dispatch(handlers, '__proto__', {})).toEqual({ ok: false, error: { message: 'Unknown operation "__proto__".' } });
  });

  it('names the field of an invalid input', async () => {
    const result = await dispatch(handlers, 'organization:update', { asOf: '2026-02-30' });
    expect(result).toMatchObject({ ok: false, error: { message: 'The request for organization:update was not valid.' } });
    expect(!result.ok && result.error.details?.[0]).toMatch(/^asOf: /);
  });

  it('passes a user-facing message through and wraps an unexpected one', async () => {
    expect(await dispatch(handlers, 'plan:undo', {})).toEqual({ ok: false, error: { message: 'There is nothing to undo.', details: [] } });
    expect(await dispatch(handlers, 'plan:redo', {})).toEqual({ ok: false, error: { message: 'Something went wrong: x is undefined' } });
  });
});
