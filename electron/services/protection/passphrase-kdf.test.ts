import { describe, expect, it } from 'vitest';
import { checkPassphrase, DEFAULT_LOG_N, deriveKey, MIN_LOG_N, newScryptParams } from './passphrase-kdf';

describe('the passphrase key derivation', () => {
  it('defaults to scrypt at N = 2^17 and never accepts less than 2^15 from a file', async () => {
    expect(DEFAULT_LOG_N).toBeGreaterThanOrEqual(17);
    expect(newScryptParams()).toMatchObject({ name: 'scrypt', logN: DEFAULT_LOG_N, r: 8, p: 1 });
    await expect(deriveKey('correct horse battery', newScryptParams({ logN: MIN_LOG_N - 1 }))).rejects.toThrow(/too weak/);
  });

  it('gives the same key for the same passphrase and salt, another for another salt', async () => {
    const params = newScryptParams({ logN: 10 });
    const a = await deriveKey('correct horse battery', params, 10);
    expect((await deriveKey('correct horse battery', params, 10)).equals(a)).toBe(true);
    expect((await deriveKey('correct horse battery', newScryptParams({ logN: 10 }), 10)).equals(a)).toBe(false);
  });

  it('treats the same passphrase typed in two Unicode forms as one', async () => {
    const params = newScryptParams({ logN: 10 });
    const composed = await deriveKey('Zoë passphrase', params, 10);
    expect((await deriveKey('Zoe\u0308 passphrase', params, 10)).equals(composed)).toBe(true);
  });

  it('asks for at least ten characters', () => {
    expect(checkPassphrase('short')).toMatch(/at least 10 characters/);
    expect(checkPassphrase('long enough words')).toBeNull();
  });
});
