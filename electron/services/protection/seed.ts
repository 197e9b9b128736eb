import { promises as fs } from 'node:fs';
import { AuditLog } from '../audit/audit-log';
import { recodePlanFiles } from './data-folder';
import type { KdfCost } from './passphrase-kdf';
import { Protection } from './protection';

export type ProtectionSeed = 'off' | { passphrase: string };

/**
 * Makes the first-run protection choice for a data folder ahead of time — what the user
 * would pick on the first-run screen — so tests and scripted setups start past it. A
 * plan already in the folder is sealed. Does nothing when the choice was already made.
 * Returns the recovery key when protection was turned on.
 */
export async function seedProtection(dataDir: string, seed: ProtectionSeed, kdfCost?: KdfCost): Promise<string | null> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const protection: Protection = new Protection({
    dataDir,
    kdfCost,
    recode: async () => {
      await recodePlanFiles(dataDir, protection.codec);
      await new AuditLog(dataDir, protection.codec, '').recode();
    },
  });
  await protection.load();
  if (protection.status().state !== 'setup') return null;
  return protection.choose(seed === 'off' ? { mode: 'off' } : { mode: 'passphrase', passphrase: seed.passphrase });
}
