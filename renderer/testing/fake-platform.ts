import type { BraidApi, OperationName } from '../../shared/api/contract';
import { OPERATION_NAMES } from '../../shared/api/operations';
import { BraidCallError } from '../platform/call-error';
import { fakeApi } from './fake-api';

/**
 * renderer/platform as the tests see it: `call` answers from fakeApi, `transport` is fakeApi's,
 * and the bridge (`api`) wraps the same answers in the Result the preload and HTTP client return.
 * BraidCallError is the real class, so a component's `instanceof` check works as in the app.
 */
export const fakePlatform = {
  call: fakeApi.call,
  get transport() {
    return fakeApi.transport;
  },
  BraidCallError,
  api: Object.fromEntries(
    OPERATION_NAMES.map((name: OperationName) => [
      name,
      async (input: never) => {
        try {
          return { ok: true, value: await fakeApi.call(name, input) };
        } catch (error) {
          if (error instanceof BraidCallError) return { ok: false, error: { message: error.message, details: error.details } };
          throw error;
        }
      },
    ]),
  ) as unknown as BraidApi,
};

/**
 * renderer/platform/files as the tests see it: the base64 helpers are the real ones; saving
 * records the file in fakeApi.saved and, in the desktop app, asks 'file:save' as the real one
 * does (so a test can answer { path: null } for a cancelled dialog); on the web it is a download.
 */
export async function fakeSaveBytes(fileName: string, bytes: Uint8Array | string, mime: string): Promise<string | null> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  fakeApi.saved.push({ fileName, bytes: data, mime, text: new TextDecoder().decode(data) });
  if (fakeApi.transport === 'web') return fileName;
  const { toBase64 } = await import('../platform/files');
  const { path } = await fakeApi.call('file:save', { suggestedName: fileName, base64: toBase64(data), mime });
  return path;
}
