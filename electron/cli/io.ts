/**
 * Everything the `braid` command touches outside itself, so tests can run it with a fake
 * and the packaged command with the real thing (node-io.ts).
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
}

/** Exit codes: 0 done (whatever a valid plan flags), 1 something unexpected, 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;
