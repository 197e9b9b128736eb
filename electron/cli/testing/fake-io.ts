import { readFile } from 'node:fs/promises';
import type { CliIo } from '../io';
import { runCli } from '../run';

/** The repository's tests/fixtures, by file name. */
export const fixture = (name: string): string => new URL(`../../../tests/fixtures/${name}`, import.meta.url).pathname;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Files the command wrote, by path. */
  written: Map<string, string>;
}

/**
 * Runs `braid` with an io that records its output. Files come from `files` first, then
 * from disk (the fixtures); writes stay in memory.
 */
export async function braid(argv: string[], files: Record<string, string> = {}, overrides: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: async (path) => (path in files ? files[path] : readFile(path, 'utf8')),
    writeFile: async (path, text) => void written.set(path, text),
    ...overrides,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, written };
}
