import type { z } from 'zod';
import { contract, type BraidError, type Handlers, type OperationName, type Result } from './contract';

/** An error whose message is written for the person using the app. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(input)';
    return `${path}: ${issue.message}`;
  });
}

/** Why a request was refused before any handler ran: transports turn it into their own status. */
export type RequestRefusal = 'unknown-operation' | 'invalid-input';

export type CheckedRequest =
  | { ok: true; name: OperationName; input: unknown }
  | { ok: false; refusal: RequestRefusal; error: BraidError };

/** The name check and the input parse of a request, without calling anything. */
export function checkRequest(name: string, input: unknown): CheckedRequest {
  if (!isOperationName(name)) {
    return { ok: false, refusal: 'unknown-operation', error: { message: `Unknown operation "${name}".` } };
  }
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, refusal: 'invalid-input', error: { message: `The request for ${name} was not valid.`, details: describeIssues(parsed.error) } };
  }
  return { ok: true, name, input: parsed.data };
}

/**
 * Calls the handler of a checked request; never throws. `fault` is true when the handler
 * failed unexpectedly (a bug in Braid) rather than refusing with a message for the user.
 */
export async function runChecked(handlers: Handlers, request: Extract<CheckedRequest, { ok: true }>): Promise<{ result: Result<unknown>; fault: boolean }> {
  try {
    const handler = handlers[request.name] as (input: unknown) => Promise<unknown>;
    return { result: { ok: true, value: await handler(request.input) }, fault: false };
  } catch (error) {
    return { result: { ok: false, error: toBraidError(error) }, fault: !isRefusal(error) };
  }
}

/**
 * The one entry point of every transport: checks the name, parses the input with the
 * contract's schema, calls the handler and wraps the answer as {ok, value} or
 * {ok:false, error}. It never throws.
 */
export async function dispatch(handlers: Handlers, name: string, input: unknown): Promise<Result<unknown>> {
  const request = checkRequest(name, input);
  if (!request.ok) return { ok: false, error: request.error };
  return (await runChecked(handlers, request)).result;
}

/** True when the error is the operation refusing (a message for the user), not a fault in Braid. */
export function isRefusal(error: unknown): boolean {
  return error instanceof UserFacingError || (error instanceof Error && error.name === 'EditError');
}

export function toBraidError(error: unknown): BraidError {
  if (error instanceof UserFacingError) return { message: error.message, details: error.details };
  if (isRefusal(error)) return { message: (error as Error).message };
  const message = error instanceof Error ? error.message : String(error);
  return { message: `Something went wrong: ${withoutPaths(message)}` };
}

/**
 * A fault's message names files by their own name only: a system error's absolute path
 * ("open '/home/hr/.config/Braid/backups/…'") would tell a web page where the data lives.
 */
export function withoutPaths(message: string): string {
  return message.replace(/(?<=^|[\s'"(`])(?:[A-Za-z]:)?[\\/](?:[^\\/\s'"`]+[\\/])+[^\\/\s'"`]*/g, (path) => path.split(/[\\/]/).filter(Boolean).pop() ?? '');
}
