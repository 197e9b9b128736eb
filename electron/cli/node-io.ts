import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './io';

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  // One read and one decode: readFile(path, 'utf8') decodes chunk by chunk into a string that
  // must be joined again before JSON.parse, which a 30 MB plan pays for twice.
  readFile: async (path) => (await readFile(path)).toString('utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
};
