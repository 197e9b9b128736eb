import type { CliIo } from '../io';

/** One `braid` sub-command; commands/index.ts lists them (pdf, import and export join there). */
export interface CliCommand {
  name: string;
  /** One line for `braid --help`. */
  summary: string;
  /** The full help of `braid <name> --help`. */
  help: string;
  /** Returns the exit code; throws UsageError for a mistake in the arguments. */
  run(argv: string[], io: CliIo): Promise<number>;
}
