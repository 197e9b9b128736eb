import { formatMonth } from '../../components/dates';
import type { SuggestedRotation } from '../../../shared/domain/analysis/types';
import type { Plan, Rotation } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { nextId } from '../people/person-form-schema';

/** Puts a suggestion on the plan as a planned rotation, and offers Undo. */
export async function addSuggestedRotation(suggestion: SuggestedRotation): Promise<string | null> {
  const { plan, edit, notify } = useBraid.getState();
  if (!plan) return null;
  const rotation: Rotation = {
    id: nextId('R', plan.rotations.map((r) => r.id)),
    personId: suggestion.personId,
    hostId: suggestion.hostId,
    start: suggestion.start,
    end: suggestion.end,
    status: 'planned',
    objectives: suggestion.objectives,
    mentorId: null,
    cost: null,
    feedback: [],
  };
  if (!(await edit('rotation:save', { rotation }))) return null;
  const host = plan.hosts.find((h) => h.id === rotation.hostId)?.name ?? rotation.hostId;
  notify({
    tone: 'success',
    message: `Planned a rotation at ${host}, ${formatMonth(rotation.start)} to ${formatMonth(rotation.end)}.`,
    action: { label: 'Undo', run: () => void useBraid.getState().undo() },
  });
  return rotation.id;
}

export function SuggestedRotations({ plan, suggestions, archived }: { plan: Plan; suggestions: SuggestedRotation[]; archived: boolean }) {
  const hosts = new Map(plan.hosts.map((h) => [h.id, h]));
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d]));
  const roles = new Map(plan.roles.map((r) => [r.id, r.title]));
  return (
    <section className="card profile-suggestions" aria-labelledby="profile-suggestions-title">
      <h2 id="profile-suggestions-title">Suggested rotations</h2>
      {suggestions.length === 0 && (
        <p className="muted">
          {archived
            ? 'Archived people get no suggestions.'
            : 'Nothing to suggest: no gaps a rotation would close, a linear track, or no host with room.'}
        </p>
      )}
      <ul className="profile-suggestion-list">
        {suggestions.map((s) => {
          const domain = domains.get(s.domain);
          return (
            <li key={`${s.hostId}-${s.start}`} className="profile-suggestion">
              <div className="profile-suggestion-head">
                {domain && <span className={`badge ${domain.side}`}>{domain.side}</span>}
                <strong>{hosts.get(s.hostId)?.name ?? s.hostId}</strong>
                <span className="muted">{domain?.name}</span>
              </div>
              <p className="profile-suggestion-when">
                {formatMonth(s.start)} – {formatMonth(s.end)}
                {s.roleId && <span className="muted"> · for {roles.get(s.roleId) ?? s.roleId}</span>}
              </p>
              {s.closes.length > 0 && (
                <ul className="profile-closes" aria-label="Closes">
                  {s.closes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                className="button small primary"
                aria-label={`Add to plan: ${hosts.get(s.hostId)?.name ?? s.hostId}, ${formatMonth(s.start)}`}
                onClick={() => void addSuggestedRotation(s)}
              >
                Add to plan
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
