// `npm test`'s cycle check (node --import tsx scripts/import-cycles.ts): prints the number of import cycles in shared/ and renderer/ (between files,
// and between the folders of shared/domain and of shared/) and fails on any. Type-only imports count:
// a loop of types is a loop a reader has to untangle too. Tests are left out (a rule's test may run
// the whole analysis; nothing imports a test back).
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.(test|spec)\.(ts|tsx)$|\.setup\.ts$/;

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (SOURCE.test(name) && !TEST.test(name) && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every file's relative imports (static, `export … from` and `import()`), as files. */
export type ImportGraph = Map<string, Set<string>>;

export function importGraph(folders: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const folder of folders) {
    for (const file of sourceFiles(join(root, folder))) {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = new Set<string>();
      for (const { fileName } of info.importedFiles) {
        const target = resolveImport(file, fileName);
        if (target) targets.add(target);
      }
      graph.set(file, targets);
    }
  }
  return graph;
}

/** The cycles a depth-first walk meets (one per edge back into the walk's path), each as its nodes in order. */
export function cyclesOf(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (next === node) continue;
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** The graph of folders directly under `parent`: an arrow where a file in one imports a file in another. */
export function folderGraph(files: ImportGraph, parent: string): ImportGraph {
  const top = (file: string): string | null => {
    const rest = relative(join(root, parent), file);
    return rest.startsWith('..') || !rest.includes(sep) ? null : rest.split(sep)[0];
  };
  const graph: ImportGraph = new Map();
  for (const [file, targets] of files) {
    const from = top(file);
    if (from === null) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const target of targets) {
      const to = top(target);
      if (to !== null && to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

function main() {
  const files = importGraph(['shared', 'renderer']);
  const name = (file: string): string => relative(root, file);
  const checks = [
    { label: 'between files in shared/ and renderer/', cycles: cyclesOf(files).map((c) => c.map(name)) },
    { label: 'between the folders of shared/domain', cycles: cyclesOf(folderGraph(files, 'shared/domain')) },
    { label: 'between the folders of shared/', cycles: cyclesOf(folderGraph(files, 'shared')) },
  ];
  let total = 0;
  for (const { label, cycles } of checks) {
    total += cycles.length;
    console.log(`${cycles.length} import cycles ${label}`);
    for (const cycle of cycles) console.log(`  ${cycle.join(' → ')}`);
  }
  console.log(`${total} import cycles in shared/ and renderer/`);
  process.exit(total === 0 ? 0 : 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
