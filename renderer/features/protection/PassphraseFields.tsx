import { useId, type FormEvent } from 'react';
import { MIN_LENGTH, passphraseStrength } from './passphrase-strength';

export interface PassphrasePair {
  passphrase: string;
  repeat: string;
}

/** Why a new passphrase cannot be used yet, or null. */
export function pairProblem(pair: PassphrasePair): string | null {
  if ([...pair.passphrase].length < MIN_LENGTH) return `The passphrase needs at least ${MIN_LENGTH} characters.`;
  if (pair.passphrase !== pair.repeat) return 'The two passphrases are not the same.';
  return null;
}

/**
 * The submit of a form that sets a new passphrase: the pair is checked first (its problem shown,
 * nothing sent), then the action runs with the form's busy and error state (useAction).
 */
export function submitNewPassphrase(
  pair: PassphrasePair,
  { setError, run }: { setError(message: string): void; run(action: () => Promise<void>): Promise<boolean> },
  action: () => Promise<void>,
): (event: FormEvent) => Promise<void> {
  return async (event) => {
    event.preventDefault();
    const problem = pairProblem(pair);
    if (problem) return setError(problem);
    await run(action);
  };
}

/**
 * What else opens the data if this passphrase is forgotten, said where it is true: a recovery key is
 * issued on the screen after the first choice; a change keeps the key already printed; a protected
 * copy for someone else has no key at all.
 */
export type OtherWayIn = 'key-comes-next' | 'key-kept' | 'none';

const OTHER_WAY_IN: Record<OtherWayIn, string> = {
  'key-comes-next': 'Braid gives you a recovery key on the next screen: the only other way in.',
  'key-kept': 'Your recovery key stays the only other way in.',
  none: 'Nobody can open this file without it.',
};

/** A new passphrase typed twice, with a strength hint that updates as the user types. */
export function PassphraseFields({
  value,
  onChange,
  label = 'New passphrase',
  otherWayIn,
}: {
  value: PassphrasePair;
  onChange(next: PassphrasePair): void;
  label?: string;
  otherWayIn: OtherWayIn;
}) {
  const id = useId();
  const strength = passphraseStrength(value.passphrase);
  const usable = strength.score >= 3;
  const mismatch = value.repeat.length > 0 && value.repeat !== value.passphrase;
  return (
    <div className="passphrase-fields">
      <label htmlFor={`${id}-new`}>
        {label}
        <input
          id={`${id}-new`}
          type="password"
          autoComplete="new-password"
          value={value.passphrase}
          aria-describedby={`${id}-strength`}
          onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
        />
      </label>
      <p id={`${id}-strength`} className={`strength strength-${value.passphrase ? strength.score : 'empty'}`} aria-live="polite">
        <meter min={0} max={4} value={strength.score} aria-hidden="true" /> <strong>{value.passphrase ? strength.label : 'Strength'}</strong>
        {value.passphrase ? `: ${strength.hint}${usable ? ` ${OTHER_WAY_IN[otherWayIn]}` : ''}` : `: at least ${MIN_LENGTH} characters; a few unrelated words work well.`}
      </p>
      <label htmlFor={`${id}-repeat`}>
        Type it again
        <input
          id={`${id}-repeat`}
          type="password"
          autoComplete="new-password"
          value={value.repeat}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? `${id}-mismatch` : undefined}
          onChange={(e) => onChange({ ...value, repeat: e.target.value })}
        />
      </label>
      {mismatch && (
        <p id={`${id}-mismatch`} className="field-error">
          The two passphrases are not the same yet.
        </p>
      )}
    </div>
  );
}
