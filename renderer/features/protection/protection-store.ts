import { create } from 'zustand';
import type { ProtectionStatus } from '../../../shared/api/protection-schemas';
import { call } from '../../platform';
import { useBraid } from '../../store';

interface ProtectionStore {
  status: ProtectionStatus | null;
  /** A recovery key just made, waiting to be printed; forgotten once the user closes it. */
  pendingRecoveryKey: string | null;
  refresh(): Promise<void>;
  /** Adopts a new status; when the plan just became readable, loads it. */
  adopt(status: ProtectionStatus, recoveryKey?: string | null): Promise<void>;
  dismissRecoveryKey(): void;
}

const readable = (status: ProtectionStatus | null) => status?.state === 'off' || status?.state === 'unlocked';

/** Protection's state in the renderer: the status from the services and a recovery key to show once. */
export const useProtection = create<ProtectionStore>()((set, get) => ({
  status: null,
  pendingRecoveryKey: null,
  async refresh() {
    await get().adopt(await call('protection:status', {}));
  },
  async adopt(status, recoveryKey = null) {
    const wasReadable = readable(get().status);
    set({ status, ...(recoveryKey ? { pendingRecoveryKey: recoveryKey } : {}) });
    if (readable(status) && !wasReadable) await useBraid.getState().loadPlan();
  },
  dismissRecoveryKey() {
    set({ pendingRecoveryKey: null });
  },
}));

export function describeProtection(status: ProtectionStatus): string {
  if (status.mode === 'off' || status.state === 'off') return 'The plan, its backups and the audit log are stored in clear on this computer: anyone who can read its disk can read them.';
  const key = status.mode === 'keystore' ? 'the key is kept by your system keychain' : `the key is protected by your passphrase (${status.kdf ?? 'scrypt'})`;
  return `Encrypted at rest with ${status.cipher}; ${key}. The plan, every backup and the audit log are encrypted.`;
}
