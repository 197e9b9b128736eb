import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { PROTECTED_PLAN_FORMAT, looksLikeProtectedPlan } from '../../../shared/api/protection-schemas';
import { UserFacingError } from '../../../shared/api/dispatch';
import type { Plan } from '../../../shared/domain/plan/schema';
import { planOrRefuse } from '../plan-document';
import { KEY_ID_BYTES, openEnvelope, sealEnvelope } from './envelope';
import { checkPassphrase, deriveKey, kdfContext, newScryptParams, ScryptParams, type KdfCost } from './passphrase-kdf';

/**
 * The file that travels (`*.braid.protected`): a plan sealed under a passphrase of its own,
 * as JSON with the envelope in base64 lines of 76 characters, so it survives being
 * attached to, or pasted into, an e-mail. The envelope authenticates the KDF settings and
 * the format name as well as the plan.
 */
const LINE = 76;
const TRAVEL_KEY_ID = Buffer.alloc(KEY_ID_BYTES);

const Base64Line = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const ProtectedPlanFile = z
  .object({
    format: z.literal(PROTECTED_PLAN_FORMAT),
    version: z.literal(1),
    note: z.string(),
    kdf: ScryptParams,
    envelope: z.array(Base64Line).min(1),
  })
  .strict();

const context = (kdf: ScryptParams) => Buffer.concat([Buffer.from(`${PROTECTED_PLAN_FORMAT}:1:`, 'utf8'), kdfContext(kdf)]);

export const NEEDS_PASSPHRASE =
  'is protected with a passphrase. Give it (in the app when asked; on the command line with --passphrase-file FILE or the BRAID_PASSPHRASE variable).';
const NOT_OPENED = 'could not be opened: the passphrase is not right, or the file was changed or is damaged. Nothing was changed.';

export async function protectPlanText(planText: string, passphrase: string, cost?: KdfCost): Promise<string> {
  const weak = checkPassphrase(passphrase);
  if (weak) throw new UserFacingError(weak);
  const kdf = newScryptParams(cost);
  const key = await deriveKey(passphrase, kdf, Math.min(cost?.logN ?? 15, 15));
  const sealed = sealEnvelope(key, Buffer.from(planText, 'utf8'), { kind: 'travellingPlan', keyId: TRAVEL_KEY_ID, context: context(kdf) }).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < sealed.length; i += LINE) lines.push(sealed.slice(i, i + LINE));
  const file = {
    format: PROTECTED_PLAN_FORMAT,
    version: 1,
    note: 'A Braid plan protected with a passphrase (AES-256-GCM). Open it in Braid, or give the braid command --passphrase-file FILE.',
    kdf,
    envelope: lines,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The plan text inside a protected file. Never accepts a changed file. */
export async function unprotectPlanText(text: string, passphrase: string, fileName = 'The file'): Promise<string> {
  let file: z.infer<typeof ProtectedPlanFile>;
  try {
    file = ProtectedPlanFile.parse(JSON.parse(text));
  } catch {
    throw new UserFacingError(`${fileName} was changed or is damaged: it is not a readable protected Braid plan. Nothing was changed.`);
  }
  const joined = file.envelope.join('');
  const sealed = Buffer.from(joined, 'base64');
  // Node's base64 decoder skips characters it does not know; a strict round trip refuses them.
  if (sealed.toString('base64') !== joined) throw new UserFacingError(`${fileName} ${NOT_OPENED}`);
  try {
    const key = await deriveKey(passphrase, file.kdf, 10);
    return openEnvelope(key, sealed, { kind: 'travellingPlan', keyId: TRAVEL_KEY_ID, context: context(file.kdf) }).toString('utf8');
  } catch {
    throw new UserFacingError(`${fileName} ${NOT_OPENED}`);
  }
}

/** A plan from the text of a plan file, protected or not; refuses (UserFacingError) anything else. */
export async function openPlanText(fileName: string, text: string, passphrase?: string): Promise<Plan> {
  if (!looksLikeProtectedPlan(text)) return planOrRefuse(text, fileName);
  if (!passphrase) throw new UserFacingError(`${fileName} ${NEEDS_PASSPHRASE}`);
  return planOrRefuse(await unprotectPlanText(text, passphrase, fileName), fileName);
}

/**
 * For the `braid` command: reads a plan file from disk, protected or not.
 * `passphrase` comes from passphraseFromCommandLine.
 */
export async function readPlanFile(path: string, options: { passphrase?: string } = {}): Promise<Plan> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    throw new UserFacingError(`${path} could not be read: ${(error as Error).message}`);
  }
  return openPlanText(basename(path), text, options.passphrase);
}

/**
 * The passphrase for a protected file on the command line: `--passphrase-file FILE` (its
 * first line) wins over BRAID_PASSPHRASE. Never a plain `--passphrase` argument — it would
 * sit in the shell history and in every process listing.
 */
export async function passphraseFromCommandLine(passphraseFile: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (passphraseFile) {
    const text = await fs.readFile(passphraseFile, 'utf8').catch((error: Error) => {
      throw new UserFacingError(`--passphrase-file: ${passphraseFile} could not be read (${error.message}).`);
    });
    const first = text.split(/\r?\n/)[0];
    if (!first) throw new UserFacingError(`--passphrase-file: ${passphraseFile} is empty.`);
    return first;
  }
  return env.BRAID_PASSPHRASE || undefined;
}
