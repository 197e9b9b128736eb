import { randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

/**
 * Turns a passphrase into a 32-byte key with scrypt. N = 2^17, r = 8, p = 1 (128 MiB,
 * about 0.3 s on a 2-core test machine): the OWASP recommendation for scrypt. Argon2 is
 * not in Node 20's crypto and every npm binding needs a native build, so scrypt it is.
 * Tests pass cheaper parameters; files never accept fewer than MIN_LOG_N.
 */
export const DEFAULT_LOG_N = 17;
export const MIN_LOG_N = 15;
export const MIN_PASSPHRASE_LENGTH = 10;

export const ScryptParams = z
  .object({
    name: z.literal('scrypt'),
    logN: z.number().int().min(10).max(18),
    r: z.literal(8),
    p: z.literal(1),
    salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/, 'salt must be 16 bytes of base64'),
  })
  .strict();
export type ScryptParams = z.infer<typeof ScryptParams>;

export interface KdfCost {
  logN: number;
}

export function newScryptParams(cost: KdfCost = { logN: DEFAULT_LOG_N }): ScryptParams {
  return { name: 'scrypt', logN: cost.logN, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

export function describeKdf(params: Pick<ScryptParams, 'logN' | 'r' | 'p'>): string {
  return `scrypt (N = 2^${params.logN}, r = ${params.r}, p = ${params.p})`;
}

/** The bytes that bind the parameters into the wrapped key, so nobody can lower them unnoticed. */
export function kdfContext(params: ScryptParams): Buffer {
  return Buffer.from(`scrypt:${params.logN}:${params.r}:${params.p}:${params.salt}`, 'utf8');
}

export function deriveKey(passphrase: string, params: ScryptParams, minLogN = MIN_LOG_N): Promise<Buffer> {
  if (params.logN < minLogN) return Promise.reject(new Error('The key settings of this file are too weak to trust.'));
  const N = 2 ** params.logN;
  // scrypt needs 128·N·r bytes; allow that plus headroom.
  const maxmem = 128 * N * params.r + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, { N, r: params.r, p: params.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A passphrase the services accept; the strength hint itself lives in the UI. */
export function checkPassphrase(passphrase: string, field = 'passphrase'): string | null {
  if (passphrase.trim().length < MIN_PASSPHRASE_LENGTH) {
    return `The ${field} is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters (a few unrelated words work well).`;
  }
  return null;
}
