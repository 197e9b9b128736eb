import type { Handlers } from '../../shared/api/contract';
import { erasePerson, previewErasure } from './erasure';
import { requireReadable, type ProtectedStore } from './protection/protected-store';

export type ErasureOperation = 'person:erasePreview' | 'person:erase';

/** Erasing a person from the plan, its backups and the audit trail (with a preview first). */
export function erasureHandlers({ store, protection, audit }: ProtectedStore): Pick<Handlers, ErasureOperation> {
  return {
    'person:erasePreview': async ({ personId }) => {
      requireReadable(protection);
      return previewErasure({ store, audit, dataDir: store.dataDir }, personId);
    },
    'person:erase': async ({ personId, deleteUnreadable }) => {
      requireReadable(protection);
      const { snapshot, result } = await erasePerson({ store, audit, dataDir: store.dataDir }, personId, deleteUnreadable);
      return { ...snapshot, erasure: result };
    },
  };
}
