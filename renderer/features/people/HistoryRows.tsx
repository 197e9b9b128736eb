import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { Plan } from '../../../shared/domain/plan/schema';
import { AssessmentFacets } from './AssessmentFacets';
import { FieldError, fieldProps } from './FieldError';
import type { PersonFormOutput, PersonFormValues } from './person-form-schema';
import { FormSelect } from './FormSelect';
import { LEVEL_OPTIONS } from '../../components/select-options';

type Form = UseFormReturn<PersonFormValues, unknown, PersonFormOutput>;

/** Experience entries and assessments: rows added and removed in place, checked with the rest of the form. */
export function HistoryRows({ form, plan }: { form: Form; plan: Plan }) {
  const { register, control, formState, getValues } = form;
  const experience = useFieldArray({ control, name: 'experience' });
  const assessments = useFieldArray({ control, name: 'assessments' });
  const errors = formState.errors;
  const today = plan.organization.asOf ?? new Date().toISOString().slice(0, 10);

  return (
    <>
      <fieldset className="person-form-rows">
        <legend>Experience</legend>
        {experience.fields.length === 0 && <p className="muted">No experience recorded. Add where this person has worked.</p>}
        {experience.fields.map((field, i) => {
          const e = errors.experience?.[i];
          return (
            <div key={field.id} className="person-form-row" role="group" aria-label={`Experience ${i + 1}`}>
              <FormSelect control={control} name={`experience.${i}.domain`} label="Domain" error={e?.domain} options={plan.framework.domains.map((d) => ({ value: d.id, label: d.name }))} />
              <label>
                Start
                <input type="date" {...register(`experience.${i}.start`)} {...fieldProps(`experience-${i}-start`, e?.start)} />
                <FieldError id={`experience-${i}-start`} error={e?.start} />
              </label>
              <label>
                End (blank = ongoing)
                <input type="date" {...register(`experience.${i}.end`)} {...fieldProps(`experience-${i}-end`, e?.end)} />
                <FieldError id={`experience-${i}-end`} error={e?.end} />
              </label>
              <button type="button" className="button small person-form-remove" aria-label={`Remove experience ${i + 1}`} onClick={() => experience.remove(i)}>
                Remove
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button small"
          onClick={() => experience.append({ domain: getValues('homeDomain') || plan.framework.domains[0]?.id || '', start: '', end: '' })}
        >
          Add experience
        </button>
      </fieldset>

      <fieldset className="person-form-rows">
        <legend>Assessments</legend>
        {assessments.fields.length === 0 && <p className="muted">No assessments yet.</p>}
        {assessments.fields.map((field, i) => {
          const e = errors.assessments?.[i];
          return (
            <div key={field.id} className="person-form-row person-form-row-assessment" role="group" aria-label={`Assessment ${i + 1}`}>
              <FormSelect control={control} name={`assessments.${i}.thread`} label="Thread" error={e?.thread} options={plan.framework.threads.map((t) => ({ value: t.id, label: t.name }))} />
              <FormSelect control={control} name={`assessments.${i}.level`} label="Level" error={e?.level} options={LEVEL_OPTIONS} />
              <label>
                Date
                <input type="date" {...register(`assessments.${i}.date`)} {...fieldProps(`assessments-${i}-date`, e?.date)} />
                <FieldError id={`assessments-${i}-date`} error={e?.date} />
              </label>
              <FormSelect
                control={control}
                name={`assessments.${i}.source`}
                label="Source"
                options={[
                  { value: 'self', label: 'Self' },
                  { value: 'manager', label: 'Manager' },
                  { value: '360', label: '360' },
                  { value: 'host', label: 'Rotation host' },
                ]}
              />
              <label className="person-form-note">
                Note
                <input type="text" {...register(`assessments.${i}.note`)} {...fieldProps(`assessments-${i}-note`, e?.note)} />
                <FieldError id={`assessments-${i}-note`} error={e?.note} />
              </label>
              <button type="button" className="button small person-form-remove" aria-label={`Remove assessment ${i + 1}`} onClick={() => assessments.remove(i)}>
                Remove
              </button>
              <AssessmentFacets control={control} index={i} threads={plan.framework.threads} />
            </div>
          );
        })}
        <button
          type="button"
          className="button small"
          onClick={() => assessments.append({ thread: plan.framework.threads[0]?.id ?? '', level: '3', date: today, source: 'manager', note: '' })}
        >
          Add assessment
        </button>
      </fieldset>
    </>
  );
}
