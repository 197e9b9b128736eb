import type { CliIo } from '../io';

/** What a `braid` sub-command's module holds; loaded only when that command runs (commands/index.ts). */
export interface CliCommand {
  /** The full help of `braid <name> --help`. */
  help: string;
  /** Returns the exit code; throws UsageError for a mistake in the arguments. */
  run(argv: string[], io: CliIo): Promise<number>;
}

/** A sub-command as `braid --help` lists it, with its module behind `load`. */
export interface CommandEntry {
  name: string;
  /** One line for `braid --help`. */
  summary: string;
  load(): Promise<CliCommand>;
}
