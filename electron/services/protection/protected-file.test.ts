import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../shared/api/dispatch';
import { looksLikeProtectedPlan } from '../../../shared/api/protection-schemas';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { serializePlan } from '../plan-document';
import { openPlanText, passphraseFromCommandLine, protectPlanText, readPlanFile, unprotectPlanText } from './protected-file';

const PASSPHRASE = 'send it by mail';
const plan = planWith({ people: [{ id: 'zoe', name: 'Zoë Łukasiewicz' }] });
const cheap = { logN: 10 };
let dir: string;
let protectedText: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-travel-'));
  protectedText = await protectPlanText(serializePlan(plan), PASSPHRASE, cheap);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the passphrase-protected plan file', () => {
  it('is plain text in short lines (safe in an e-mail) and shows no name', () => {
    expect(looksLikeProtectedPlan(protectedText)).toBe(true);
    expect(protectedText).not.toContain('Zoë');
    expect(protectedText).not.toContain('Zo\\u00eb');
    expect(Math.max(...protectedText.split('\n').map((line) => line.length))).toBeLessThanOrEqual(200);
    expect(/^[\x20-\x7e\n]*$/.test(protectedText)).toBe(true);
  });

  it('opens with its passphrase, and says so plainly without it or with a wrong one', async () => {
    expect((await openPlanText('team.braid.protected', protectedText, PASSPHRASE)).people[0].name).toBe('Zoë Łukasiewicz');
    await expect(openPlanText('team.braid.protected', protectedText)).rejects.toThrow(/team.braid.protected is protected with a passphrase/);
    await expect(openPlanText('team.braid.protected', protectedText, 'send it by post')).rejects.toThrow(/passphrase is not right, or the file was changed or is damaged/);
  });

  it('refuses any changed character of the sealed data or of its key settings', async () => {
    const file = JSON.parse(protectedText);
    const line: string = file.envelope[1];
    const flipped = { ...file, envelope: [file.envelope[0], (line[5] === 'A' ? 'B' : 'A').padStart(6, line.slice(0, 5)) + line.slice(6), ...file.envelope.slice(2)] };
    await expect(unprotectPlanText(JSON.stringify(flipped), PASSPHRASE)).rejects.toThrow(/changed or is damaged/);
    const slipped = { ...file, envelope: [file.envelope[0], `${line.slice(0, 10)}!${line.slice(10)}`, ...file.envelope.slice(2)] };
    await expect(unprotectPlanText(JSON.stringify(slipped), PASSPHRASE)).rejects.toThrow(/changed or is damaged/);
    const weaker = { ...file, kdf: { ...file.kdf, logN: 11 } };
    await expect(unprotectPlanText(JSON.stringify(weaker), PASSPHRASE)).rejects.toThrow(/changed or is damaged/);
  });

  it('never throws anything but a message for the user on random text (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.constant(protectedText.slice(0, 300))), async (text) => {
        try {
          await unprotectPlanText(text, PASSPHRASE);
          return false;
        } catch (error) {
          return error instanceof UserFacingError;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is read by readPlanFile for the command line, with the passphrase from a file or BRAID_PASSPHRASE', async () => {
    const path = join(dir, 'team.braid.protected');
    const passphraseFile = join(dir, 'passphrase.txt');
    await writeFile(path, protectedText);
    await writeFile(passphraseFile, `${PASSPHRASE}\n`);
    const fromFile = await passphraseFromCommandLine(passphraseFile, { BRAID_PASSPHRASE: 'ignored when a file is given' });
    expect((await readPlanFile(path, { passphrase: fromFile })).people).toHaveLength(1);
    expect(await passphraseFromCommandLine(undefined, { BRAID_PASSPHRASE: PASSPHRASE })).toBe(PASSPHRASE);
    await expect(readPlanFile(path)).rejects.toThrow(/--passphrase-file FILE or the BRAID_PASSPHRASE variable/);
    // A plain plan file needs no passphrase.
    const plain = join(dir, 'team.braid.json');
    await writeFile(plain, serializePlan(plan));
    expect((await readPlanFile(plain)).people).toHaveLength(1);
  });
});
