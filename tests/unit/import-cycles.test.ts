import { describe, expect, it } from 'vitest';
import { cyclesOf, folderGraph, importGraph, type ImportGraph } from '../../scripts/import-cycles';

const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('the import cycle check', () => {
  it('finds a loop between two files and one through three, and none in a chain', () => {
    expect(cyclesOf(graph({ a: ['b'], b: ['a'] }))).toEqual([['a', 'b', 'a']]);
    expect(cyclesOf(graph({ a: ['b'], b: ['c'], c: ['a'] }))).toEqual([['a', 'b', 'c', 'a']]);
    expect(cyclesOf(graph({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('finds a loop between folders that no single file closes', () => {
    const root = process.cwd();
    const files = graph({
      [`${root}/shared/domain/flags/rule.ts`]: [`${root}/shared/domain/analysis/types.ts`],
      [`${root}/shared/domain/analysis/analyze.ts`]: [`${root}/shared/domain/flags/rule.ts`],
      [`${root}/shared/domain/analysis/types.ts`]: [],
    });
    expect(cyclesOf(files)).toEqual([]);
    expect(cyclesOf(folderGraph(files, 'shared/domain'))).toEqual([['analysis', 'flags', 'analysis']]);
  });

  it('reads type-only imports, re-exports and import() as arrows', () => {
    const files = importGraph(['shared/domain/plan']);
    const lazily = [...files].find(([file]) => file.endsWith('plan/parse-plan-lazily.ts'))![1];
    expect([...lazily].map((f) => f.split('/').pop())).toEqual(expect.arrayContaining(['plan-reading.ts', 'validate.ts']));
  });
});
