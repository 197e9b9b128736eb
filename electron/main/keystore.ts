import type { SafeStorage } from 'electron';
import type { KeystorePort } from '../services/ports';

export { operatingSystemUser } from '../services/audit/who';

export type SafeStorageLike = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

/**
 * Electron's safeStorage as the services' keystore, with the async API (the sync one is
 * deprecated in Electron 45 and gone in 46). On Linux without a keyring safeStorage falls
 * back to 'basic_text' — a key built into Chromium, the same on every machine — which
 * protects nothing, so Braid treats it like no keystore and asks for a passphrase.
 */
export function electronKeystore(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): KeystorePort {
  return {
    async backend() {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'unavailable';
      if (platform !== 'linux') return 'os';
      const backend = safeStorage.getSelectedStorageBackend();
      if (backend === 'basic_text') return 'basic_text';
      return backend === 'unknown' ? 'unavailable' : 'os';
    },
    async encrypt(text) {
      return new Uint8Array(await safeStorage.encryptStringAsync(text));
    },
    async decrypt(bytes) {
      // shouldReEncrypt (a rotated OS key) needs nothing from us: the data key inside is unchanged.
      return (await safeStorage.decryptStringAsync(Buffer.from(bytes))).result;
    },
  };
}
