import { useMemo, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ACTION_KIND_HINTS, ACTION_KIND_LABELS, ACTION_KINDS } from '../../../shared/domain/plan/action-kinds';
import type { Action, Person, Plan } from '../../../shared/domain/plan/schema';
import { ModalDialog } from '../../components/ModalDialog';
import { costLabel } from '../../components/money';
import { useBraid } from '../../store';
import { FieldError, fieldProps } from '../people/FieldError';
import { FormSelect } from '../people/FormSelect';
import { PersonPicker } from '../rotations/PersonPicker';
import { actionFormContext, actionFormSchema, actionFormValues, actionFromForm, nextActionId, type ActionFormOutput, type ActionFormValues } from './action-form-schema';
import { useUndoableEdit } from './use-undoable-edit';

interface Props {
  plan: Plan;
  person: Person;
  /** null: plan a new action. */
  action?: Action;
  /** A new action starts with these threads ticked: the person's thread gaps. */
  suggestedThreads?: string[];
  onClose(): void;
}

/** Plan or edit one development action; saving is one undoable, audited edit. */
export function ActionFormDialog({ plan, person, action, suggestedThreads = [], onClose }: Props) {
  const change = useUndoableEdit();
  const asOf = plan.organization.asOf ?? new Date().toISOString().slice(0, 10);
  // The form's rules and first values are fixed when it opens; the plan may change meanwhile.
  const [schema] = useState(() => actionFormSchema(actionFormContext(plan, person.id)));
  const [defaultValues] = useState(() => actionFormValues(action, asOf, suggestedThreads));
  const form = useForm<ActionFormValues, unknown, ActionFormOutput>({ resolver: zodResolver(schema), defaultValues, reValidateMode: 'onChange' });
  const { register, handleSubmit, formState, watch } = form;
  const errors = formState.errors;
  const owner = useController({ control: form.control, name: 'ownerId' });
  const notOwners = useMemo(() => new Set([person.id]), [person.id]);
  const kind = watch('kind');
  const name = person.name || person.id;

  const save = handleSubmit(async (output) => {
    const id = action?.id ?? nextActionId(useBraid.getState().plan!);
    const saved = actionFromForm(output, action, id, person.id);
    const message = action ? `Saved the changes to “${saved.title}”.` : `Planned “${saved.title}” for ${name}.`;
    if (await change('action:save', { action: saved }, message)) onClose();
  });

  const roles = plan.roles.filter((r) => !r.retired || r.id === action?.roleId);
  const liveStatus = !action || action.status === 'planned' || action.status === 'active';
  return (
    <ModalDialog labelledBy="action-form-title" onClose={onClose} className="person-form-dialog action-form-dialog">
      <form onSubmit={save} noValidate className="person-form">
        <h2 id="action-form-title">{action ? `Edit “${action.title}”` : `Plan a development action for ${name}`}</h2>
        {Object.keys(errors).length > 0 && (
          <p className="field-error person-form-summary" role="alert">
            Some fields need a look: see the messages next to them.
          </p>
        )}
        <div className="person-form-grid">
          <FormSelect
            control={form.control}
            name="kind"
            label="Kind"
            options={ACTION_KINDS.map((k) => ({ value: k, label: ACTION_KIND_LABELS[k], description: ACTION_KIND_HINTS[k] }))}
          />
          <label>
            Title
            <input type="text" {...register('title')} {...fieldProps('title', errors.title)} />
            <FieldError id="title" error={errors.title} />
          </label>
          {kind === 'acting-role' && (
            <FormSelect
              control={form.control}
              name="roleId"
              label="Acting as"
              error={errors.roleId}
              description="Time in the seat counts as time on the side of the role’s first domain."
              options={[{ value: '', label: 'Choose the role…' }, ...roles.map((r) => ({ value: r.id, label: r.title }))]}
            />
          )}
          <label>
            Start
            <input type="date" {...register('start')} {...fieldProps('start', errors.start)} />
            <FieldError id="start" error={errors.start} />
          </label>
          <label>
            End
            <input type="date" {...register('end')} {...fieldProps('end', errors.end)} />
            <FieldError id="end" error={errors.end} />
          </label>
          <div className="action-form-field">
            <label>
              Evidence due
              <input
                type="date"
                {...register('evidenceDue')}
                {...fieldProps('evidenceDue', errors.evidenceDue)}
                aria-describedby={['action-evidence-help', errors.evidenceDue ? 'field-evidenceDue-error' : ''].join(' ').trim()}
              />
            </label>
            <span className="muted action-form-help" id="action-evidence-help">
              When an assessment of its threads is expected; empty = its end.
            </span>
            <FieldError id="evidenceDue" error={errors.evidenceDue} />
          </div>
          {liveStatus ? (
            <FormSelect
              control={form.control}
              name="status"
              label="Status"
              options={[
                { value: 'planned', label: 'Planned' },
                { value: 'active', label: 'Active (under way)' },
              ]}
            />
          ) : (
            <p className="muted">Status: {action.status}. Completing and cancelling are done from the list.</p>
          )}
          <PersonPicker
            label="Owner (mentor, coach or sponsor)"
            people={plan.people}
            exclude={notOwners}
            optional
            value={owner.field.value || null}
            onChange={(id) => owner.field.onChange(id ?? '')}
            error={errors.ownerId?.message}
          />
          <label>
            {costLabel(plan.organization.currency)}
            <input type="number" min={0} step="any" inputMode="decimal" {...register('cost')} {...fieldProps('cost', errors.cost)} />
            <FieldError id="cost" error={errors.cost} />
          </label>
        </div>
        <fieldset className="person-form-rows action-form-threads" aria-describedby={errors.threads ? 'field-threads-error' : undefined}>
          <legend>Threads it develops</legend>
          {plan.framework.threads.map((thread) => (
            <label key={thread.id} className="check">
              <input type="checkbox" value={thread.id} {...register('threads')} />
              {thread.name}
            </label>
          ))}
          <FieldError id="threads" error={errors.threads as never} />
        </fieldset>
        <label className="action-form-note">
          Note
          <textarea rows={2} {...register('note')} {...fieldProps('note', errors.note)} />
          <FieldError id="note" error={errors.note} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="button primary" disabled={formState.isSubmitting}>
            {action ? 'Save changes' : 'Plan action'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
