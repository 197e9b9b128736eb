import { basename } from 'node:path';
import type { Plan } from '../../shared/domain/plan/schema';
import { formatPlanError, type PlanError } from '../../shared/domain/plan/plan-errors';
import { parsePlanTextLazily } from '../../shared/domain/plan/parse-plan-lazily';
import type { CliIo } from './io';
import { looksLikeProtectedPlan } from '../../shared/api/protected-plan-format';

/** `passphrase` is set when the file was passphrase-protected: write it back protected with it. */
export type PlanFileReading = { ok: true; plan: Plan; passphrase?: string } | { ok: false; unreadable: boolean; errors: PlanError[] };

/**
 * The passphrase of a protected plan file: the first line of --passphrase-file, else
 * BRAID_PASSPHRASE. Never an argument of its own (it would show in `ps` and the history).
 */
async function passphraseFor(io: CliIo, passphraseFile: string | undefined): Promise<string | undefined> {
  if (passphraseFile !== undefined) return (await io.readFile(passphraseFile)).split(/\r?\n/)[0] || undefined;
  return process.env.BRAID_PASSPHRASE || undefined;
}

/** Reads and validates a plan file, protected (*.braid.protected) or not; an unreadable file is one error naming the file. */
export async function readPlanFile(io: CliIo, path: string, passphraseFile?: string): Promise<PlanFileReading> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
    return { ok: false, unreadable: true, errors: [{ path: '', message: `cannot read ${path}: ${reason}` }] };
  }
  let passphrase: string | undefined;
  if (looksLikeProtectedPlan(text)) {
    try {
      passphrase = await passphraseFor(io, passphraseFile);
      if (!passphrase) throw new Error(`${path} is protected with a passphrase: give it with --passphrase-file FILE or the BRAID_PASSPHRASE variable`);
      // The protection code (and zod with it) is loaded only for a protected file.
      const { unprotectPlanText } = await import('../services/protection/protected-file');
      text = await unprotectPlanText(text, passphrase, path);
    } catch (error) {
      return { ok: false, unreadable: true, errors: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
    }
  }
  const result = await parsePlanTextLazily(text, basename(path));
  return result.ok ? { ...result, ...(passphrase ? { passphrase } : {}) } : { ok: false, unreadable: false, errors: result.errors };
}

/** Why a file was refused, on stderr: the path-named errors of an invalid plan. */
export function reportRefusedPlan(io: CliIo, command: string, path: string, reading: Extract<PlanFileReading, { ok: false }>): void {
  if (reading.unreadable) {
    io.stderr(`braid ${command}: ${formatPlanError(reading.errors[0])}\n`);
    return;
  }
  const lines = reading.errors.map((e) => `  ${formatPlanError(e)}`);
  io.stderr(`braid ${command}: ${path} is not a valid Braid plan:\n${lines.join('\n')}\n`);
}
