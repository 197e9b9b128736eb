import { hkdfSync, randomBytes } from 'node:crypto';

/**
 * The recovery key: 30 characters of Crockford base32 (150 random bits) in six groups of
 * five, e.g. `7K2QD-MX4PA-…`. It is printed once and wraps the same data key as the
 * passphrase. With 150 bits of entropy a slow KDF adds nothing, so HKDF-SHA256 derives
 * the wrapping key. Crockford's alphabet has no I, L, O or U; reading them as 1, 1, 0 and
 * V forgives the usual misreadings of a printed page.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 6;
export const RECOVERY_GROUP_LENGTH = 5;
const LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH;

export function newRecoveryKey(): string {
  const bytes = randomBytes(LENGTH);
  // 256 is a multiple of 32, so `byte % 32` is unbiased.
  const chars = Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
  return formatRecoveryKey(chars);
}

function formatRecoveryKey(chars: string): string {
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += RECOVERY_GROUP_LENGTH) groups.push(chars.slice(i, i + RECOVERY_GROUP_LENGTH));
  return groups.join('-');
}

/** The canonical form of a typed recovery key, or null when it cannot be one. */
export function normalizeRecoveryKey(typed: string): string | null {
  const chars = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
    .replace(/U/g, 'V');
  if (chars.length !== LENGTH || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return formatRecoveryKey(chars);
}

export function recoveryWrappingKey(recoveryKey: string, salt: Uint8Array): Buffer {
  const canonical = normalizeRecoveryKey(recoveryKey);
  if (!canonical) throw new Error('Not a recovery key.');
  return Buffer.from(hkdfSync('sha256', canonical, salt, 'braid recovery key v1', 32));
}
