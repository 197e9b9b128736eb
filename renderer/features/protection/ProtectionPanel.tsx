import { formatMoment } from '../../components/dates';
import { useEffect, useState } from 'react';
import { call } from '../../platform';
import { useBraid } from '../../store';
import { ChangePassphraseForm, ExportProtectedForm, TurnOffForm, TurnOnForm } from './ProtectionForms';
import { describeProtection, useProtection } from './protection-store';
import './protection.css';

type Open = null | 'change' | 'export' | 'off' | 'on';

/** Settings: the protection in force, in plain words, and what the user can do about it. */
export function ProtectionPanel() {
  const status = useProtection((s) => s.status);
  const refresh = useProtection((s) => s.refresh);
  const adopt = useProtection((s) => s.adopt);
  const notify = useBraid((s) => s.notify);
  const hasPlan = useBraid((s) => s.plan !== null);
  const [open, setOpen] = useState<Open>(null);

  useEffect(() => {
    if (!status) refresh().catch(() => undefined);
  }, [status, refresh]);
  if (!status) return null;

  const on = status.state === 'unlocked';
  const newRecoveryKey = async () => {
    try {
      const result = await call('protection:recoveryKey', {});
      await adopt(result.status, result.recoveryKey);
    } catch (error) {
      notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="card protection-panel" aria-labelledby="protection-panel-title">
      <h2 id="protection-panel-title">Protection of your data</h2>
      <p data-testid="protection-in-force">
        <span className={`badge ${on ? 'info' : 'warning'}`}>{on ? 'Encrypted' : 'Not encrypted'}</span> {describeProtection(status)}
      </p>
      {on && (
        <p className="muted">
          {status.recoveryKey
            ? `Recovery key made on ${formatMoment(status.recoveryKey.createdAt)}. Making a new one stops the old one from working.`
            : `There is no recovery key yet: if ${status.mode === 'keystore' ? 'this computer’s keychain is reset or lost' : 'the passphrase is forgotten'}, the plans cannot be opened. Make one and print it.`}
        </p>
      )}
      {open === null && (
        <div className="protection-actions">
          {on && status.mode === 'passphrase' && (
            <button type="button" className="button" onClick={() => setOpen('change')}>
              Change the passphrase…
            </button>
          )}
          {on && (
            <button type="button" className="button" onClick={() => void newRecoveryKey()}>
              {status.recoveryKey ? 'Make a new recovery key' : 'Make a recovery key'}
            </button>
          )}
          <button type="button" className="button" disabled={!hasPlan} onClick={() => setOpen('export')}>
            Send a protected copy…
          </button>
          {on ? (
            <button type="button" className="button danger" onClick={() => setOpen('off')}>
              Turn encryption off…
            </button>
          ) : (
            <button type="button" className="button primary" onClick={() => setOpen('on')}>
              Turn encryption on…
            </button>
          )}
        </div>
      )}
      {open === 'change' && <ChangePassphraseForm onDone={() => setOpen(null)} />}
      {open === 'export' && <ExportProtectedForm onDone={() => setOpen(null)} />}
      {open === 'off' && <TurnOffForm needsPassphrase={status.mode === 'passphrase'} onDone={() => setOpen(null)} />}
      {open === 'on' && <TurnOnForm keystore={status.keystore === 'os'} onDone={() => setOpen(null)} />}
    </section>
  );
}
