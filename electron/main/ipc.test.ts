import { describe, expect, it } from 'vitest';
import { contract, type Handlers } from '../../shared/api/contract';
import { registerContract, trustedSenderCheck } from './ipc';

const APP_URL = 'file:///app/out/renderer/index.html';

function registered(isTrusted: (event: { senderFrame: unknown }) => boolean) {
  const channels = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const handlers = { 'plan:get': async () => 'the plan' } as unknown as Handlers;
  registerContract({ handle: (name: string, fn: never) => channels.set(name, fn) } as never, handlers, isTrusted as never);
  return channels;
}

describe('IPC registration', () => {
  it('registers exactly one channel per contract operation', () => {
    const channels = registered(() => true);
    expect([...channels.keys()].sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses a sender that is not our main frame on our page', async () => {
    const main = { url: APP_URL };
    const check = trustedSenderCheck(() => main, (url) => url.startsWith(APP_URL));
    const channels = registered(check as never);
    const call = channels.get('plan:get')!;
    expect(await call({ senderFrame: main }, {})).toEqual({ ok: true, value: 'the plan' });
    expect(await call({ senderFrame: { url: APP_URL } }, {})).toMatchObject({ ok: false }); // a sub-frame
    expect(await call({ senderFrame: null }, {})).toMatchObject({ ok: false });
    main.url = 'https://evil.example/';
    expect(await call({ senderFrame: main }, {})).toMatchObject({ ok: false });
  });
});
