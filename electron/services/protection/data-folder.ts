import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { parseBackupName } from '../backups';
import { writeFileAtomic } from '../plan-file';
import type { AtRestCodec } from './at-rest-codec';
import { ProtectedDataError } from './envelope';

/**
 * Where plan data lives in the data folder: the plan, its backups, plans kept aside
 * because they could not be opened, and the audit log. Switching protection on or off
 * and erasing a person walk exactly this list (scenarios included: they hold the same data).
 */
export const PLAN_FILE_NAME = 'plan.braid.json';
export const AUDIT_FILE_NAME = 'audit.jsonl';
export const BACKUPS_DIR_NAME = 'backups';
/** What-if scenarios (electron/services/scenarios): plan documents too, `<id>.braid.json` and `<id>.base.braid.json`. */
export const SCENARIOS_DIR_NAME = 'scenarios';
const SCENARIO_DOCUMENT = /^sc-[a-z0-9]{4,40}(?:\.base)?\.braid\.json$/;

const KEPT_ASIDE = /^plan\.unreadable-[0-9TZ-]+(?:-\d+)?\.braid\.json$/;

export function keptAsideName(now = new Date()): string {
  return `plan.unreadable-${now.toISOString().replace(/[:.]/g, '-')}.braid.json`;
}

export interface PlanFileRef {
  path: string;
  name: string;
  role: 'plan' | 'backup' | 'kept-aside' | 'scenario';
}

export async function listPlanFiles(dataDir: string): Promise<PlanFileRef[]> {
  const top = await fs.readdir(dataDir).catch(() => [] as string[]);
  const backups = await fs.readdir(join(dataDir, BACKUPS_DIR_NAME)).catch(() => [] as string[]);
  const scenarios = await fs.readdir(join(dataDir, SCENARIOS_DIR_NAME)).catch(() => [] as string[]);
  return [
    ...top.filter((name) => name === PLAN_FILE_NAME).map((name) => ({ path: join(dataDir, name), name, role: 'plan' as const })),
    ...top.filter((name) => KEPT_ASIDE.test(name)).map((name) => ({ path: join(dataDir, name), name, role: 'kept-aside' as const })),
    ...backups
      .filter((name) => parseBackupName(name) !== null)
      .map((name) => ({ path: join(dataDir, BACKUPS_DIR_NAME, name), name, role: 'backup' as const })),
    ...scenarios
      .filter((name) => SCENARIO_DOCUMENT.test(name))
      .map((name) => ({ path: join(dataDir, SCENARIOS_DIR_NAME, name), name, role: 'scenario' as const })),
  ];
}

/** Compact inside an envelope, indented in a clear file (see serializePlan); anything not JSON as it is. */
function relayout(plain: Buffer, compact: boolean): Buffer {
  try {
    const doc: unknown = JSON.parse(plain.toString('utf8'));
    return Buffer.from(compact ? JSON.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`, 'utf8');
  } catch {
    return plain;
  }
}

/**
 * Rewrites every plan file through the codec as it is now (sealed after protection was
 * turned on, clear after it was turned off). A file that cannot be opened is left exactly
 * as it is and named in the answer.
 */
export async function recodePlanFiles(dataDir: string, codec: AtRestCodec): Promise<{ rewritten: number; unreadable: string[] }> {
  let rewritten = 0;
  const unreadable: string[] = [];
  for (const file of await listPlanFiles(dataDir)) {
    const stored = await fs.readFile(file.path).catch(() => null);
    if (stored === null) continue;
    let plain: Buffer;
    try {
      plain = codec.open(stored, 'plan');
    } catch (error) {
      if (!(error instanceof ProtectedDataError)) throw error;
      unreadable.push(file.name);
      continue;
    }
    const recoded = codec.seal(relayout(plain, codec.sealing), 'plan');
    if (recoded.equals(stored)) continue;
    await writeFileAtomic(file.path, recoded);
    rewritten += 1;
  }
  return { rewritten, unreadable };
}
