import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { call } from '../../platform';
import { saveBytes } from '../../platform/files';
import { useBraid } from '../../store';
import { NO_ENCRYPTION_WARNING } from './FirstRunChoice';
import { PassphraseFields, submitNewPassphrase, type PassphrasePair } from './PassphraseFields';
import { useProtection } from './protection-store';
import { useAction } from './use-action';

const EMPTY: PassphrasePair = { passphrase: '', repeat: '' };

function FormShell({ title, onSubmit, onCancel, error, children, submitLabel, busy, danger }: {
  title: string;
  onSubmit(event: FormEvent): void;
  onCancel(): void;
  error: string | null;
  children: ReactNode;
  submitLabel: string;
  busy: boolean;
  danger?: boolean;
}) {
  const id = useId();
  return (
    <form className="protection-form" onSubmit={onSubmit} aria-labelledby={id} noValidate>
      <h3 id={id}>{title}</h3>
      {children}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="protection-actions">
        <button type="submit" className={`button ${danger ? 'danger' : 'primary'}`} disabled={busy}>
          {busy ? 'Working…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function CurrentPassphrase({ value, onChange, label = 'Current passphrase' }: { value: string; onChange(v: string): void; label?: string }) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <input id={id} type="password" autoComplete="current-password" value={value} onChange={(e) => onChange(e.target.value)} autoFocus />
    </label>
  );
}

export function ChangePassphraseForm({ onDone }: { onDone(): void }) {
  const adopt = useProtection((s) => s.adopt);
  const notify = useBraid((s) => s.notify);
  const [current, setCurrent] = useState('');
  const [pair, setPair] = useState(EMPTY);
  const action = useAction();
  const { busy, error } = action;
  const submit = submitNewPassphrase(pair, action, async () => {
    await adopt(await call('protection:changePassphrase', { current, next: pair.passphrase }));
    notify({ tone: 'success', message: 'The passphrase was changed. Use the new one from the next start.' });
    onDone();
  });
  return (
    <FormShell title="Change the passphrase" onSubmit={submit} onCancel={onDone} error={error} busy={busy} submitLabel="Change the passphrase">
      <CurrentPassphrase value={current} onChange={setCurrent} />
      <PassphraseFields value={pair} onChange={setPair} otherWayIn="key-kept" />
    </FormShell>
  );
}

export function TurnOnForm({ keystore, onDone }: { keystore: boolean; onDone(): void }) {
  const adopt = useProtection((s) => s.adopt);
  const [pair, setPair] = useState(EMPTY);
  const action = useAction();
  const { busy, error, run } = action;
  const choose = async (choice: { mode: 'passphrase'; passphrase: string } | { mode: 'keystore' }) => {
    const result = await call('protection:choose', choice);
    await adopt(result.status, result.recoveryKey);
    onDone();
  };
  const submit = submitNewPassphrase(pair, action, () => choose({ mode: 'passphrase', passphrase: pair.passphrase }));
  return (
    <FormShell title="Turn encryption on" onSubmit={submit} onCancel={onDone} error={error} busy={busy} submitLabel="Encrypt with this passphrase">
      <p className="muted">The plan, every backup and the audit log are encrypted at once; you then type the passphrase once per start.</p>
      <PassphraseFields value={pair} onChange={setPair} otherWayIn="key-comes-next" />
      {keystore && (
        <button type="button" className="button" disabled={busy} onClick={() => void run(() => choose({ mode: 'keystore' }))}>
          Use the system keychain instead
        </button>
      )}
    </FormShell>
  );
}

export function TurnOffForm({ needsPassphrase, onDone }: { needsPassphrase: boolean; onDone(): void }) {
  const adopt = useProtection((s) => s.adopt);
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await adopt(await call('protection:disable', needsPassphrase ? { passphrase } : {}));
      onDone();
    });
  };
  return (
    <FormShell title="Turn encryption off?" onSubmit={submit} onCancel={onDone} error={error} busy={busy} submitLabel="Store everything unencrypted" danger>
      <p className="protection-warning-text">{NO_ENCRYPTION_WARNING} Braid rewrites the plan, every backup and the audit log in clear now.</p>
      {needsPassphrase && <CurrentPassphrase value={passphrase} onChange={setPassphrase} label="Your passphrase, to confirm" />}
    </FormShell>
  );
}

export function ExportProtectedForm({ onDone }: { onDone(): void }) {
  const notify = useBraid((s) => s.notify);
  const [pair, setPair] = useState(EMPTY);
  const action = useAction();
  const { busy, error } = action;
  const submit = submitNewPassphrase(pair, action, async () => {
    const file = await call('plan:exportProtected', { passphrase: pair.passphrase });
    const where = await saveBytes(file.fileName, file.text, 'application/json');
    if (where) notify({ tone: 'success', message: `Saved ${file.fileName}. Tell the recipient its passphrase another way (by phone, not in the same e-mail).` });
    onDone();
  });
  return (
    <FormShell title="Send a protected copy" onSubmit={submit} onCancel={onDone} error={error} busy={busy} submitLabel="Save the protected file">
      <p className="muted">A copy of the plan locked with a passphrase of its own, safe to attach to an e-mail. Braid opens it after asking for that passphrase.</p>
      <PassphraseFields value={pair} onChange={setPair} label="Passphrase for this file" otherWayIn="none" />
    </FormShell>
  );
}
