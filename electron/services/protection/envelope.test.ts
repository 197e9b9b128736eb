import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADER_BYTES, NONCE_BYTES, openEnvelope, ProtectedDataError, sealEnvelope, type SealOptions } from './envelope';

const key = randomBytes(32);
const options: SealOptions = { kind: 'plan', keyId: Buffer.from('0123456789abcdef', 'hex') };
const plain = Buffer.from('{"people":[{"name":"Zoë Łukasiewicz","performance":5}]}', 'utf8');

function openError(bytes: Uint8Array, opts: SealOptions = options, withKey: Uint8Array = key): unknown {
  try {
    openEnvelope(withKey, bytes, opts);
    return null;
  } catch (error) {
    return error;
  }
}

describe('the encrypted envelope', () => {
  it('opens what it sealed, and the plaintext is nowhere in the sealed bytes', () => {
    const sealed = sealEnvelope(key, plain, options);
    expect(openEnvelope(key, sealed, options).equals(plain)).toBe(true);
    expect(sealed.includes(Buffer.from('Łukasiewicz'))).toBe(false);
  });

  it('uses a fresh random nonce for every seal', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => sealEnvelope(key, plain, options).subarray(18, 18 + NONCE_BYTES).toString('hex')));
    expect(nonces.size).toBe(50);
  });

  it('refuses a change to any single byte — header, ciphertext or tag — with "changed or is damaged"', () => {
    const sealed = sealEnvelope(key, plain, options);
    for (let i = 0; i < sealed.length; i++) {
      const changed = Buffer.from(sealed);
      changed[i] ^= 0x01;
      const error = openError(changed);
      expect(error, `byte ${i}`).toBeInstanceOf(ProtectedDataError);
      expect((error as Error).message, `byte ${i}`).toMatch(/changed or is damaged/);
    }
  });

  it('refuses a cut-short or lengthened file', () => {
    const sealed = sealEnvelope(key, plain, options);
    expect(openError(sealed.subarray(0, sealed.length - 1))).toBeInstanceOf(ProtectedDataError);
    expect(openError(Buffer.concat([sealed, Buffer.from([0])]))).toBeInstanceOf(ProtectedDataError);
    expect(openError(sealed.subarray(0, HEADER_BYTES))).toBeInstanceOf(ProtectedDataError);
  });

  it('refuses an audit entry passed off as a plan, another key, and other authenticated context', () => {
    const sealed = sealEnvelope(key, plain, options);
    expect((openError(sealed, { ...options, kind: 'auditEntry' }) as ProtectedDataError).reason).toBe('wrong-kind');
    expect((openError(sealed, options, randomBytes(32)) as ProtectedDataError).reason).toBe('damaged');
    const bound = sealEnvelope(key, plain, { ...options, context: Buffer.from('scrypt:17') });
    expect((openError(bound, { ...options, context: Buffer.from('scrypt:10') }) as ProtectedDataError).reason).toBe('damaged');
  });

  it('never throws anything but ProtectedDataError on random bytes (fuzzed)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, withMagic) => {
        const input = withMagic ? Buffer.concat([Buffer.from('BRAIDENC\x01\x01', 'latin1'), bytes]) : Buffer.from(bytes);
        const error = openError(input);
        return error instanceof ProtectedDataError;
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a sealed file with random bytes spliced in (fuzzed)', () => {
    const sealed = sealEnvelope(key, plain, options);
    fc.assert(
      fc.property(fc.nat(sealed.length - 1), fc.uint8Array({ minLength: 1, maxLength: 8 }), (at, junk) => {
        const changed = Buffer.concat([sealed.subarray(0, at), junk, sealed.subarray(at + junk.length)]);
        if (changed.equals(sealed)) return true;
        return openError(changed) instanceof ProtectedDataError;
      }),
      { numRuns: 1000 },
    );
  });
});
