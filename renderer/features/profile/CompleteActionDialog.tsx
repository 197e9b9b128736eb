import { useState } from 'react';
import { latestAssessmentOf } from '../../../shared/domain/threads';
import { PROFICIENCY_LABELS } from '../../../shared/domain/plan/defaults';
import { IsoDate, type Action, type AssessmentSource, type Person, type Plan } from '../../../shared/domain/plan/schema';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { LEVEL_OPTIONS } from '../../components/select-options';
import { formatDay } from '../../components/dates';
import { useUndoableEdit } from './use-undoable-edit';

const SOURCES: { value: AssessmentSource; label: string }[] = [
  { value: 'manager', label: 'Manager' },
  { value: '360', label: '360 review' },
  { value: 'host', label: 'Host or owner' },
  { value: 'self', label: 'Self' },
];

const isDate = (text: string) => IsoDate.safeParse(text).success;

/** The day it ended: its planned end when that has passed, else as of today (it finished early). */
function defaultEnd(action: Action, asOf: string): string {
  return action.end <= asOf || asOf < action.start ? action.end : asOf;
}

/**
 * Completing an action asks — without insisting — whether to record the assessment of its threads now:
 * a thread counts as met only once assessed (DOMAIN §9.2), so this is where readiness becomes true.
 * The completion and the assessments chosen are one undoable edit.
 */
export function CompleteActionDialog({ plan, person, action, onClose }: { plan: Plan; person: Person; action: Action; onClose(): void }) {
  const change = useUndoableEdit();
  const asOf = plan.organization.asOf ?? new Date().toISOString().slice(0, 10);
  const [end, setEnd] = useState(() => defaultEnd(action, asOf));
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [date, setDate] = useState<string | null>(null);
  const [source, setSource] = useState<AssessmentSource>('manager');
  const [errors, setErrors] = useState<{ end?: string; date?: string }>({});
  const threads = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const assessedOn = date ?? end;
  const chosen = action.threads.filter((t) => levels[t]);
  const name = person.name || person.id;

  const complete = async () => {
    const found: typeof errors = {};
    if (!isDate(end)) found.end = `Completed on “${end}” is not a date (YYYY-MM-DD).`;
    else if (end < action.start) found.end = `Completed on ${end} is before the action started (${action.start}).`;
    if (chosen.length > 0) {
      if (!isDate(assessedOn)) found.date = `Assessed on “${assessedOn}” is not a date (YYYY-MM-DD).`;
      else if (assessedOn < action.start) found.date = `Assessed on ${assessedOn} is before the action started (${action.start}): it would not be evidence of it.`;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const evidence = chosen.map((thread) => ({ thread, level: Number(levels[thread]), date: assessedOn, source, note: `Evidence of “${action.title}”` }));
    const recorded = evidence.length === 0 ? '' : `, with ${evidence.length === 1 ? 'its assessment' : `${evidence.length} assessments`}`;
    const done = await change('action:complete', { actionId: action.id, ...(end !== action.end ? { end } : {}), evidence }, `Completed “${action.title}” for ${name}${recorded}.`);
    if (done) onClose();
  };

  return (
    <ModalDialog labelledBy="complete-action-title" onClose={onClose} className="person-form-dialog complete-action-dialog">
      <form
        noValidate
        className="person-form"
        onSubmit={(event) => {
          event.preventDefault();
          void complete();
        }}
      >
        <h2 id="complete-action-title">Complete “{action.title}”</h2>
        <label>
          Completed on
          <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} aria-invalid={errors.end ? true : undefined} aria-describedby={errors.end ? 'complete-end-error' : undefined} />
          {errors.end && <span className="field-error" id="complete-end-error">{errors.end}</span>}
        </label>
        <fieldset className="complete-action-evidence">
          <legend>Record the assessment now? (optional)</legend>
          <p className="muted">
            A thread counts as met only once it is assessed: this is the evidence that makes {name} ready. Leave a level on “Not now” to record it later.
          </p>
          {action.threads.map((thread) => {
            const latest = latestAssessmentOf(person, thread, asOf);
            return (
              <SelectField
                key={thread}
                label={`${threads.get(thread) ?? thread} level`}
                value={levels[thread] ?? ''}
                onChange={(value) => setLevels((all) => ({ ...all, [thread]: value }))}
                description={latest ? `Now ${latest.level} · ${PROFICIENCY_LABELS[latest.level - 1]}, assessed ${formatDay(latest.date)}` : 'Not assessed yet'}
                options={[{ value: '', label: 'Not now' }, ...LEVEL_OPTIONS]}
              />
            );
          })}
          {chosen.length > 0 && (
            <div className="form-row">
              <label>
                Assessed on
                <input type="date" value={assessedOn} onChange={(e) => setDate(e.target.value)} aria-invalid={errors.date ? true : undefined} aria-describedby={errors.date ? 'complete-date-error' : undefined} />
                {errors.date && <span className="field-error" id="complete-date-error">{errors.date}</span>}
              </label>
              <SelectField label="Source" value={source} onChange={setSource} options={SOURCES} />
            </div>
          )}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Keep it open
          </button>
          <button type="submit" className="button primary">
            {chosen.length === 0 ? 'Complete without assessment' : `Complete and record ${chosen.length === 1 ? 'the assessment' : `${chosen.length} assessments`}`}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
