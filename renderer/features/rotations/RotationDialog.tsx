import { flagAction, flagMessage } from '../../components/flag-text';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Plan, Rotation, RotationStatus } from '../../../shared/domain/plan/schema';
import { OverlayContainer } from '../../components/OverlayContainer';
import { costLabel, formatMoney } from '../../components/money';
import { useBraid } from '../../store';
import { PersonPicker } from './PersonPicker';
import type { RotationDraft } from './planner-context';
import type { PlannerFlags } from '../../../shared/domain/analysis/flags-by-rotation';
import { flagLabel } from '../../../shared/domain/model';
import { flagsIfSaved } from './rotation-preview';
import { formOf, newRotationId, rotationFormErrors, rotationOf, type RotationFormErrors, type RotationFormState } from './rotation-form';
import { RotationFeedback } from './RotationFeedback';
import { RotationStatusBar } from './RotationStatusBar';
import { AuditTrail } from '../audit';
import { SlipsByButton } from '../scenarios';
import { BackfillField } from './BackfillField';
import { SelectField } from '../../components/SelectField';

export type RotationDialogState = { kind: 'edit'; rotationId: string } | { kind: 'new'; draft: RotationDraft };

interface Props {
  state: RotationDialogState;
  plan: Plan;
  flags: PlannerFlags;
  /** The plan the analysis was made from (it may lag behind `plan`), and that analysis: for the preview. */
  settled: Plan;
  analysis: PlanAnalysis;
  asOf: string;
  onClose(): void;
  onCreated(rotation: Rotation): void;
}

function blankRotation(plan: Plan, draft: RotationDraft): Rotation {
  return {
    id: newRotationId(plan),
    personId: draft.personId ?? '',
    hostId: draft.hostId ?? '',
    start: draft.start,
    end: draft.end,
    status: 'planned',
    objectives: [],
    mentorId: null,
    backfillId: null,
    cost: null,
    feedback: [],
  };
}

/** The details of one rotation (or a new one): who, where, when, why, with whom, at what cost — and its feedback. */
export function RotationDialog({ state, plan, flags: plannerFlags, settled, analysis, asOf, onClose, onCreated }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [dialogElement, setDialogElement] = useState<HTMLDialogElement | null>(null);
  const edit = useBraid((s) => s.edit);
  const existing = state.kind === 'edit' ? plan.rotations.find((r) => r.id === state.rotationId) : undefined;
  const [base] = useState<Rotation>(() => existing ?? blankRotation(plan, state.kind === 'new' ? state.draft : { start: asOf, end: asOf }));
  const [form, setForm] = useState<RotationFormState>(() => ({ ...formOf(base), personId: base.personId || null }));
  const [errors, setErrors] = useState<RotationFormErrors>({});

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // Undo can take the rotation away while its details are open.
  useEffect(() => {
    if (state.kind === 'edit' && !existing) onClose();
  }, [state.kind, existing, onClose]);

  const hosts = useMemo(() => [...plan.hosts].sort((a, b) => a.name.localeCompare(b.name)), [plan.hosts]);
  const domains = useMemo(() => new Map(plan.framework.domains.map((d) => [d.id, d])), [plan.framework.domains]);
  const host = plan.hosts.find((h) => h.id === form.hostId);
  const develops = new Set(host ? (domains.get(host.domain)?.develops ?? []) : []);
  const person = plan.people.find((p) => p.id === form.personId);
  const current = existing ? plannerFlags.ofRotation(existing.id) : [];
  // Say it before saving: once the form describes a whole rotation that differs from the saved one, the list
  // shows the flags saving it would raise (the planner's preview), not the ones it has now.
  const draft = useMemo(() => {
    if (Object.keys(rotationFormErrors(form, plan)).length > 0) return null;
    const rotation = rotationOf({ ...form, status: existing?.status ?? 'planned' }, existing ?? base);
    return existing && sameRotation(rotation, existing) ? null : rotation;
  }, [form, plan, existing, base]);
  const preview = useMemo(() => (draft ? flagsIfSaved(draft, plan, settled, analysis) : null), [draft, plan, settled, analysis]);
  const flags = preview ?? current;
  const excludeMentor = useMemo(() => new Set(form.personId ? [form.personId] : []), [form.personId]);

  const change = (patch: Partial<RotationFormState>) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof RotationFormState)[]) delete next[key];
      return next;
    });
  };

  const save = async () => {
    const found = rotationFormErrors(form, plan);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // Status changes apply at once through the status bar; the form never overwrites them.
    const rotation = rotationOf({ ...form, status: existing?.status ?? 'planned' }, existing ?? base);
    if (await edit('rotation:save', { rotation })) {
      if (!existing) onCreated(rotation);
      onClose();
    }
  };

  const title = existing ? `${person?.name ?? existing.personId} at ${host?.name ?? existing.hostId}` : 'New rotation';
  return (
    <dialog
      ref={(node) => {
        ref.current = node;
        setDialogElement(node);
      }}
      className="rotation-dialog"
      aria-labelledby="rotation-dialog-title"
      onClose={onClose}
    >
      <OverlayContainer element={dialogElement}>
      <header className="dialog-header">
        <h2 id="rotation-dialog-title">{title}</h2>
        <button type="button" className="button small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </header>
      {existing && <RotationStatusBar rotation={existing} setStatus={(status: RotationStatus) => void edit('rotation:setStatus', { rotationId: existing.id, status })} />}
      {preview && (
        <p className="dialog-flags-preview" role="status">
          {preview.length === 0 ? 'Saving raises no flag on this rotation.' : `Saving ${existing ? 'these changes' : 'this rotation'} will raise ${preview.length === 1 ? 'this flag' : `these ${preview.length} flags`}:`}
        </p>
      )}
      {flags.length > 0 && (
        <ul className="dialog-flags" aria-label={preview ? 'Flags saving will raise' : 'Flags on this rotation'}>
          {flags.map((flag) => (
            <li key={flag.id} className={flag.severity}>
              <span className={`badge ${flag.severity}`}>{flagLabel(flag.code)}</span> {flagMessage(flag)}
              {flag.action && <span className="muted"> {flagAction(flag)}</span>}
            </li>
          ))}
        </ul>
      )}
      <form
        className="rotation-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <PersonPicker label="Person" people={plan.people} value={form.personId} onChange={(personId) => change({ personId })} error={errors.personId} autoFocus={!form.personId} />
        <SelectField
          label="Host"
          value={form.hostId}
          onChange={(hostId) => change({ hostId })}
          error={errors.hostId}
          autoFocus={!!form.personId && !form.hostId}
          options={[
            { value: '', label: 'Choose a host…' },
            ...hosts.map((h) => ({ value: h.id, label: h.name, description: `${domains.get(h.domain)?.name ?? h.domain} · capacity ${h.capacity}` })),
          ]}
        />
        <div className="form-row">
          <label>
            Start
            <input type="date" value={form.start} onChange={(event) => change({ start: event.target.value })} aria-invalid={errors.start ? true : undefined} />
            {errors.start && <span className="field-error">{errors.start}</span>}
          </label>
          <label>
            End
            <input type="date" value={form.end} onChange={(event) => change({ end: event.target.value })} aria-invalid={errors.end ? true : undefined} />
            {errors.end && <span className="field-error">{errors.end}</span>}
          </label>
          <label>
            {costLabel(plan.organization.currency)}
            <input type="number" min={0} step="any" inputMode="decimal" value={form.cost} onChange={(event) => change({ cost: event.target.value })} aria-invalid={errors.cost ? true : undefined} />
            {errors.cost ? <span className="field-error">{errors.cost}</span> : form.cost.trim() !== '' && Number.isFinite(Number(form.cost)) && <span className="muted">{formatMoney(Number(form.cost), plan.organization.currency)}</span>}
          </label>
        </div>
        <fieldset className="objectives">
          <legend>Objectives</legend>
          {plan.framework.threads.map((thread) => (
            <label key={thread.id} className="check">
              <input
                type="checkbox"
                checked={form.objectives.includes(thread.id)}
                onChange={(event) =>
                  change({ objectives: event.target.checked ? [...form.objectives, thread.id] : form.objectives.filter((t) => t !== thread.id) })
                }
              />
              {thread.name}
              {develops.has(thread.id) && <span className="badge info">developed here</span>}
            </label>
          ))}
        </fieldset>
        <PersonPicker label="Mentor" people={plan.people} value={form.mentorId} onChange={(mentorId) => change({ mentorId })} exclude={excludeMentor} optional error={errors.mentorId} />
        <BackfillField plan={plan} rotationId={base.id} form={form} error={errors.backfillId} onChange={(backfillId) => change({ backfillId })} />
        <div className="dialog-actions">
          {existing && <SlipsByButton rotationId={existing.id} className="button" />}
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="button primary">
            {existing ? 'Save changes' : 'Plan rotation'}
          </button>
        </div>
      </form>
      {existing && <RotationFeedback rotation={existing} plan={plan} />}
      {existing && <AuditTrail rotationId={existing.id} title="Changes to this rotation" />}
      </OverlayContainer>
    </dialog>
  );
}

function sameRotation(a: Rotation, b: Rotation): boolean {
  const canonical = (r: Rotation) => JSON.stringify(Object.fromEntries(Object.entries(r).sort(([x], [y]) => x.localeCompare(y))));
  return canonical(a) === canonical(b);
}
