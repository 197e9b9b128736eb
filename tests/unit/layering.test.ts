import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

/** The messages of the layering rule for `code` placed at `filePath`. */
async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering rules of ARCHITECTURE.md', () => {
  it('keep shared/ free of electron, node and the other layers', async () => {
    const code = "import { app } from 'electron';\nimport { readFileSync } from 'node:fs';\nimport { api } from '../../renderer/platform';\nexport const x = [app, readFileSync, api];\n";
    expect(await layeringErrors('shared/domain/example.ts', code)).toHaveLength(3);
  });

  it('keep the renderer away from electron, node and electron/', async () => {
    const code = "import { ipcRenderer } from 'electron';\nimport { join } from 'node:path';\nimport { PlanStore } from '../../electron/services/plan-store';\nexport const x = [ipcRenderer, join, PlanStore];\n";
    expect(await layeringErrors('renderer/app/example.ts', code)).toHaveLength(3);
  });

  it('keep electron out of the services and the renderer out of electron/', async () => {
    expect(await layeringErrors('electron/services/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await layeringErrors('electron/main/example.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;\n")).toHaveLength(1);
  });

  it('allow what each layer may use', async () => {
    expect(await layeringErrors('electron/main/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
    expect(await layeringErrors('renderer/app/example.ts', "import { analyzePlan } from '../../shared/domain/analysis';\nexport const x = analyzePlan;\n")).toEqual([]);
  });
});
