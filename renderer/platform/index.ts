import type { BraidApi, OperationInput, OperationName, OperationOutput, Result } from '../../shared/api/contract';
import { BraidCallError } from './call-error';
import { createHttpApi } from './http-client';

declare global {
  interface Window {
    braid?: BraidApi;
  }
}

/** The desktop app's preload bridge when present, otherwise the web shell over HTTP. */
export const api: BraidApi = window.braid ?? createHttpApi();
export const transport: 'electron' | 'web' = window.braid ? 'electron' : 'web';

// A screen's code that the web shell refuses (a tab left from an earlier session) would leave
// the page blank: go to the shell's root instead, which says so and offers a way back in.
if (transport === 'web') window.addEventListener('vite:preloadError', () => window.location.assign('/'));

export { BraidCallError } from './call-error';

/** Calls an operation and returns its value, or throws a BraidCallError with a message for the user. */
export async function call<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const operation = api[name] as unknown as (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>;
  const result = await operation(input);
  if (!result.ok) throw new BraidCallError(result.error.message, result.error.details ?? []);
  return result.value;
}
