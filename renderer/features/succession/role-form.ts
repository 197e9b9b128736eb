import { isValid, parseISO } from 'date-fns';
import type { LowMediumHigh, Plan, Role } from '../../../shared/domain/plan/schema';

/** The role form as typed: numbers and dates stay text until they are checked. */
export interface RoleFormState {
  title: string;
  domains: string[];
  incumbentId: string | null;
  vacancyRisk: LowMediumHigh;
  /** '' when no vacancy is expected. */
  expectedVacancy: string;
  /** Thread id → '' (not required) or '1'…'5'. */
  threads: Record<string, string>;
  frontMonths: string;
  backMonths: string;
}

export type RoleFormErrors = Partial<Record<keyof RoleFormState, string>>;

export function roleFormOf(role: Role | null): RoleFormState {
  return {
    title: role?.title ?? '',
    domains: [...(role?.domains ?? [])],
    incumbentId: role?.incumbentId ?? null,
    vacancyRisk: role?.vacancyRisk ?? 'medium',
    expectedVacancy: role?.expectedVacancy ?? '',
    threads: Object.fromEntries(Object.entries(role?.requirements.threads ?? {}).map(([id, level]) => [id, String(level)])),
    frontMonths: String(role?.requirements.frontMonths ?? 0),
    backMonths: String(role?.requirements.backMonths ?? 0),
  };
}

const months = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** Every problem with the form, each naming the field and the value; empty when it can be saved. */
export function roleFormErrors(form: RoleFormState, plan: Plan, role: Role | null): RoleFormErrors {
  const errors: RoleFormErrors = {};
  if (!form.title.trim()) errors.title = 'Title: give the role a name.';
  if (form.domains.length === 0) errors.domains = 'Domains: choose at least one domain the role leads.';
  if (form.incumbentId !== null) {
    const person = plan.people.find((p) => p.id === form.incumbentId);
    if (!person) errors.incumbentId = `Incumbent: "${form.incumbentId}" is not in the plan.`;
    else if (role?.successors.some((s) => s.personId === person.id)) {
      errors.incumbentId = `Incumbent: ${person.name} is on this role's successor slate; remove them from the slate first.`;
    }
  }
  if (form.expectedVacancy !== '' && !(/^\d{4}-\d{2}-\d{2}$/.test(form.expectedVacancy) && isValid(parseISO(form.expectedVacancy)))) {
    errors.expectedVacancy = `Expected vacancy: "${form.expectedVacancy}" is not a date.`;
  }
  for (const key of ['frontMonths', 'backMonths'] as const) {
    const value = months(form[key]);
    const label = key === 'frontMonths' ? 'Client-facing months' : 'Technical months';
    if (!Number.isFinite(value) || value < 0) errors[key] = `${label}: "${form[key]}" is not a number of months (0 or more).`;
  }
  return errors;
}

/** The role the form describes, keeping its successors, id and any extra fields. */
export function roleOf(form: RoleFormState, base: Role): Role {
  const threads: Record<string, number> = {};
  for (const [id, level] of Object.entries(form.threads)) if (level !== '') threads[id] = Number(level);
  return {
    ...base,
    title: form.title.trim(),
    domains: form.domains,
    incumbentId: form.incumbentId,
    vacancyRisk: form.vacancyRisk,
    expectedVacancy: form.expectedVacancy === '' ? null : form.expectedVacancy,
    requirements: { ...base.requirements, threads, frontMonths: months(form.frontMonths), backMonths: months(form.backMonths) },
  };
}

/** "Head of Delivery" → "head-of-delivery", made unique among the plan's roles. */
export function newRoleId(plan: Plan, title: string): string {
  const stem = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'role';
  const taken = new Set(plan.roles.map((r) => r.id));
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

export function emptyRole(id: string): Role {
  return {
    id,
    title: '',
    domains: [],
    incumbentId: null,
    vacancyRisk: 'medium',
    expectedVacancy: null,
    requirements: { threads: {}, frontMonths: 0, backMonths: 0 },
    successors: [],
  };
}
