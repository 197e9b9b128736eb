import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useBraid } from '../../store';
import { setPersonArchived } from './archive-person';
import { ConfirmDialog, ModalDialog } from '../../components/ModalDialog';
import { FieldError, fieldProps } from './FieldError';
import { HistoryRows } from './HistoryRows';
import {
  formContextOf,
  formValuesOf,
  nextPersonId,
  personFormSchema,
  personFromForm,
  type PersonFormOutput,
  type PersonFormValues,
} from './person-form-schema';
import './person-form.css';

interface Props {
  /** null: add a new person. */
  personId: string | null;
  onClose(): void;
  onSaved?(personId: string): void;
}

/** Add or edit a person, experience and assessments included, in one form; archive from here too. */
export function PersonFormDialog({ personId, onClose, onSaved }: Props) {
  const plan = useBraid((s) => s.plan)!;
  const edit = useBraid((s) => s.edit);
  const notify = useBraid((s) => s.notify);
  const existing = personId === null ? undefined : plan.people.find((p) => p.id === personId);
  // The form's rules and first values are fixed when it opens; the plan may change meanwhile.
  const [schema] = useState(() => personFormSchema(formContextOf(plan, personId)));
  const [defaultValues] = useState(() => formValuesOf(existing, plan));
  const [confirmArchive, setConfirmArchive] = useState(false);
  const form = useForm<PersonFormValues, unknown, PersonFormOutput>({ resolver: zodResolver(schema), defaultValues, reValidateMode: 'onChange' });
  const { register, handleSubmit, formState } = form;
  const errors = formState.errors;
  const managers = useMemo(
    () => plan.people.filter((p) => p.id !== personId && !p.archived).sort((a, b) => a.name.localeCompare(b.name)),
    [plan.people, personId],
  );

  const save = handleSubmit(async (output) => {
    const id = personId ?? nextPersonId(useBraid.getState().plan!);
    const person = personFromForm(output, existing, id);
    if (await edit('person:save', { person })) {
      notify({
        tone: 'success',
        message: personId ? `Saved the changes to ${person.name}.` : `Added ${person.name} to the roster.`,
        action: { label: 'Undo', run: () => void useBraid.getState().undo() },
      });
      onClose();
      onSaved?.(id);
    }
  });

  return (
    <ModalDialog labelledBy="person-form-title" onClose={onClose} className="person-form-dialog">
      <form onSubmit={save} noValidate className="person-form">
        <h2 id="person-form-title">{existing ? `Edit ${existing.name || existing.id}` : 'Add a person'}</h2>
        {Object.keys(errors).length > 0 && (
          <p className="field-error person-form-summary" role="alert">
            Some fields need a look: see the messages next to them.
          </p>
        )}
        <div className="person-form-grid">
          <label>
            Name
            <input type="text" {...register('name')} {...fieldProps('name', errors.name)} />
            <FieldError id="name" error={errors.name} />
          </label>
          <label>
            Title
            <input type="text" {...register('title')} {...fieldProps('title', errors.title)} />
            <FieldError id="title" error={errors.title} />
          </label>
          <label>
            Home domain
            <select {...register('homeDomain')} {...fieldProps('homeDomain', errors.homeDomain)}>
              {plan.framework.domains.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name} ({d.side})
                </option>
              ))}
            </select>
            <FieldError id="homeDomain" error={errors.homeDomain} />
          </label>
          <label>
            Manager
            <select {...register('managerId')} {...fieldProps('managerId', errors.managerId)}>
              <option value="">No manager on the roster</option>
              {managers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {p.title}
                </option>
              ))}
            </select>
            <FieldError id="managerId" error={errors.managerId} />
          </label>
          <label>
            Track
            <select {...register('track')}>
              <option value="braided">Braided (rotates across sides)</option>
              <option value="linear">Linear (stays on one side)</option>
            </select>
          </label>
          <label>
            Performance
            <select {...register('performance')} {...fieldProps('performance', errors.performance)}>
              <option value="">Not rated</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
            <FieldError id="performance" error={errors.performance} />
          </label>
          <label>
            Potential
            <select {...register('potential')}>
              <option value="">Not rated</option>
              <option value="low">Low</option>
              <option value="medium">Medium</option>
              <option value="high">High</option>
            </select>
          </label>
          <label>
            Flight risk
            <select {...register('flightRisk')}>
              <option value="">Not rated</option>
              <option value="low">Low</option>
              <option value="medium">Medium</option>
              <option value="high">High</option>
            </select>
          </label>
        </div>
        <HistoryRows form={form} plan={plan} />
        <div className="dialog-actions">
          {existing && !existing.archived && (
            <button type="button" className="button danger person-form-archive" onClick={() => setConfirmArchive(true)}>
              Archive…
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={formState.isSubmitting}>
            {existing ? 'Save changes' : 'Add person'}
          </button>
        </div>
      </form>
      {confirmArchive && existing && (
        <ArchiveConfirm
          name={existing.name || existing.id}
          onCancel={() => setConfirmArchive(false)}
          onConfirm={async () => {
            setConfirmArchive(false);
            if (await setPersonArchived(existing.id, true)) onClose();
          }}
        />
      )}
    </ModalDialog>
  );
}

export function ArchiveConfirm({ name, onConfirm, onCancel }: { name: string; onConfirm(): void; onCancel(): void }) {
  return (
    <ConfirmDialog title={`Archive ${name}?`} confirmLabel="Archive" danger onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        {name} leaves the roster and the pipeline analysis. Their history stays in the plan file, and you can bring them back
        with “Show archived” on the People screen.
      </p>
    </ConfirmDialog>
  );
}
