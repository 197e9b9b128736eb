import type { BraidApi, OperationName, Result } from '../../shared/api/contract';
import { OPERATION_NAMES } from '../../shared/api/operations';

/** A refused page goes to the shell's root, which says why and offers a way back in. */
const showRefusal = () => window.location.assign('/');

/**
 * The web shell's transport: POST rpc/<operation> relative to the page, whose address
 * (`/s/<token>/`, where the launch link led) is the session: only this origin ever sees it.
 */
export function createHttpApi(fetchImpl: typeof fetch = fetch.bind(globalThis), onRefused: () => void = showRefusal): BraidApi {
  const call = async (name: OperationName, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetchImpl(`rpc/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
      if (response.status === 403) {
        onRefused();
        return { ok: false, error: { message: 'The Braid web shell refused this page. Open Braid again with the link printed when it started.' } };
      }
      if (!response.ok && !(response.headers.get('content-type') ?? '').includes('json')) {
        return { ok: false, error: { message: `The Braid web shell answered ${response.status}: ${await response.text()}` } };
      }
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { message: 'Braid’s web shell is not running. Start it again with `npm run web`; your plan is safe on disk.' } };
    }
  };
  return Object.fromEntries(OPERATION_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as unknown as BraidApi;
}
