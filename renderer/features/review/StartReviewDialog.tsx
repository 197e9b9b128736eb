import { useId, useMemo, useState } from 'react';
import type { Plan } from '../../../shared/domain/plan/schema';
import { reportingLineBelow } from '../../../shared/domain/review';
import { todayIso } from '../../../shared/domain/time';
import { ModalDialog } from '../../components/ModalDialog';
import { useBraid } from '../../store';
import { newReviewId, participantsOf, scopeOf, startReviewErrors, type StartReviewErrors, type StartReviewForm } from './review-form';
import { SelectField } from '../../components/SelectField';
import { PersonPicker } from '../rotations/PersonPicker';

/** Starts a session: its day, title, scope (everyone, a domain, a manager's reporting line) and who takes part. */
export function StartReviewDialog({ plan, onClose, onStarted }: { plan: Plan; onClose(): void; onStarted(id: string): void }) {
  const id = useId();
  const edit = useBraid((s) => s.edit);
  const [form, setForm] = useState<StartReviewForm>({ title: '', date: todayIso(), scopeKind: 'domain', domainId: plan.framework.domains[0]?.id ?? '', managerId: '', participants: '' });
  const [errors, setErrors] = useState<StartReviewErrors>({});
  const managers = useMemo(() => {
    const withReports = new Set(plan.people.filter((p) => !p.archived && p.managerId).map((p) => p.managerId!));
    return plan.people.filter((p) => !p.archived && withReports.has(p.id)).sort((a, b) => a.name.localeCompare(b.name));
  }, [plan]);
  const change = (patch: Partial<StartReviewForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch) as (keyof StartReviewForm)[]) delete next[key];
      return next;
    });
  };
  const lineSize = form.scopeKind === 'manager' && form.managerId ? reportingLineBelow(plan, form.managerId).size : null;

  const start = async () => {
    const found = startReviewErrors(form);
    setErrors(found);
    if (Object.keys(found).length) return;
    const reviewId = newReviewId(plan, form.date);
    const ok = await edit('review:start', { id: reviewId, date: form.date, title: form.title.trim(), scope: scopeOf(form), participants: participantsOf(form.participants) });
    if (ok) {
      onClose();
      onStarted(reviewId);
    }
  };

  const error = (key: keyof StartReviewForm) =>
    errors[key] ? (
      <span className="field-error" id={`${id}-${key}-error`}>
        {errors[key]}
      </span>
    ) : null;
  const described = (key: keyof StartReviewForm) => (errors[key] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${key}-error` } : {});

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="review-dialog">
      <h2 id={`${id}-title`}>Start a talent review</h2>
      <form
        className="review-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <label>
          Title
          <input type="text" value={form.title} autoFocus maxLength={200} onChange={(e) => change({ title: e.target.value })} {...described('title')} />
          {error('title')}
        </label>
        <label>
          Date of the meeting
          <input type="date" value={form.date} onChange={(e) => change({ date: e.target.value })} {...described('date')} />
          {error('date')}
        </label>
        <fieldset className="review-scope">
          <legend>Scope</legend>
          {(
            [
              ['domain', 'A domain'],
              ['manager', "A manager's reporting line"],
              ['all', 'Everyone'],
            ] as const
          ).map(([kind, label]) => (
            <label key={kind} className="check">
              <input type="radio" name={`${id}-scope`} checked={form.scopeKind === kind} onChange={() => change({ scopeKind: kind })} />
              {label}
            </label>
          ))}
          {form.scopeKind === 'domain' && (
            <SelectField
              label="Domain"
              value={form.domainId}
              onChange={(domainId) => change({ domainId })}
              error={errors.domainId}
              options={[{ value: '', label: 'Choose…' }, ...plan.framework.domains.map((d) => ({ value: d.id, label: d.name }))]}
            />
          )}
          {form.scopeKind === 'manager' && (
            <div className="review-manager">
              <PersonPicker label="Manager" people={managers} value={form.managerId || null} onChange={(managerId) => change({ managerId: managerId ?? '' })} error={errors.managerId} />
              {lineSize !== null && <span className="muted">{lineSize} people in the reporting line below them</span>}
            </div>
          )}
        </fieldset>
        <label>
          Participants (one per line, or separated by commas)
          <textarea rows={3} value={form.participants} onChange={(e) => change({ participants: e.target.value })} />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Start session
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
