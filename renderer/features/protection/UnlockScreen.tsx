import { useId, useState, type FormEvent } from 'react';
import { call } from '../../platform';
import { PassphraseFields, pairProblem, type PassphrasePair } from './PassphraseFields';
import { useProtection } from './protection-store';
import { useAction } from './use-action';

/** Asked once per start: the passphrase opens the plans. The recovery key is the way back when it is forgotten. */
export function UnlockScreen() {
  const status = useProtection((s) => s.status)!;
  const [recovering, setRecovering] = useState(status.mode === 'keystore');
  return (
    <main className="protection-screen" aria-labelledby="unlock-title">
      <section className="card protection-card">
        <h1 id="unlock-title">Braid is locked</h1>
        {status.message ? <p>{status.message}</p> : <p>Your plans are encrypted on this computer. Type your passphrase to open them.</p>}
        {recovering ? <RecoveryForm onCancel={status.mode === 'passphrase' ? () => setRecovering(false) : undefined} /> : <PassphraseForm onForgot={() => setRecovering(true)} />}
      </section>
    </main>
  );
}

function PassphraseForm({ onForgot }: { onForgot(): void }) {
  const adopt = useProtection((s) => s.adopt);
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useAction();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const status = await call('protection:unlock', { passphrase });
      await adopt(status);
    }).finally(() => setPassphrase(''));
  };
  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={id}>
        Passphrase
        <input
          id={id}
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="protection-actions">
        <button type="submit" className="button primary" disabled={busy || !passphrase}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        <button type="button" className="button link-like" onClick={onForgot}>
          Forgot your passphrase? Use your recovery key
        </button>
      </div>
    </form>
  );
}

function RecoveryForm({ onCancel }: { onCancel?: () => void }) {
  const adopt = useProtection((s) => s.adopt);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [pair, setPair] = useState<PassphrasePair>({ passphrase: '', repeat: '' });
  const { busy, error, setError, run } = useAction();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = pairProblem(pair);
    if (problem) return setError(problem);
    void run(async () => {
      await adopt(await call('protection:unlockWithRecovery', { recoveryKey, newPassphrase: pair.passphrase }));
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2>Unlock with your recovery key</h2>
      <p className="muted">It is the printed key of six groups of five characters. You then choose a new passphrase.</p>
      <label htmlFor={id}>
        Recovery key
        <input
          id={id}
          type="text"
          className="recovery-input"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          placeholder="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
          value={recoveryKey}
          onChange={(e) => setRecoveryKey(e.target.value)}
        />
      </label>
      <PassphraseFields value={pair} onChange={setPair} otherWayIn="key-kept" />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="protection-actions">
        <button type="submit" className="button primary" disabled={busy || !recoveryKey}>
          {busy ? 'Unlocking…' : 'Unlock and set the new passphrase'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Back to the passphrase
          </button>
        )}
      </div>
    </form>
  );
}
