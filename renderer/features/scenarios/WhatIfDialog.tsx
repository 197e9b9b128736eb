import { useId, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { useBraid } from '../../store';
import { whatIfSentence, type WhatIfKind } from './what-if-wording';

export interface WhatIfSubject {
  kind: WhatIfKind;
  /** Person, rotation, role or host id. */
  id: string;
  /** How the subject reads in a sentence: "Анна Петрова", "王芳's rotation at Cloud Operations". */
  name: string;
  /** The value the field starts with: a date, a number of months or a capacity. */
  initial: string | number;
}

const QUESTIONS: Record<WhatIfKind, string> = {
  leave: 'What if this person leaves?',
  slip: 'What if this rotation slips?',
  vacancy: 'What if this role falls vacant?',
  capacity: 'What if this host’s capacity changes?',
};

const EXPLANATIONS: Record<WhatIfKind, string> = {
  leave: 'Their roles fall vacant on that day, they leave every slate, their rotations stop, they stop mentoring and covering seats after it, and their direct reports move to their manager.',
  slip: 'The start and the end move by this many months (negative: earlier).',
  vacancy: 'The role is expected to fall vacant on that day, with high vacancy risk; the incumbent holds it until then.',
  capacity: 'How many rotations the host takes at a time.',
};

/** Asks for the what-if's value and makes it in the open scenario, or in a new one named after it. */
export function WhatIfDialog({ subject, onClose }: { subject: WhatIfSubject; onClose(): void }) {
  const titleId = useId();
  const fieldId = useId();
  const scenario = useBraid((s) => s.scenario);
  const createScenario = useBraid((s) => s.createScenario);
  const edit = useBraid((s) => s.edit);
  const [value, setValue] = useState(String(subject.initial));
  const isDate = subject.kind === 'leave' || subject.kind === 'vacancy';
  const valid = isDate ? /^\d{4}-\d{2}-\d{2}$/.test(value) : /^-?\d+$/.test(value) && (subject.kind === 'capacity' ? Number(value) >= 1 : Number(value) !== 0);

  const submit = async () => {
    if (!valid) return;
    if (!scenario && !(await createScenario(whatIfSentence(subject.kind, subject.name, value), ''))) return;
    const ok =
      subject.kind === 'leave'
        ? await edit('whatif:leave', { personId: subject.id, on: value })
        : subject.kind === 'slip'
          ? await edit('whatif:slip', { rotationId: subject.id, months: Number(value) })
          : subject.kind === 'vacancy'
            ? await edit('whatif:vacancy', { roleId: subject.id, on: value })
            : await edit('whatif:capacity', { hostId: subject.id, capacity: Number(value) });
    if (ok) onClose();
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="confirm-dialog what-if-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>{QUESTIONS[subject.kind]}</h2>
        <p className="muted">{EXPLANATIONS[subject.kind]}</p>
        <label htmlFor={fieldId} className="field-label">
          {subject.kind === 'leave' ? `${subject.name} leaves on` : subject.kind === 'slip' ? 'Months' : subject.kind === 'vacancy' ? 'Falls vacant on' : 'Rotations at a time'}
        </label>
        <input id={fieldId} type={isDate ? 'date' : 'number'} value={value} min={subject.kind === 'capacity' ? 1 : undefined} step={1} onChange={(e) => setValue(e.target.value)} required autoFocus />
        <p className="what-if-where">
          {scenario ? (
            <>
              Made in the scenario <strong>{scenario.name}</strong>; the plan does not change.
            </>
          ) : (
            <>
              Made in a new scenario, “{valid ? whatIfSentence(subject.kind, subject.name, value) : '…'}”; the plan does not change.
            </>
          )}
        </p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!valid}>
            {scenario ? 'Try it in this scenario' : 'Try it in a new scenario'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
