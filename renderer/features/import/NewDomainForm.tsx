import { useId, useState } from 'react';
import type { Side, Thread } from '../../../shared/domain/plan/schema';
import type { NewDomain } from '../../../shared/import';
import { SelectField } from '../../components/SelectField';
import { SIDE_OPTIONS } from '../../components/select-options';

interface Props {
  /** The department as the file writes it. */
  value: string;
  threads: readonly Thread[];
  disabled: boolean;
  onAdd(domain: Omit<NewDomain, 'id'>): void;
  onCancel(): void;
}

/** "Workday: Human Resources (Luca Varga)" → "Human Resources": the organisation, not its manager. */
export const suggestedDomainName = (value: string): string => value.replace(/\s*\([^)]*\)\s*$/, '').trim() || value.trim();

/**
 * *Add as a new domain*, for a department that matches no domain: its name, its side and
 * the threads it develops. The domain is added by the import itself, in the same undoable step.
 */
export function NewDomainForm({ value, threads, disabled, onAdd, onCancel }: Props) {
  const id = useId();
  const [name, setName] = useState(suggestedDomainName(value));
  const [side, setSide] = useState<Side>('front');
  const [develops, setDevelops] = useState<string[]>([]);
  const toggle = (thread: string) => setDevelops((list) => (list.includes(thread) ? list.filter((t) => t !== thread) : [...list, thread]));
  return (
    <fieldset className="import-new-domain">
      <legend>New domain for “{value}”</legend>
      <div className="import-inline">
        <label htmlFor={`${id}-name`}>
          Name
          <input id={`${id}-name`} type="text" maxLength={200} value={name} disabled={disabled} onChange={(e) => setName(e.target.value)} />
        </label>
        <SelectField label="Side" value={side} disabled={disabled} onChange={setSide} options={SIDE_OPTIONS} />
      </div>
      <fieldset className="import-develops">
        <legend>Threads it develops</legend>
        {threads.map((thread) => (
          <label key={thread.id} className="import-check">
            <input type="checkbox" checked={develops.includes(thread.id)} disabled={disabled} onChange={() => toggle(thread.id)} />
            {thread.name}
          </label>
        ))}
      </fieldset>
      <div className="import-inline">
        <button type="button" className="button primary" disabled={disabled || !name.trim()} onClick={() => onAdd({ name: name.trim(), side, develops })}>
          Add domain
        </button>
        <button type="button" className="button" disabled={disabled} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
