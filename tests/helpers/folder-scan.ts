import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir`, recursively, with its bytes. */
export async function filesUnder(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const out: { path: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push({ path, bytes: await readFile(path) });
  }
  return out;
}

/**
 * Where in the folder any of the texts occur as UTF-8 bytes (also as JSON would escape
 * them, \u00eb), as "file: text" lines. An empty answer means none is stored readably.
 */
export async function textsFoundIn(dir: string, texts: readonly string[]): Promise<string[]> {
  const needles = texts.flatMap((text) => {
    const escaped = JSON.stringify(text).slice(1, -1);
    const asciiEscaped = escaped.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return [...new Set([text, escaped, asciiEscaped])].map((form) => ({ text, bytes: Buffer.from(form, 'utf8') }));
  });
  const hits: string[] = [];
  for (const file of await filesUnder(dir)) {
    for (const needle of needles) if (file.bytes.includes(needle.bytes)) hits.push(`${file.path}: ${needle.text}`);
  }
  return [...new Set(hits)];
}
