import { describe, expect, it } from 'vitest';
import { newRecoveryKey, normalizeRecoveryKey, recoveryWrappingKey } from './recovery-key';

describe('the recovery key', () => {
  it('is six groups of five characters a person can copy from paper', () => {
    const key = newRecoveryKey();
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}$/);
    expect(newRecoveryKey()).not.toBe(key);
  });

  it('forgives case, spacing and the usual misreadings of a printed page', () => {
    const key = '7K2QD-MX4PA-00000-11111-VVVVV-ABCDE';
    expect(normalizeRecoveryKey('7k2qd mx4pa OOOOO iiiil uuuuu abcde')).toBe(key);
    expect(recoveryWrappingKey('7k2qdmx4paooooo11111vvvvvabcde', Buffer.alloc(16)).equals(recoveryWrappingKey(key, Buffer.alloc(16)))).toBe(true);
  });

  it('refuses what cannot be a recovery key', () => {
    expect(normalizeRecoveryKey('7K2QD-MX4PA')).toBeNull();
    expect(normalizeRecoveryKey('7K2QD-MX4PA-00000-11111-VVVVV-ABCD!')).toBeNull();
  });
});
