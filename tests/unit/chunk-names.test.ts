import { describe, expect, it } from 'vitest';
import { chunkName } from '../../scripts/chunk-names';

const root = '/repo';
const at = (...paths: string[]) => paths.map((p) => `${root}/${p}`);

describe('build chunks are named by what they hold', () => {
  it('names the engine "domain", whatever module Rollup saw last', () => {
    expect(chunkName(at('shared/domain/analysis/analyze-plan.ts', 'shared/domain/flags/role-flags.ts', 'shared/domain/time/months.ts', 'electron/services/reports/pdf-margins.ts'), root)).toBe('domain');
  });

  it('names a command after itself, a service after its folder and a screen after its feature', () => {
    expect(chunkName(at('electron/cli/commands/check.ts'), root)).toBe('cli-check');
    expect(chunkName(at('electron/services/import-export/read-csv.ts', 'electron/services/import-export/read-xlsx.ts'), root)).toBe('import-export');
    expect(chunkName(at('renderer/features/people/PeopleScreen.tsx', 'node_modules/@tanstack/react-table/build/lib/index.mjs', 'node_modules/@tanstack/table-core/a.js', 'node_modules/@tanstack/table-core/b.js'), root)).toBe('people');
  });

  it('names a chunk of packages only after a package, and one that holds two rooms evenly after both', () => {
    expect(chunkName(at('node_modules/date-fns/addDays.js', 'node_modules/date-fns/format.js'), root)).toBe('date-fns');
    expect(chunkName(at('shared/export/export-table.ts', 'electron/services/import-export/export-files.ts'), root)).toBe('export+import-export');
    expect(chunkName(['\0vite/preload-helper.js'], root)).toBe('vendor');
  });
});
