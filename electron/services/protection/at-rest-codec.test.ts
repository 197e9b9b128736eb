import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../tests/helpers/folder-scan';
import { AtRestCodec } from './at-rest-codec';
import { ProtectedDataError } from './envelope';
import { newDataKey } from './keyring';
import { PLAN_FILE_NAME } from './data-folder';
import { startProtected } from './testing';

const sealedCodec = () => {
  const codec = new AtRestCodec();
  codec.setState({ kind: 'sealed', dataKey: newDataKey(), acceptClear: false });
  return codec;
};

describe('the at-rest codec', () => {
  it('refuses to write anything while locked', () => {
    const codec = new AtRestCodec();
    expect(() => codec.sealText('{"name":"Ana"}', 'plan')).toThrow(/locked/);
  });

  it('while sealing, only ever produces envelopes, and refuses clear bytes on the way in', () => {
    const codec = sealedCodec();
    const sealed = codec.sealText('{"name":"Ana"}', 'plan');
    expect(sealed.subarray(0, 8).toString('latin1')).toBe('BRAIDENC');
    expect(codec.openText(sealed, 'plan')).toBe('{"name":"Ana"}');
    expect(() => codec.open(Buffer.from('{"name":"Mallory"}'), 'plan')).toThrow(/should be encrypted/);
  });

  it('with protection off, refuses an encrypted file rather than guessing', () => {
    const sealed = sealedCodec().sealText('x', 'plan');
    expect(() => AtRestCodec.clear().open(sealed, 'plan')).toThrow(/encrypted, but protection is off/);
  });

  it('throws nothing but ProtectedDataError on random input, in every state (fuzzed)', () => {
    const codecs = [sealedCodec(), AtRestCodec.clear(), new AtRestCodec()];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), fc.nat(2), (bytes, magic, which) => {
        const input = magic ? Buffer.concat([Buffer.from('BRAIDENC', 'latin1'), bytes]) : Buffer.from(bytes);
        try {
          codecs[which].open(input, 'plan');
          return which === 1 && !magic; // only a clear codec passes clear bytes through
        } catch (error) {
          return error instanceof ProtectedDataError;
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('opening a protected data folder whose plan file is random bytes (fuzzed)', () => {
  it('never throws, never writes: the bytes are kept aside untouched and the user is told', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.boolean(), async (bytes, magic) => {
        const dir = await mkdtemp(join(tmpdir(), 'braid-fuzz-'));
        try {
          const setup = await startProtected(dir);
          await setup.handlers['protection:choose']({ mode: 'passphrase', passphrase: 'river otter lantern quay' });
          const junk = magic ? Buffer.concat([Buffer.from('BRAIDENC\x01\x01', 'latin1'), bytes]) : Buffer.from(bytes);
          await writeFile(join(dir, PLAN_FILE_NAME), junk);
          const app = await startProtected(dir);
          await app.handlers['protection:unlock']({ passphrase: 'river otter lantern quay' });
          const { problem, plan } = app.store.snapshot();
          const files = await filesUnder(dir);
          expect(plan).toBeNull();
          expect(problem?.keptAt).toBeTruthy();
          expect((await readFile(problem!.keptAt)).equals(junk)).toBe(true);
          // Only protection.json, the audit line of the first choice and the kept-aside bytes.
          expect(files.map((f) => f.path.slice(dir.length + 1).replace(/unreadable-.*$/, 'unreadable')).sort()).toEqual([
            'audit.jsonl',
            'plan.unreadable',
            'protection.json',
          ]);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
