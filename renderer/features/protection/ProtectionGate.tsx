import { useEffect, useState, type ReactNode } from 'react';
import { FirstRunChoice } from './FirstRunChoice';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';
import { UnlockScreen } from './UnlockScreen';
import { useProtection } from './protection-store';
import './protection.css';

/**
 * Stands before the app: the first-run choice, the unlock screen, or a plain message when
 * the protection settings are damaged. Once the plan can be read, the app itself.
 */
export function ProtectionGate({ children }: { children: ReactNode }) {
  const status = useProtection((s) => s.status);
  const refresh = useProtection((s) => s.refresh);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    refresh().catch((error: Error) => setFailed(error.message));
  }, [refresh]);

  if (failed) {
    return (
      <main className="protection-screen">
        <section className="card protection-card" role="alert">
          <h1>Braid could not check how your plans are protected</h1>
          <p>{failed}</p>
        </section>
      </main>
    );
  }
  if (!status) return <p className="muted protection-screen">Opening your plan…</p>;
  if (status.state === 'setup') return <FirstRunChoice />;
  if (status.state === 'locked') return <UnlockScreen />;
  if (status.state === 'damaged') {
    return (
      <main className="protection-screen" aria-labelledby="damaged-title">
        <section className="card protection-card" role="alert">
          <h1 id="damaged-title">Your plans cannot be opened</h1>
          <p>{status.message}</p>
          <p className="muted">Braid changed nothing in the data folder.</p>
        </section>
      </main>
    );
  }
  return (
    <>
      {children}
      <RecoveryKeyDialog />
    </>
  );
}
