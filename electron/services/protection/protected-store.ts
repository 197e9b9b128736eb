import { UserFacingError } from '../../../shared/api/dispatch';
import { AuditLog } from '../audit/audit-log';
import { auditChangesFor } from '../audit/store-audit';
import { finishInterruptedErasure } from '../erasure';
import { PlanStore } from '../plan-store';
import type { ServicePorts } from '../ports';
import { recodePlanFiles } from './data-folder';
import type { KdfCost } from './passphrase-kdf';
import { Protection } from './protection';

export interface ProtectedStore {
  store: PlanStore;
  protection: Protection;
  audit: AuditLog;
}

/**
 * The plan store of a data folder with its protection and its audit log, wired so that
 * the store writes through protection's codec and tells the audit log of every change.
 * The store is opened only once protection can read it (off, or unlocked).
 */
export async function openProtectedStore(ports: ServicePorts, options: { kdfCost?: KdfCost } = {}): Promise<ProtectedStore> {
  const dataDir = ports.dataDir;
  let audit: AuditLog | null = null;
  let store: PlanStore | null = null;
  const protection = new Protection({
    dataDir,
    keystore: ports.keystore,
    kdfCost: options.kdfCost,
    recode: async () => {
      await recodePlanFiles(dataDir, protection.codec);
      await audit!.recode();
    },
    exclusive: (job) => store!.exclusive(job),
  });
  audit = new AuditLog(dataDir, protection.codec, ports.userName ?? 'unknown user');
  const log = audit;
  store = new PlanStore(dataDir, ports.saveDebounceMs, {
    codec: protection.codec,
    onChange: (change) => log.append(auditChangesFor(change)),
  });
  await protection.load();
  const opened = { store, protection, audit };
  await openWhenReadable(opened);
  return opened;
}

/**
 * Opens the store once protection can read the folder, and finishes an erasure a crash cut
 * short before anything else reads the folder: a person half erased must not stay so.
 */
export async function openWhenReadable({ store, protection, audit }: ProtectedStore): Promise<void> {
  if (!protection.readable || store.isOpen) return;
  await store.open();
  await finishInterruptedErasure({ store, audit, dataDir: store.dataDir });
}

/** Operations that read or change the plan's data refuse while the data folder is locked. */
export function requireReadable(protection: Protection): void {
  if (!protection.readable) throw new UserFacingError('Braid is locked. Unlock it first; nothing was changed.');
}

/** The same operations, each refusing while the data folder is locked instead of failing on a file it cannot open. */
export function refusingWhileLocked<H extends object>(handlers: H, protection: Protection): H {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]: [string, (input: unknown) => Promise<unknown>]) => [
      name,
      async (input: unknown) => {
        requireReadable(protection);
        return handler(input);
      },
    ]),
  ) as H;
}
