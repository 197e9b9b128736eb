import { useState } from 'react';
import { call } from '../../platform';
import { PassphraseFields, submitNewPassphrase, type PassphrasePair } from './PassphraseFields';
import { useProtection } from './protection-store';
import { useAction } from './use-action';

export const NO_ENCRYPTION_WARNING =
  'Without encryption, anyone who can read this computer’s disk — another user account, a backup copy, a lost or stolen laptop — can read every name, rating and flight risk in your plans.';

/** First run: choose a passphrase (twice) before anything is stored, or knowingly go on without encryption. */
export function FirstRunChoice() {
  const status = useProtection((s) => s.status)!;
  const adopt = useProtection((s) => s.adopt);
  const [pair, setPair] = useState<PassphrasePair>({ passphrase: '', repeat: '' });
  const [skipping, setSkipping] = useState(false);
  const action = useAction();
  const { busy, error, run } = action;

  const choosePassphrase = submitNewPassphrase(pair, action, async () => {
    const result = await call('protection:choose', { mode: 'passphrase', passphrase: pair.passphrase });
    await adopt(result.status, result.recoveryKey);
  });
  const choose = (mode: 'off' | 'keystore') =>
    run(async () => {
      const result = await call('protection:choose', { mode });
      await adopt(result.status, result.recoveryKey);
    });

  return (
    <main className="protection-screen" aria-labelledby="first-run-title">
      <section className="card protection-card">
        <h1 id="first-run-title">Protect your plans</h1>
        <p>
          Braid keeps confidential data — names, ratings, flight risk. It encrypts everything it stores on this computer with a
          passphrase you choose now. You will type it once each time Braid starts. Nothing is stored until you choose.
        </p>
        {status.keystore === 'basic_text' && (
          <p className="muted">This computer has no system keychain Braid can trust, so a passphrase protects your plans.</p>
        )}
        {!skipping ? (
          <form onSubmit={choosePassphrase} noValidate>
            <PassphraseFields value={pair} onChange={setPair} label="Choose a passphrase" otherWayIn="key-comes-next" />
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="protection-actions">
              <button type="submit" className="button primary" disabled={busy}>
                {busy ? 'Encrypting…' : 'Encrypt with this passphrase'}
              </button>
              {status.keystore === 'os' && (
                <button type="button" className="button" disabled={busy} onClick={() => void choose('keystore')}>
                  Use the system keychain instead
                </button>
              )}
              <button type="button" className="button link-like" onClick={() => setSkipping(true)}>
                Continue without encryption…
              </button>
            </div>
          </form>
        ) : (
          <div className="protection-warning" role="region" aria-labelledby="no-encryption-title">
            <h2 id="no-encryption-title">Store your plans unencrypted?</h2>
            <p>{NO_ENCRYPTION_WARNING}</p>
            <p>You can turn encryption on later under Framework &amp; data.</p>
            {error && (
              <p className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="protection-actions">
              <button type="button" className="button primary" onClick={() => setSkipping(false)} autoFocus>
                Go back and choose a passphrase
              </button>
              <button type="button" className="button danger" disabled={busy} onClick={() => void choose('off')}>
                Continue without encryption
              </button>
            </div>
          </div>
        )}
      </section>
    </main>
  );
}
