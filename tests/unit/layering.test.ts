import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

const LAYERING_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

/** The messages of the layering rules (static imports and import()) for `code` placed at `filePath`. */
async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId !== null && LAYERING_RULES.has(m.ruleId)).map((m) => m.message);
}

describe('the layering rules', () => {
  it('keep shared/ free of electron, node and the other layers', async () => {
    const code = "import { app } from 'electron';\nimport { readFileSync } from 'node:fs';\nimport { api } from '../../renderer/platform';\nexport const x = [app, readFileSync, api];\n";
    expect(await layeringErrors('shared/domain/example.ts', code)).toHaveLength(3);
  });

  it('let shared/ use only its allowed packages: zod and ajv pass, playwright-core and date-fns do not', async () => {
    const allowed = "import { z } from 'zod';\nimport Ajv2020 from 'ajv/dist/2020.js';\nimport { Plan } from '../plan/schema';\nexport const x = [z, Ajv2020, Plan];\n";
    expect(await layeringErrors('shared/domain/example.ts', allowed)).toEqual([]);
    const refused = "import { chromium } from 'playwright-core';\nimport { addDays } from 'date-fns';\nexport const x = [chromium, addDays];\n";
    const errors = await layeringErrors('shared/domain/example.ts', refused);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('shared/ may import only these packages: zod, ajv');
  });

  it('catch import() in shared/ as well as static imports', async () => {
    const code = "export const load = async () => [await import('node:fs'), await import('playwright-core'), await import('../../electron/services/plan-store')];\n";
    expect(await layeringErrors('shared/domain/example.ts', code)).toHaveLength(3);
    expect(await layeringErrors('shared/domain/example.ts', "export const load = () => import('./months');\n")).toEqual([]);
  });

  it('hold for .tsx files in shared/ too', async () => {
    expect(await layeringErrors('shared/report/example.tsx', "import { createElement } from 'react';\nexport const x = createElement;\n")).toHaveLength(1);
  });

  it('keep the renderer away from electron, node and electron/', async () => {
    const code = "import { ipcRenderer } from 'electron';\nimport { join } from 'node:path';\nimport { PlanStore } from '../../electron/services/plan-store';\nexport const x = [ipcRenderer, join, PlanStore];\n";
    expect(await layeringErrors('renderer/app/example.ts', code)).toHaveLength(3);
  });

  it('catch import() of electron, node and electron/ in the renderer', async () => {
    const code = "export const load = async () => [await import('electron'), await import('fs/promises'), await import('../../electron/services/plan-store')];\n";
    expect(await layeringErrors('renderer/app/example.tsx', code)).toHaveLength(3);
    expect(await layeringErrors('renderer/app/example.tsx', "export const load = () => import('../features/people/PeopleScreen');\n")).toEqual([]);
  });

  it('keep electron out of the services and the renderer out of electron/, also through import()', async () => {
    expect(await layeringErrors('electron/services/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await layeringErrors('electron/services/example.ts', "export const load = () => import('electron');\n")).toHaveLength(1);
    expect(await layeringErrors('electron/cli/example.ts', "export const load = () => import('../../renderer/app/App');\n")).toHaveLength(1);
    expect(await layeringErrors('electron/main/example.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;\n")).toHaveLength(1);
  });

  it('allow what each layer may use', async () => {
    expect(await layeringErrors('electron/main/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
    expect(await layeringErrors('electron/services/example.ts', "export const load = () => import('playwright-core');\n")).toEqual([]);
    expect(await layeringErrors('renderer/app/example.ts', "import { analyzePlan } from '../../shared/domain/analysis';\nexport const x = analyzePlan;\n")).toEqual([]);
  });
});
