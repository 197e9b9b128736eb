import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: shown with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** node:util parseArgs in strict mode, with its errors turned into plain sentences. */
export function parseCommandArgs(argv: string[], options: Options): ParsedArgs {
  try {
    // --passphrase-file: every command that reads a plan may be given a protected one.
    const { values, positionals } = parseArgs({ args: argv, options: { ...options, 'passphrase-file': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node's wording ends with hints about '--' that do not apply here.
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, '').replace(/^Unknown option/, 'unknown option'));
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Exactly one FILE argument. */
export function onePath(args: ParsedArgs, what = 'FILE'): string {
  if (args.positionals.length === 0) throw new UsageError(`missing ${what}`);
  if (args.positionals.length > 1) throw new UsageError(`one ${what} only, got ${args.positionals.length}: ${args.positionals.join(' ')}`);
  return args.positionals[0];
}
