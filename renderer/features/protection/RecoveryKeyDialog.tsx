import { formatMoment } from '../../components/dates';
import { useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { useProtection } from './protection-store';

const PRINTING = 'printing-recovery-key';

/**
 * The recovery key, shown once right after it was made: print it or write it down. When
 * closed it is gone from the app for good (the services never keep it either).
 */
export function RecoveryKeyDialog() {
  const recoveryKey = useProtection((s) => s.pendingRecoveryKey);
  const dismiss = useProtection((s) => s.dismissRecoveryKey);
  const [kept, setKept] = useState(false);
  if (!recoveryKey) return null;

  const print = () => {
    // Print CSS shows only the recovery sheet while this class is on.
    document.documentElement.classList.add(PRINTING);
    try {
      window.print();
    } finally {
      document.documentElement.classList.remove(PRINTING);
    }
  };
  const close = () => {
    setKept(false);
    dismiss();
  };

  return (
    // Escape must not lose the key before the user has kept it.
    <ModalDialog labelledBy="recovery-key-title" onClose={() => kept && close()} className="recovery-dialog">
      <div className="recovery-sheet">
        <h2 id="recovery-key-title">Your recovery key</h2>
        <p>
          If you forget your passphrase, this key is the only way to open your plans. Print it or write it down and keep it
          somewhere safe, away from this computer. <strong>It is shown only this once.</strong>
        </p>
        <p className="recovery-key" data-testid="recovery-key" aria-label={`Recovery key: ${recoveryKey.split('-').join(', ')}`}>
          {recoveryKey.split('-').map((group, i) => (
            <span key={i} className="recovery-group">
              {i > 0 && <span aria-hidden="true">-</span>}
              {group}
            </span>
          ))}
        </p>
        <p className="muted recovery-print-note">Braid recovery key — made {formatMoment(new Date().toISOString())}.</p>
      </div>
      <label className="checkbox-line">
        <input type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} /> I have printed or written down my recovery key
      </label>
      <div className="protection-actions">
        <button type="button" className="button" onClick={print}>
          Print
        </button>
        <button type="button" className="button primary" onClick={close} disabled={!kept}>
          Done
        </button>
      </div>
    </ModalDialog>
  );
}
