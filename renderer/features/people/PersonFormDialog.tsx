import { useMemo, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
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
import { FormSelect } from './FormSelect';
import { PersonPicker } from '../rotations/PersonPicker';
import { BAND_OPTIONS, PERFORMANCE_OPTIONS } from '../../components/select-options';

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
  // Spec choice: the manager is picked by typing a name (10 000 people do not fit a list); nobody manages themselves.
  const notManagers = useMemo(() => new Set(personId ? [personId] : []), [personId]);
  const manager = useController({ control: form.control, name: 'managerId' });

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
          <FormSelect
            control={form.control}
            name="homeDomain"
            label="Home domain"
            error={errors.homeDomain}
            options={plan.framework.domains.map((d) => ({ value: d.id, label: `${d.name} (${d.side})` }))}
          />
          <PersonPicker
            label="Manager"
            people={plan.people}
            exclude={notManagers}
            optional
            value={manager.field.value || null}
            onChange={(id) => manager.field.onChange(id ?? '')}
            error={errors.managerId?.message}
          />
          <FormSelect
            control={form.control}
            name="track"
            label="Track"
            options={[
              { value: 'braided', label: 'Braided (rotates across sides)' },
              { value: 'linear', label: 'Linear (stays on one side)' },
            ]}
          />
          <FormSelect control={form.control} name="performance" label="Performance" error={errors.performance} options={PERFORMANCE_OPTIONS} />
          <FormSelect control={form.control} name="potential" label="Potential" options={BAND_OPTIONS} />
          <FormSelect control={form.control} name="flightRisk" label="Flight risk" options={BAND_OPTIONS} />
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
