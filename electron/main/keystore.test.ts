import { describe, expect, it } from 'vitest';
import { electronKeystore, type SafeStorageLike } from './keystore';

function safeStorage(available: boolean, backend: ReturnType<SafeStorageLike['getSelectedStorageBackend']>): SafeStorageLike {
  return {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (text: string) => Buffer.from(`sealed:${text}`),
    decryptStringAsync: async (bytes: Buffer) => ({ shouldReEncrypt: false, result: bytes.toString().replace('sealed:', '') }),
  };
}

describe('the Electron keystore', () => {
  it('is the OS keystore on Windows and macOS when safeStorage is available', async () => {
    expect(await electronKeystore(safeStorage(true, 'unknown'), 'win32').backend()).toBe('os');
    expect(await electronKeystore(safeStorage(false, 'unknown'), 'darwin').backend()).toBe('unavailable');
  });

  it('on Linux, reports basic_text (a fixed key) so Braid asks for a passphrase instead', async () => {
    expect(await electronKeystore(safeStorage(true, 'basic_text'), 'linux').backend()).toBe('basic_text');
    expect(await electronKeystore(safeStorage(true, 'gnome_libsecret'), 'linux').backend()).toBe('os');
    expect(await electronKeystore(safeStorage(true, 'kwallet6'), 'linux').backend()).toBe('os');
  });

  it('round-trips through the async API', async () => {
    const keystore = electronKeystore(safeStorage(true, 'kwallet5'), 'linux');
    expect(await keystore.decrypt(await keystore.encrypt('data key'))).toBe('data key');
  });
});
