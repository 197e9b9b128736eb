import { isValid, parseISO } from 'date-fns';
import { useState } from 'react';
import { PROFICIENCY_LABELS } from '../../../shared/domain/plan/defaults';
import type { Feedback, Plan, Rotation } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { ThreadFacets } from '../../components/ThreadFacets';
import { dateLabel } from './timeline-scale';
import { SelectField } from '../../components/SelectField';
import { LEVEL_OPTIONS } from '../../components/select-options';

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parseISO(text));

/**
 * The feedback loop of DOMAIN §2: the host writes dated feedback on the rotation, and any entry
 * can become an assessment of the person (source "host", dated as the feedback) in one step.
 */
export function RotationFeedback({ rotation, plan }: { rotation: Rotation; plan: Plan }) {
  const edit = useBraid((s) => s.edit);
  const host = plan.hosts.find((h) => h.id === rotation.hostId);
  const [draft, setDraft] = useState<Feedback>({ date: plan.organization.asOf ?? new Date().toISOString().slice(0, 10), author: '', text: '' });
  const [error, setError] = useState<string | null>(null);
  const entries = rotation.feedback.map((entry, index) => ({ entry, index })).sort((a, b) => b.entry.date.localeCompare(a.entry.date));

  const add = async () => {
    if (!isDate(draft.date)) return setError(`Date: "${draft.date}" is not a date.`);
    if (!draft.author.trim()) return setError('Author: say who gave the feedback.');
    if (!draft.text.trim()) return setError('Feedback: write what was observed.');
    setError(null);
    const feedback = { date: draft.date, author: draft.author.trim(), text: draft.text.trim() };
    if (await edit('rotation:addFeedback', { rotationId: rotation.id, feedback })) setDraft({ ...draft, text: '' });
  };

  return (
    <section className="feedback" aria-labelledby="feedback-title">
      <h3 id="feedback-title">Feedback</h3>
      {entries.length === 0 && <p className="muted">No feedback yet. {host ? `Ask ${host.name} for feedback` : 'Ask the host'} during and after the rotation.</p>}
      <ol className="feedback-list">
        {entries.map(({ entry, index }) => (
          <FeedbackEntry key={index} entry={entry} rotation={rotation} plan={plan} />
        ))}
      </ol>
      <form
        className="feedback-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div className="form-row">
          <label>
            Date
            <input type="date" value={draft.date} onChange={(event) => setDraft({ ...draft, date: event.target.value })} />
          </label>
          <label className="grow">
            Author
            <input type="text" value={draft.author} placeholder={host ? `e.g. lead at ${host.name}` : ''} onChange={(event) => setDraft({ ...draft, author: event.target.value })} />
          </label>
        </div>
        <label>
          New feedback
          <textarea rows={2} value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.target.value })} />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="button">
            Add feedback
          </button>
        </div>
      </form>
    </section>
  );
}

function FeedbackEntry({ entry, rotation, plan }: { entry: Feedback; rotation: Rotation; plan: Plan }) {
  const edit = useBraid((s) => s.edit);
  const person = plan.people.find((p) => p.id === rotation.personId);
  const threads = rotation.objectives.length > 0 ? plan.framework.threads.filter((t) => rotation.objectives.includes(t.id)) : plan.framework.threads;
  const [thread, setThread] = useState(threads[0]?.id ?? '');
  const [level, setLevel] = useState(3);
  const [open, setOpen] = useState(false);
  const recorded = (person?.assessments ?? []).filter((a) => a.source === 'host' && a.date === entry.date);
  const threadName = (id: string) => plan.framework.threads.find((t) => t.id === id)?.name ?? id;

  const record = async () => {
    if (!person || !thread) return;
    const note = `Host feedback from ${entry.author}: ${entry.text}`;
    if (await edit('assessment:add', { personId: person.id, assessment: { thread, level, date: entry.date, source: 'host', note } })) setOpen(false);
  };

  return (
    <li className="feedback-entry">
      <div className="feedback-meta">
        <strong>{dateLabel(entry.date)}</strong> · {entry.author}
      </div>
      <p>{entry.text}</p>
      {recorded.length > 0 && (
        <p className="muted recorded">
          Recorded as {recorded.map((a) => `${threadName(a.thread)} ${a.level} (${PROFICIENCY_LABELS[a.level - 1]})`).join(', ')}
        </p>
      )}
      {!open && person && (
        <button type="button" className="button small" onClick={() => setOpen(true)}>
          Record assessment…
        </button>
      )}
      {open && person && (
        <div className="record-assessment" role="group" aria-label={`Record an assessment of ${person.name} from this feedback`}>
          <SelectField label="Thread" value={thread} onChange={setThread} options={threads.map((t) => ({ value: t.id, label: t.name }))} />
          <SelectField label="Level" value={String(level)} onChange={(v) => setLevel(Number(v))} options={LEVEL_OPTIONS} />
          <ThreadFacets thread={threads.find((t) => t.id === thread)} level={level} />
          <button type="button" className="button primary small" onClick={() => void record()}>
            Record for {dateLabel(entry.date)}
          </button>
          <button type="button" className="button small" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}
