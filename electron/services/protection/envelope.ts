import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Braid's encrypted envelope, version 1 (AES-256-GCM):
 *
 *   offset  size  field
 *   0       8     magic "BRAIDENC"
 *   8       1     version (1)
 *   9       1     kind: what the content is (plan, audit entry, wrapped key, travelling file)
 *   10      8     key id: which data key sealed it
 *   18      12    nonce, fresh and random for every seal
 *   30      n     ciphertext
 *   30+n    16    GCM tag
 *
 * The whole 30-byte header is the additional authenticated data, so changing any byte of
 * the file — header, ciphertext or tag — makes opening fail. Binding the kind stops an
 * audit line from being passed off as a plan, and the key id tells "another key" apart.
 */

export const MAGIC = Buffer.from('BRAIDENC', 'latin1');
export const ENVELOPE_VERSION = 1;
export const HEADER_BYTES = 30;
export const TAG_BYTES = 16;
export const NONCE_BYTES = 12;
export const KEY_BYTES = 32;
export const KEY_ID_BYTES = 8;

export const ENVELOPE_KIND = { plan: 1, auditEntry: 2, wrappedKey: 3, travellingPlan: 4 } as const;
export type EnvelopeKind = keyof typeof ENVELOPE_KIND;

export const DAMAGED_MESSAGE = 'This file was changed or is damaged, so Braid will not use it.';

/** Why protected data could not be opened. `reason` lets callers word their own message. */
export class ProtectedDataError extends Error {
  override name = 'ProtectedDataError';
  constructor(
    readonly reason: 'damaged' | 'newer-version' | 'other-key' | 'wrong-kind' | 'not-sealed' | 'locked',
    message: string = DAMAGED_MESSAGE,
  ) {
    super(message);
  }
}

export interface SealOptions {
  kind: EnvelopeKind;
  keyId: Uint8Array;
  /** Extra authenticated bytes that are stored elsewhere (e.g. the KDF parameters of a wrapped key). */
  context?: Uint8Array;
}

export function isEnvelope(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);
}

function header(kind: EnvelopeKind, keyId: Uint8Array, nonce: Uint8Array): Buffer {
  if (keyId.length !== KEY_ID_BYTES) throw new Error(`A key id has ${KEY_ID_BYTES} bytes.`);
  const head = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(head, 0);
  head[8] = ENVELOPE_VERSION;
  head[9] = ENVELOPE_KIND[kind];
  head.set(keyId, 10);
  head.set(nonce, 18);
  return head;
}

function aad(head: Uint8Array, context?: Uint8Array): Buffer {
  return context ? Buffer.concat([head, context]) : Buffer.from(head);
}

export function sealEnvelope(key: Uint8Array, plain: Uint8Array, options: SealOptions): Buffer {
  if (key.length !== KEY_BYTES) throw new Error(`An AES-256 key has ${KEY_BYTES} bytes.`);
  const nonce = randomBytes(NONCE_BYTES);
  const head = header(options.kind, options.keyId, nonce);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad(head, options.context));
  const body = cipher.update(plain);
  const final = cipher.final();
  return Buffer.concat([head, body, final, cipher.getAuthTag()]);
}

/** The key id a sealed envelope names, or null when the bytes are not an envelope. */
/**
 * Opens an envelope sealed with `key`. Throws ProtectedDataError — and only that — for
 * anything that is not an intact envelope of the expected kind under this key.
 */
export function openEnvelope(key: Uint8Array, sealed: Uint8Array, options: SealOptions): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes.length < HEADER_BYTES + TAG_BYTES || !isEnvelope(bytes)) throw new ProtectedDataError('damaged');
  if (bytes[8] !== ENVELOPE_VERSION) {
    throw new ProtectedDataError(
      bytes[8] > ENVELOPE_VERSION ? 'newer-version' : 'damaged',
      bytes[8] > ENVELOPE_VERSION
        ? 'This file was changed or is damaged, or it was made by a newer version of Braid.'
        : DAMAGED_MESSAGE,
    );
  }
  if (bytes[9] !== ENVELOPE_KIND[options.kind]) throw new ProtectedDataError('wrong-kind');
  if (!bytes.subarray(10, 18).equals(Buffer.from(options.keyId))) {
    throw new ProtectedDataError('other-key', 'This file was changed or is damaged, or it was encrypted with a key this data folder does not have.');
  }
  const head = bytes.subarray(0, HEADER_BYTES);
  const nonce = bytes.subarray(18, HEADER_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const body = bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(aad(head, options.context));
    decipher.setAuthTag(tag);
    const plain = decipher.update(body);
    const rest = decipher.final(); // empty for GCM; concatenating would copy the whole plan
    return rest.length ? Buffer.concat([plain, rest]) : plain;
  } catch {
    throw new ProtectedDataError('damaged');
  }
}
