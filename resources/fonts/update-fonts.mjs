#!/usr/bin/env node
// Refreshes the report fonts from the Fontsource npm packages (SIL OFL 1.1) and writes
// fonts.json, the manifest the PDF service reads to embed only the faces a report needs.
//
//   cd "$(mktemp -d)" && for p in noto-sans noto-sans-devanagari noto-sans-tamil noto-sans-sc noto-sans-kr; do npm pack @fontsource/$p@5.3.0; done
//   for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node /path/to/resources/fonts/update-fonts.mjs "$PWD"
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const packs = process.argv[2];
if (!packs) throw new Error('usage: update-fonts.mjs <folder with the extracted fontsource packages>');

// Which family, weights and subsets to keep, in the order the report's font stack lists them.
// CJK is large, so one weight only (bold is synthesised).
const WANTED = [
  { pkg: 'noto-sans', weights: [400, 600, 700], subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] },
  { pkg: 'noto-sans-devanagari', weights: [400, 600, 700], subsets: ['devanagari'] },
  { pkg: 'noto-sans-tamil', weights: [400, 600, 700], subsets: ['tamil'] },
  { pkg: 'noto-sans-sc', weights: [400], subsets: null },
  { pkg: 'noto-sans-kr', weights: [400], subsets: null },
];

const faces = [];
for (const { pkg, weights, subsets } of WANTED) {
  const dir = readdirSync(packs).find((d) => d.startsWith(`fontsource-${pkg}-`) && !d.endsWith('.tgz'));
  const root = join(packs, dir, 'package');
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  for (const weight of weights) {
    const css = readFileSync(join(root, `${weight}.css`), 'utf8');
    for (const block of css.matchAll(/\/\* (\S+) \*\/\s*@font-face\s*{([^}]*)}/g)) {
      const body = block[2];
      const family = /font-family:\s*'([^']+)'/.exec(body)[1];
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)[1];
      const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)[1].trim();
      const subset = file.replace(`${pkg}-`, '').replace(`-${weight}-normal.woff2`, '');
      if (subsets && !subsets.includes(subset)) continue;
      copyFileSync(join(root, 'files', file), join(here, file));
      faces.push({ family, weight, file, unicodeRange, source: `@fontsource/${pkg}@${version}` });
    }
  }
}
writeFileSync(join(here, 'fonts.json'), `${JSON.stringify({ license: 'OFL-1.1', faces }, null, 1)}\n`);
console.log(`${faces.length} faces`);
