import { AuditTrail } from '../audit';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LowMediumHigh, Plan, Role } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { PersonPicker } from '../rotations/PersonPicker';
import { emptyRole, newRoleId, roleFormErrors, roleFormOf, roleOf, type RoleFormErrors, type RoleFormState } from './role-form';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { BAND_OPTIONS, LEVEL_OPTIONS } from '../../components/select-options';

interface Props {
  plan: Plan;
  /** null: a new role. */
  role: Role | null;
  onClose(): void;
  onSaved(role: Role): void;
}

/** Adds or edits a critical role and what a successor needs to take it. */
export function RoleDialog({ plan, role, onClose, onSaved }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const edit = useBraid((s) => s.edit);
  const [form, setForm] = useState<RoleFormState>(() => roleFormOf(role));
  const [errors, setErrors] = useState<RoleFormErrors>({});
  const excluded = useMemo(() => new Set(role?.successors.map((s) => s.personId) ?? []), [role]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const change = (patch: Partial<RoleFormState>) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof RoleFormState)[]) delete next[key];
      return next;
    });
  };

  const save = async () => {
    const found = roleFormErrors(form, plan, role);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const saved = roleOf(form, role ?? emptyRole(newRoleId(plan, form.title)));
    if (await edit('role:save', { role: saved })) {
      onSaved(saved);
      onClose();
    }
  };

  const sides = (['front', 'back'] as const).map((side) => ({ side, domains: plan.framework.domains.filter((d) => d.side === side) }));
  return (
    <dialog ref={ref} className="role-dialog" aria-labelledby="role-dialog-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="role-dialog-title">{role ? `Edit ${role.title}` : 'New critical role'}</h2>
        <button type="button" className="button small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </header>
      <form
        className="role-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          Title
          <input type="text" value={form.title} onChange={(event) => change({ title: event.target.value })} aria-invalid={errors.title ? true : undefined} autoFocus />
          {errors.title && <span className="field-error">{errors.title}</span>}
        </label>
        <fieldset className="role-domain-picker">
          <legend>Domains the role leads</legend>
          {sides.map(({ side, domains }) => (
            <div key={side} className="side-group">
              <span className={`badge ${side}`}>{side === 'front' ? 'Client-facing' : 'Technical'}</span>
              {domains.map((domain) => (
                <label key={domain.id} className="check">
                  <input
                    type="checkbox"
                    checked={form.domains.includes(domain.id)}
                    onChange={(event) => change({ domains: event.target.checked ? [...form.domains, domain.id] : form.domains.filter((d) => d !== domain.id) })}
                  />
                  {domain.name}
                </label>
              ))}
            </div>
          ))}
          {errors.domains && <span className="field-error">{errors.domains}</span>}
        </fieldset>
        <div className="form-row">
          <div className="grow">
            <PersonPicker label="Incumbent" people={plan.people} value={form.incumbentId} onChange={(incumbentId) => change({ incumbentId })} exclude={excluded} optional error={errors.incumbentId} />
          </div>
          <SelectField label="Vacancy risk" value={form.vacancyRisk} onChange={(vacancyRisk) => change({ vacancyRisk })} options={BAND_OPTIONS.filter((o): o is SelectOption<LowMediumHigh> => o.value !== '')} />
          <label>
            Expected vacancy
            <input type="date" value={form.expectedVacancy} onChange={(event) => change({ expectedVacancy: event.target.value })} aria-invalid={errors.expectedVacancy ? true : undefined} />
            {errors.expectedVacancy && <span className="field-error">{errors.expectedVacancy}</span>}
          </label>
        </div>
        <fieldset className="role-requirements">
          <legend>What a successor needs</legend>
          {plan.framework.threads.map((thread) => (
            <SelectField
              key={thread.id}
              label={thread.name}
              value={form.threads[thread.id] ?? ''}
              onChange={(level) => change({ threads: { ...form.threads, [thread.id]: level } })}
              options={[{ value: '', label: 'Not required' }, ...LEVEL_OPTIONS.map((o) => ({ ...o, label: `At least ${o.label}` }))]}
            />
          ))}
          <label>
            Months client-facing
            <input type="number" min={0} step="any" value={form.frontMonths} onChange={(event) => change({ frontMonths: event.target.value })} aria-invalid={errors.frontMonths ? true : undefined} />
            {errors.frontMonths && <span className="field-error">{errors.frontMonths}</span>}
          </label>
          <label>
            Months technical
            <input type="number" min={0} step="any" value={form.backMonths} onChange={(event) => change({ backMonths: event.target.value })} aria-invalid={errors.backMonths ? true : undefined} />
            {errors.backMonths && <span className="field-error">{errors.backMonths}</span>}
          </label>
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            {role ? 'Save role' : 'Add role'}
          </button>
        </div>
      </form>
      {role && <AuditTrail roleId={role.id} title="Changes to this role" />}
    </dialog>
  );
}
