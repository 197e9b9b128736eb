import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { writeFileAtomic } from '../plan-file';
import { KEY_BYTES, KEY_ID_BYTES, openEnvelope, ProtectedDataError, sealEnvelope } from './envelope';
import type { DataKey } from './at-rest-codec';
import { deriveKey, kdfContext, newScryptParams, ScryptParams, type KdfCost } from './passphrase-kdf';
import { recoveryWrappingKey } from './recovery-key';

/**
 * protection.json: which protection is in force and the data key, wrapped — by the
 * passphrase, by the OS keystore, by the recovery key. It holds no plan data and no
 * secret in clear, so it is written as it is. `recoding` marks a switch on or off that
 * was interrupted; the next start finishes it.
 */
export const KEYRING_FILE_NAME = 'protection.json';

const Base64 = z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'must be base64');

export const Keyring = z
  .object({
    format: z.literal('braid-protection'),
    version: z.literal(1),
    mode: z.enum(['off', 'passphrase', 'keystore']),
    keyId: z.string().regex(/^[0-9a-f]{16}$/).nullable(),
    passphrase: z.object({ kdf: ScryptParams, wrapped: Base64 }).strict().optional(),
    keystore: z.object({ wrapped: Base64 }).strict().optional(),
    recovery: z.object({ salt: Base64, wrapped: Base64, createdAt: z.string() }).strict().optional(),
    recoding: z.enum(['on', 'off']).optional(),
  })
  .strict();
export type Keyring = z.infer<typeof Keyring>;

export type KeyringReading = { kind: 'missing' } | { kind: 'ok'; keyring: Keyring } | { kind: 'damaged'; message: string };

export async function readKeyring(dataDir: string): Promise<KeyringReading> {
  let text: string;
  try {
    text = await fs.readFile(join(dataDir, KEYRING_FILE_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    const parsed = Keyring.safeParse(JSON.parse(text));
    if (parsed.success) return { kind: 'ok', keyring: parsed.data };
  } catch {
    // fall through: not JSON
  }
  return { kind: 'damaged', message: `${KEYRING_FILE_NAME} in the data folder was changed or is damaged.` };
}

export async function writeKeyring(dataDir: string, keyring: Keyring): Promise<void> {
  await writeFileAtomic(join(dataDir, KEYRING_FILE_NAME), `${JSON.stringify(Keyring.parse(keyring), null, 2)}\n`);
}

export function newDataKey(): DataKey {
  return { id: randomBytes(KEY_ID_BYTES), key: randomBytes(KEY_BYTES) };
}

export function keyIdHex(dataKey: DataKey): string {
  return dataKey.id.toString('hex');
}

function dataKeyFrom(keyring: Keyring, key: Buffer): DataKey {
  if (key.length !== KEY_BYTES || !keyring.keyId) throw new ProtectedDataError('damaged');
  return { id: Buffer.from(keyring.keyId, 'hex'), key };
}

const RECOVERY_CONTEXT = Buffer.from('recovery', 'utf8');

export async function wrapWithPassphrase(dataKey: DataKey, passphrase: string, cost?: KdfCost): Promise<NonNullable<Keyring['passphrase']>> {
  const kdf = newScryptParams(cost);
  const kek = await deriveKey(passphrase, kdf, Math.min(cost?.logN ?? 15, 15));
  const wrapped = sealEnvelope(kek, dataKey.key, { kind: 'wrappedKey', keyId: dataKey.id, context: kdfContext(kdf) });
  return { kdf, wrapped: wrapped.toString('base64') };
}

/** The data key, or ProtectedDataError('damaged') for a wrong passphrase (GCM cannot tell the two apart). */
export async function unwrapWithPassphrase(keyring: Keyring, passphrase: string, minLogN: number): Promise<DataKey> {
  const wrap = keyring.passphrase;
  if (!wrap || !keyring.keyId) throw new ProtectedDataError('damaged');
  const kek = await deriveKey(passphrase, wrap.kdf, minLogN);
  const keyId = Buffer.from(keyring.keyId, 'hex');
  return dataKeyFrom(keyring, openEnvelope(kek, Buffer.from(wrap.wrapped, 'base64'), { kind: 'wrappedKey', keyId, context: kdfContext(wrap.kdf) }));
}

export function wrapWithRecoveryKey(dataKey: DataKey, recoveryKey: string, now = new Date()): NonNullable<Keyring['recovery']> {
  const salt = randomBytes(16);
  const kek = recoveryWrappingKey(recoveryKey, salt);
  const wrapped = sealEnvelope(kek, dataKey.key, { kind: 'wrappedKey', keyId: dataKey.id, context: RECOVERY_CONTEXT });
  return { salt: salt.toString('base64'), wrapped: wrapped.toString('base64'), createdAt: now.toISOString() };
}

export function unwrapWithRecoveryKey(keyring: Keyring, recoveryKey: string): DataKey {
  const wrap = keyring.recovery;
  if (!wrap || !keyring.keyId) throw new ProtectedDataError('damaged');
  const kek = recoveryWrappingKey(recoveryKey, Buffer.from(wrap.salt, 'base64'));
  const keyId = Buffer.from(keyring.keyId, 'hex');
  return dataKeyFrom(keyring, openEnvelope(kek, Buffer.from(wrap.wrapped, 'base64'), { kind: 'wrappedKey', keyId, context: RECOVERY_CONTEXT }));
}

export interface KeystorePortLike {
  encrypt(text: string): Promise<Uint8Array>;
  decrypt(bytes: Uint8Array): Promise<string>;
}

export async function wrapWithKeystore(dataKey: DataKey, keystore: KeystorePortLike): Promise<NonNullable<Keyring['keystore']>> {
  const wrapped = await keystore.encrypt(dataKey.key.toString('base64'));
  return { wrapped: Buffer.from(wrapped).toString('base64') };
}

export async function unwrapWithKeystore(keyring: Keyring, keystore: KeystorePortLike): Promise<DataKey> {
  if (!keyring.keystore) throw new ProtectedDataError('damaged');
  const text = await keystore.decrypt(Buffer.from(keyring.keystore.wrapped, 'base64'));
  return dataKeyFrom(keyring, Buffer.from(text, 'base64'));
}
