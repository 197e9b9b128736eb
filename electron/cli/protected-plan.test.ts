import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { protectPlanText } from '../services/protection/protected-file';
import { braid, fixture } from './testing/fake-io';

const PLAN = '/plans/team.braid.protected';
const PASSPHRASE_FILE = '/secrets/passphrase.txt';
const PASSPHRASE = 'send it by mail';
let files: Record<string, string>;

beforeAll(async () => {
  const text = await protectPlanText(readFileSync(fixture('small.braid.json'), 'utf8'), PASSPHRASE, { logN: 10 });
  files = { [PLAN]: text, [PASSPHRASE_FILE]: `${PASSPHRASE}\n` };
});
afterEach(() => {
  delete process.env.BRAID_PASSPHRASE;
});

describe('braid with a passphrase-protected plan file', () => {
  it('reads it with --passphrase-file', async () => {
    const run = await braid(['check', PLAN, '--passphrase-file', PASSPHRASE_FILE], files);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('team.braid.protected is a valid Braid plan.');
  });

  it('reads it with BRAID_PASSPHRASE', async () => {
    process.env.BRAID_PASSPHRASE = PASSPHRASE;
    const run = await braid(['check', PLAN, '--json'], files);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true });
  });

  it('says how to give the passphrase when there is none, and refuses a wrong one (exit 2)', async () => {
    const none = await braid(['check', PLAN], files);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('is protected with a passphrase: give it with --passphrase-file FILE or the BRAID_PASSPHRASE variable');
    process.env.BRAID_PASSPHRASE = 'send it by post';
    const wrong = await braid(['check', PLAN], files);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('the passphrase is not right, or the file was changed or is damaged');
  });
});
