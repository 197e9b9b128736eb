import { useCallback, useRef, useState } from 'react';
import type { ImportMapping, ImportPreview, ImportTarget } from '../../../shared/import';
import { BraidCallError, call } from '../../platform';
import { fromBase64, saveBytes, toBase64 } from '../../platform/files';
import { useBraid } from '../../store';

export type ImportStep = 'file' | 'mapping' | 'preview';

interface ChosenFile {
  name: string;
  base64: string;
}

export interface ImportProblem {
  message: string;
  details: string[];
}

/**
 * One run of the Import wizard: the file, the server's latest preview, the mapping as the
 * user is editing it, and the waits. The file is read and checked by the services (Node),
 * never in this window, so a 50 000-row file does not freeze it; each wait shows progress.
 */
export function useImportSession(initialTarget?: ImportTarget) {
  const replacePlan = useBraid((s) => s.replacePlan);
  const [step, setStep] = useState<ImportStep>('file');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  // A later request wins: an answer to an older one is dropped.
  const latest = useRef(0);

  const run = useCallback(async <T,>(label: string, work: () => Promise<T>): Promise<T | null> => {
    const ticket = ++latest.current;
    setBusy(label);
    setProblem(null);
    try {
      const value = await work();
      return ticket === latest.current ? value : null;
    } catch (error) {
      if (ticket === latest.current) {
        setProblem({ message: error instanceof Error ? error.message : String(error), details: error instanceof BraidCallError ? error.details : [] });
      }
      return null;
    } finally {
      if (ticket === latest.current) setBusy(null);
    }
  }, []);

  const ask = useCallback(
    async (chosen: ChosenFile, options: { sheet?: string; target?: ImportTarget; mapping?: ImportMapping }, next: ImportStep) => {
      const result = await run(`Reading ${chosen.name}…`, () => call('import:preview', { fileName: chosen.name, base64: chosen.base64, ...options }));
      if (!result) return false;
      setPreview(result);
      setMapping(result.mapping);
      setStep(next);
      return true;
    },
    [run],
  );

  const chooseFile = useCallback(
    async (picked: File, saved?: ImportMapping) => {
      const read = await run(`Reading ${picked.name}…`, async () => ({ name: picked.name, base64: toBase64(new Uint8Array(await picked.arrayBuffer())) }));
      if (!read) return;
      setFile(read);
      setSkipInvalid(false);
      await ask(read, { mapping: saved, target: saved ? undefined : initialTarget }, 'mapping');
    },
    [ask, run, initialTarget],
  );

  /** Re-reads with another sheet or kind of data: the mapping is guessed afresh for it. */
  const reread = useCallback((options: { sheet?: string; target?: ImportTarget }) => (file ? ask(file, { sheet: options.sheet ?? preview?.sheet ?? undefined, target: options.target }, 'mapping') : Promise.resolve(false)), [ask, file, preview]);

  /** Checks the edited mapping against the file: refreshes the mapping step, or moves on to the preview. */
  const check = useCallback(
    (edited: ImportMapping, next: ImportStep = 'mapping') => (file ? ask(file, { sheet: preview?.sheet ?? undefined, mapping: edited }, next) : Promise.resolve(false)),
    [ask, file, preview],
  );

  const commit = useCallback(async () => {
    if (!file || !mapping) return false;
    const input = { fileName: file.name, base64: file.base64, sheet: preview?.sheet ?? undefined, mapping, skipInvalid };
    // A refusal is shown in the wizard, which stays open on the preview; nothing was changed.
    const snapshot = await run(`Importing ${file.name}…`, () => call('import:commit', input));
    if (!snapshot) return false;
    return replacePlan(async () => snapshot);
  }, [file, mapping, preview, replacePlan, run, skipInvalid]);

  /** The refused rows with their reasons, as a CSV to fix in Excel and import again. */
  const saveRefused = useCallback(async () => {
    if (!file || !mapping) return null;
    const input = { fileName: file.name, base64: file.base64, sheet: preview?.sheet ?? undefined, mapping };
    const saved = await run('Saving the refused rows…', () => call('import:refusedRows', input));
    return saved ? saveBytes(saved.fileName, fromBase64(saved.base64), saved.mime) : null;
  }, [file, mapping, preview, run]);

  return { step, setStep, file, preview, mapping, setMapping, busy, problem, skipInvalid, setSkipInvalid, chooseFile, reread, check, commit, saveRefused };
}

export type ImportSession = ReturnType<typeof useImportSession>;
