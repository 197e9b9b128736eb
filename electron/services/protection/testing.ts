import { DEFAULT_PREFERENCES } from '../preferences';
import type { KeystorePort, ServicePorts } from '../ports';
import { auditHandlers } from '../audit/audit-handlers';
import { erasureHandlers } from '../erasure-handlers';
import { protectionHandlers } from './protection-handlers';
import { openProtectedStore } from './protected-store';

/**
 * For the protection tests: the store, protection, audit log and their handlers over a data
 * folder, as createServices wires them, with a cheap scrypt so each test stays fast.
 */
export async function startProtected(dataDir: string, keystore?: KeystorePort) {
  const ports: ServicePorts = {
    transport: 'web',
    version: 'test',
    dataDir,
    resourcesDir: dataDir,
    preferences: { get: () => DEFAULT_PREFERENCES, set: () => DEFAULT_PREFERENCES, takeNotice: () => null },
    saveDebounceMs: 1,
    userName: 'hr.partner',
    keystore,
  };
  const opened = await openProtectedStore(ports, { kdfCost: { logN: 10 } });
  return { ...opened, handlers: { ...protectionHandlers(opened), ...erasureHandlers(opened), ...auditHandlers(opened) } };
}

/** A keystore whose backend and failures a test decides; it "encrypts" by reversing and tagging. */
export function fakeKeystore(backend: Awaited<ReturnType<KeystorePort['backend']>>, options: { failDecrypt?: boolean } = {}) {
  const calls = { encrypt: 0, decrypt: 0 };
  const port: KeystorePort = {
    backend: async () => backend,
    encrypt: async (text) => {
      calls.encrypt += 1;
      return Buffer.from(`os:${[...text].reverse().join('')}`, 'utf8');
    },
    decrypt: async (bytes) => {
      calls.decrypt += 1;
      if (options.failDecrypt) throw new Error('The keychain is locked');
      return [...Buffer.from(bytes).toString('utf8').replace(/^os:/, '')].reverse().join('');
    },
  };
  return { port, calls };
}
