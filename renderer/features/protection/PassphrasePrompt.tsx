import { useCallback, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { looksLikeProtectedPlan } from '../../../shared/api/protection-schemas';
import { ModalDialog } from '../../components/ModalDialog';
import './protection.css';

/**
 * Asks for the passphrase of a protected plan file someone sent. Returns the dialog to
 * render and `passphraseFor(fileName, text)`: undefined for an ordinary plan file, the typed
 * passphrase for a protected one, null when the user cancelled.
 *
 *   const [prompt, passphraseFor] = usePassphrasePrompt();
 *   const passphrase = await passphraseFor(file.name, text);
 *   if (passphrase !== null) await replacePlan(() => call('plan:open', { fileName: file.name, text, passphrase }));
 */
export function usePassphrasePrompt(): [ReactNode, (fileName: string, text: string) => Promise<string | null | undefined>] {
  const [asking, setAsking] = useState<string | null>(null);
  const resolver = useRef<((value: string | null) => void) | null>(null);

  const passphraseFor = useCallback((fileName: string, text: string) => {
    if (!looksLikeProtectedPlan(text)) return Promise.resolve(undefined);
    setAsking(fileName);
    return new Promise<string | null>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const finish = (value: string | null) => {
    resolver.current?.(value);
    resolver.current = null;
    setAsking(null);
  };

  const element = asking ? <PassphraseDialog fileName={asking} onDone={finish} /> : null;
  return [element, passphraseFor];
}

export interface PlanFileToOpen {
  fileName: string;
  text: string;
  passphrase?: string;
}

/**
 * Reads a plan file the user picked and, when it is a protected file, asks for its
 * passphrase: what 'plan:open' needs, or null when the user cancelled.
 */
export function usePlanFilePicker(): [ReactNode, (file: File) => Promise<PlanFileToOpen | null>] {
  const [prompt, passphraseFor] = usePassphrasePrompt();
  const pick = useCallback(
    async (file: File) => {
      const text = await file.text();
      const passphrase = await passphraseFor(file.name, text);
      return passphrase === null ? null : { fileName: file.name, text, passphrase };
    },
    [passphraseFor],
  );
  return [prompt, pick];
}

function PassphraseDialog({ fileName, onDone }: { fileName: string; onDone(value: string | null): void }) {
  const [passphrase, setPassphrase] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) onDone(passphrase);
  };
  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={() => onDone(null)} className="recovery-dialog">
      <form onSubmit={submit} className="protection-form">
        <h2 id={`${id}-title`}>This plan file is protected</h2>
        <p>
          <strong>{fileName}</strong> is locked with a passphrase. Type the passphrase the sender gave you.
        </p>
        <label htmlFor={id}>
          Passphrase for this file
          <input id={id} type="password" autoComplete="off" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
        <div className="protection-actions">
          <button type="submit" className="button primary" disabled={!passphrase}>
            Open
          </button>
          <button type="button" className="button" onClick={() => onDone(null)}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
