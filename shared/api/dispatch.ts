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

/**
 * The one entry point of every transport: checks the name, parses the input with the
 * contract's schema, calls the handler and wraps the answer as {ok, value} or
 * {ok:false, error}. It never throws.
 */
export async function dispatch(handlers: Handlers, name: string, input: unknown): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { message: `Unknown operation "${name}".` } };
  }
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { message: `The request for ${name} was not valid.`, details: describeIssues(parsed.error) },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toBraidError(error) };
  }
}

export function toBraidError(error: unknown): BraidError {
  if (error instanceof UserFacingError) return { message: error.message, details: error.details };
  if (error instanceof Error && error.name === 'EditError') return { message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { message: `Something went wrong: ${message}` };
}
