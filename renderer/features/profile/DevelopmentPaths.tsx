import { useEffect, useMemo, useRef, useState } from 'react';
import { flagsRaisedBy, rotationsOfPath } from '../../../shared/domain/analysis';
import type { Flag, PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { DevelopmentPath, PathStep } from '../../../shared/domain/paths';
import type { Plan } from '../../../shared/domain/plan/schema';
import { formatMonth } from '../../components/dates';
import { flagMessage, localDays } from '../../components/flag-text';
import { useBraid } from '../../store';
import { flagLabel } from '../../../shared/domain/model';
import { RouteLink } from '../../navigation/RouteLink';
import { usePersonText } from '../../components/PersonLabel';
import { percent } from './format';

/**
 * Puts steps of a development path on the plan as planned rotations, in one undoable edit.
 * The rotations are made by the same function that made the preview of their flags, so the ids,
 * and with them the flags announced, are the ones the plan gets.
 */
export async function addPathSteps(steps: readonly PathStep[]): Promise<string[] | null> {
  const { plan, edit, notify } = useBraid.getState();
  if (!plan || steps.length === 0) return null;
  const rotations = rotationsOfPath(plan, steps);
  if (!(await edit('rotation:addPath', { rotations }))) return null;
  const first = rotations[0];
  const last = rotations[rotations.length - 1];
  notify({
    tone: 'success',
    message: rotations.length === 1 ? `Planned a rotation, ${formatMonth(first.start)} to ${formatMonth(first.end)}.` : `Planned ${rotations.length} rotations, ${formatMonth(first.start)} to ${formatMonth(last.end)}.`,
    action: { label: 'Undo', run: () => void useBraid.getState().undo() },
  });
  return rotations.map((r) => r.id);
}

function RaisedFlags({ flags, what }: { flags: readonly Flag[]; what: string }) {
  if (flags.length === 0) return <p className="profile-path-flags muted">{what} raises no flag.</p>;
  return (
    <div className="profile-path-flags">
      <p>
        {what} raises {flags.length === 1 ? 'this flag' : `these ${flags.length} flags`}:
      </p>
      <ul>
        {flags.map((f) => (
          <li key={f.id}>
            <span className={`badge ${f.severity}`}>{flagLabel(f.code)}</span> {flagMessage(f)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What was just put on the plan: where the focus goes after Add to plan, since the button may be gone. */
interface Added {
  text: string;
  personId: string;
  rotationIds: string[];
}

function PathCard({ plan, analysis, path, onAdded }: { plan: Plan; analysis: PlanAnalysis; path: DevelopmentPath; onAdded(added: Added): void }) {
  const hosts = new Map(plan.hosts.map((h) => [h.id, h]));
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d]));
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const personText = usePersonText();
  const role = plan.roles.find((r) => r.id === path.roleId);
  const raised = useMemo(() => (path.steps.length > 0 ? flagsRaisedBy(plan, analysis, rotationsOfPath(plan, path.steps)) : []), [plan, analysis, path]);
  // A step added alone: its flags are worked out when asked for, and shown before it is added.
  const [stepPreview, setStepPreview] = useState<{ index: number; flags: Flag[] } | null>(null);
  const toward = role?.title ?? path.roleId;
  const add = async (steps: readonly PathStep[]) => {
    const rotationIds = await addPathSteps(steps);
    if (!rotationIds) return;
    setStepPreview(null);
    onAdded({ text: `Added to the plan: ${rotationIds.length === 1 ? 'a rotation' : `${rotationIds.length} rotations`} toward ${toward}.`, personId: path.personId, rotationIds });
  };
  const askStep = (index: number) => {
    const flags = flagsRaisedBy(plan, analysis, rotationsOfPath(plan, [path.steps[index]]));
    if (flags.length === 0) void add([path.steps[index]]);
    else setStepPreview({ index, flags });
  };
  return (
    <li className="profile-path" data-in-time={path.inTime ?? undefined}>
      <h3 className="profile-path-role">Toward {role?.title ?? path.roleId}</h3>
      <p className="profile-path-reason">{localDays(path.reason, path.reasonDates)}</p>
      {path.steps.length > 0 && (
        <ol className="profile-path-steps">
          {path.steps.map((s, i) => {
            const domain = domains.get(s.domain);
            const host = hosts.get(s.hostId)?.name ?? s.hostId;
            return (
              <li key={`${s.hostId}-${s.start}`} className="profile-suggestion">
                <div className="profile-suggestion-head">
                  {domain && <span className={`badge ${domain.side}`}>{domain.side}</span>}
                  <strong>{host}</strong>
                  <span className="muted">{domain?.name}</span>
                  <span className="profile-path-fit">fit after {percent(s.fitAfter)}</span>
                </div>
                <p className="profile-suggestion-when">
                  {formatMonth(s.start)} – {formatMonth(s.end)}
                  {s.endsAfterVacancy && <span className="badge warning"> ends after the vacancy</span>}
                </p>
                {(s.closes.length > 0 || s.narrows.length > 0 || s.needsEvidence.length > 0) && (
                  <ul className="profile-closes" aria-label="What this step does">
                    {s.closes.map((c) => (
                      <li key={c}>Closes: {c}</li>
                    ))}
                    {s.narrows.map((c) => (
                      <li key={c}>Narrows: {c}</li>
                    ))}
                    {s.needsEvidence.map((c) => (
                      <li key={c}>Needs assessment evidence: {c}</li>
                    ))}
                  </ul>
                )}
                {path.steps.length > 1 && stepPreview?.index !== i && (
                  <button type="button" className="button small" aria-label={`Add this step only: ${host}, ${formatMonth(s.start)}`} onClick={() => askStep(i)}>
                    Add this step only
                  </button>
                )}
                {stepPreview?.index === i && (
                  <div className="profile-path-confirm">
                    <RaisedFlags flags={stepPreview.flags} what="This step alone" />
                    <button type="button" className="button small primary" onClick={() => void add([s])}>
                      Add it with these flags
                    </button>
                    <button type="button" className="button small" onClick={() => setStepPreview(null)}>
                      Cancel
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {path.alternatives.length > 0 && (
        <p className="profile-path-alternatives">
          Meet the side months now, for emergency cover or a ready-now nomination: {path.alternatives.map((id) => (people.has(id) ? personText(people.get(id)!) : id)).join(', ')}.
        </p>
      )}
      {path.steps.length > 0 && (
        <>
          <RaisedFlags flags={raised} what={path.steps.length === 1 ? 'Adding this rotation' : 'Adding the whole path'} />
          <button
            type="button"
            className="button small primary"
            // The name starts with the words on the button, so speech input finds it by what it shows (WCAG 2.5.3).
            aria-label={`${addLabel(path.steps.length)}: the path toward ${role?.title ?? path.roleId}`}
            onClick={() => void add(path.steps)}
          >
            {addLabel(path.steps.length)}
          </button>
        </>
      )}
    </li>
  );
}

/** DOMAIN §8.2: a development path toward each role on the person's slates, most critical first. */
export function DevelopmentPaths({ plan, analysis, paths, archived }: { plan: Plan; analysis: PlanAnalysis; paths: DevelopmentPath[]; archived: boolean }) {
  const [added, setAdded] = useState<Added | null>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  // The path just added usually leaves the list (its steps are planned now): the focus stays here, beside it.
  useEffect(() => {
    if (added) confirmation.current?.focus();
  }, [added]);
  return (
    <section className="card profile-suggestions" aria-labelledby="profile-suggestions-title">
      <h2 id="profile-suggestions-title">Development paths</h2>
      {added && (
        <p ref={confirmation} className="profile-path-added" tabIndex={-1} role="status">
          {added.text}{' '}
          <RouteLink route={{ screen: 'rotations', personId: added.personId, rotationId: added.rotationIds[0], ...(added.rotationIds.length > 1 ? { withRotationIds: added.rotationIds.slice(1), highlight: 'added' } : {}) }}>
            See {added.rotationIds.length === 1 ? 'it' : 'them'} in the planner
          </RouteLink>
        </p>
      )}
      {paths.length === 0 && <p className="muted">{archived ? 'Archived people get no development paths.' : 'On no successor slate: nominate them for a role to plan a path toward it.'}</p>}
      <ul className="profile-suggestion-list">
        {paths.map((p) => (
          <PathCard key={p.roleId} plan={plan} analysis={analysis} path={p} onAdded={setAdded} />
        ))}
      </ul>
    </section>
  );
}

const addLabel = (steps: number): string => `Add to plan${steps > 1 ? ` (${steps} rotations)` : ''}`;
