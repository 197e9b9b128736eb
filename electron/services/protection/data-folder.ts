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

const KEPT_ASIDE = /^plan\.unreadable-[0-9TZ-]+(?:-\d+)?\.braid\.json$/;

export function keptAsideName(now = new Date()): string {
  return `plan.unreadable-${now.toISOString().replace(/[:.]/g, '-')}.braid.json`;
}

export interface PlanFileRef {
  path: string;
  /** The path inside the data folder, with '/' between folders ("backups/plan-….braid.json"). */
  name: string;
  /** 'scenario': any other plan document in the folder (the what-if scenarios beside the plan). */
  role: 'plan' | 'backup' | 'kept-aside' | 'scenario';
}

export interface DataFolderFile {
  path: string;
  name: string;
}

/** Every file in the data folder and its subfolders, by its name inside the folder. */
export async function listDataFolderFiles(dataDir: string, under = ''): Promise<DataFolderFile[]> {
  const entries = await fs.readdir(join(dataDir, under), { withFileTypes: true }).catch(() => []);
  const files: DataFolderFile[] = [];
  for (const entry of entries) {
    const name = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listDataFolderFiles(dataDir, name)));
    else if (entry.isFile()) files.push({ path: join(dataDir, name), name });
  }
  return files;
}

function planFileRole(name: string): PlanFileRef['role'] | null {
  if (name === PLAN_FILE_NAME) return 'plan';
  if (KEPT_ASIDE.test(name)) return 'kept-aside';
  if (name.startsWith(`${BACKUPS_DIR_NAME}/`)) return parseBackupName(name.slice(BACKUPS_DIR_NAME.length + 1)) ? 'backup' : null;
  return name.endsWith('.braid.json') && !name.split('/').pop()!.startsWith('.') ? 'scenario' : null;
}

/**
 * Every plan document of the data folder: the plan, its backups, plans kept aside and any
 * other `*.braid.json` in it or its subfolders (the what-if scenarios). Protection switches
 * and erasure walk this list, so a new kind of plan document is covered by being one.
 */
export async function listPlanFiles(dataDir: string): Promise<PlanFileRef[]> {
  const refs = (await listDataFolderFiles(dataDir)).flatMap((file) => {
    const role = planFileRole(file.name);
    return role ? [{ ...file, role }] : [];
  });
  const order: PlanFileRef['role'][] = ['plan', 'kept-aside', 'backup', 'scenario'];
  return refs.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.name.localeCompare(b.name));
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
