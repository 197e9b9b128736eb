import { useMemo } from 'react';
import { backfillCandidates } from '../../../shared/domain/backfill/backfill-candidates';
import type { Plan } from '../../../shared/domain/plan/schema';
import { analysisOf } from '../../store/analysis';
import { PersonPicker } from './PersonPicker';
import type { RotationFormState } from './rotation-form';

interface Props {
  plan: Plan;
  rotationId: string;
  form: RotationFormState;
  error?: string;
  onChange(backfillId: string | null): void;
}

const SUGGESTED = 4;

/** Who holds the seat while the person rotates, with the candidates Braid suggests (free on those dates, best fit first). */
export function BackfillField({ plan, rotationId, form, error, onChange }: Props) {
  const exclude = useMemo(() => new Set(form.personId ? [form.personId] : []), [form.personId]);
  const candidates = useMemo(() => {
    if (!form.personId || !/^\d{4}-\d{2}-\d{2}$/.test(form.start) || !/^\d{4}-\d{2}-\d{2}$/.test(form.end)) return [];
    return backfillCandidates(plan, analysisOf(plan), { id: rotationId, personId: form.personId, start: form.start, end: form.end });
  }, [plan, rotationId, form.personId, form.start, form.end]);
  const names = new Map(plan.people.map((p) => [p.id, p.name]));
  const roles = new Map(plan.roles.map((r) => [r.id, r.title]));
  return (
    <div className="backfill-field">
      <PersonPicker label="Backfill (holds the seat meanwhile)" people={plan.people} value={form.backfillId} onChange={onChange} exclude={exclude} optional error={error} />
      {candidates.length > 0 && (
        <div className="backfill-suggestions">
          <p className="muted">Suggested: their direct reports and the successors of the roles they hold, free on these dates first.</p>
          <ul>
            {candidates.slice(0, SUGGESTED).map((c) => (
              <li key={c.personId}>
                <button type="button" className="link-button" disabled={form.backfillId === c.personId} onClick={() => onChange(c.personId)}>
                  {names.get(c.personId) ?? c.personId}
                </button>{' '}
                <span className="muted">
                  {c.fit !== null && c.roleId ? `fit ${Math.round(c.fit * 100)}% for ${roles.get(c.roleId)}` : 'no role held'} · {c.reasons.join('; ')} · {c.free ? 'free on these dates' : `busy: ${c.busy}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
