import { z } from 'zod';
import { Action, ActionKind, ActionStatus, IsoDate, type Plan } from '../../../shared/domain/plan/schema';
import { nextId } from '../../../shared/domain/plan/next-id';
import { date } from '../people/person-form-schema';
import { LIMITS } from '../../../shared/domain/plan/limits';
import { addDays, addMonths, firstOfMonthOnOrAfter } from '../../../shared/domain/time';

/** What the development-action form holds: strings as the inputs give them, turned into an Action by the schema. */
export interface ActionFormValues {
  kind: ActionKind;
  title: string;
  threads: string[];
  start: string;
  end: string;
  status: ActionStatus;
  ownerId: string;
  roleId: string;
  evidenceDue: string;
  cost: string;
  note: string;
}

export interface ActionFormContext {
  personId: string;
  threadIds: string[];
  roleIds: Set<string>;
  peopleIds: Set<string>;
}

const isDate = (text: string) => IsoDate.safeParse(text).success;

/**
 * The form's rules (DOMAIN §9.1), each message naming the field and the value: the end is not before
 * the start, the owner is not the person, at least one thread, an acting role names its role.
 * Spec choice: evidence cannot be due before the action starts (an assessment then would not be its evidence).
 */
export function actionFormSchema(ctx: ActionFormContext) {
  return z
    .object({
      kind: ActionKind,
      title: z.string().trim().min(1, 'Title cannot be empty: say what the action is.').max(LIMITS.name, `Title is too long: ${LIMITS.name} characters at most.`),
      threads: z.array(z.string()).min(1, 'Choose at least one thread the action develops.'),
      start: date('Start'),
      end: date('End'),
      status: ActionStatus,
      ownerId: z.string(),
      roleId: z.string(),
      evidenceDue: date('Evidence due', true),
      cost: z.string().trim(),
      note: z.string().max(LIMITS.text, `Note is too long: ${LIMITS.text} characters at most.`),
    })
    .superRefine((form, issue) => {
      const add = (path: keyof ActionFormValues, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
      if (isDate(form.start) && isDate(form.end) && form.end < form.start) add('end', `End ${form.end} is before the start ${form.start}.`);
      if (isDate(form.start) && isDate(form.evidenceDue) && form.evidenceDue < form.start) add('evidenceDue', `Evidence due ${form.evidenceDue} is before the start ${form.start}.`);
      for (const thread of form.threads) if (!ctx.threadIds.includes(thread)) add('threads', `Thread “${thread}” is not in the framework.`);
      if (form.ownerId === ctx.personId) add('ownerId', 'The owner (mentor, coach or sponsor) cannot be the person themselves.');
      else if (form.ownerId && !ctx.peopleIds.has(form.ownerId)) add('ownerId', `Owner “${form.ownerId}” is not on the roster.`);
      if (form.kind === 'acting-role' && !form.roleId) add('roleId', 'An acting role names the role whose seat is held: choose it.');
      else if (form.kind === 'acting-role' && !ctx.roleIds.has(form.roleId)) add('roleId', `Role “${form.roleId}” is not a role of this plan.`);
      if (form.cost !== '' && !(Number.isFinite(Number(form.cost)) && Number(form.cost) >= 0)) add('cost', `Cost “${form.cost}” is not an amount of 0 or more.`);
    });
}

export type ActionFormOutput = z.output<ReturnType<typeof actionFormSchema>>;

export function actionFormContext(plan: Plan, personId: string): ActionFormContext {
  return {
    personId,
    threadIds: plan.framework.threads.map((t) => t.id),
    roleIds: new Set(plan.roles.filter((r) => !r.retired).map((r) => r.id)),
    peopleIds: new Set(plan.people.map((p) => p.id)),
  };
}

/** A new action starts on the first of a month after asOf and lasts three months, as a path's suggested action does (§9.3). */
export function actionFormValues(existing: Action | undefined, asOf: string, threads: string[] = []): ActionFormValues {
  if (!existing) {
    const start = firstOfMonthOnOrAfter(addDays(asOf, 1));
    return { kind: 'course', title: '', threads, start, end: addDays(addMonths(start, 3), -1), status: 'planned', ownerId: '', roleId: '', evidenceDue: '', cost: '', note: '' };
  }
  return {
    kind: existing.kind,
    title: existing.title,
    threads: [...existing.threads],
    start: existing.start,
    end: existing.end,
    status: existing.status,
    ownerId: existing.ownerId ?? '',
    roleId: existing.roleId ?? '',
    evidenceDue: existing.evidenceDue ?? '',
    cost: existing.cost === null ? '' : String(existing.cost),
    note: existing.note ?? '',
  };
}

/** The stored action with the form laid over it: fields the form does not show survive; a role only on an acting role. */
export function actionFromForm(output: ActionFormOutput, existing: Action | undefined, id: string, personId: string): Action {
  const { roleId, note, ...rest } = { ...existing, id, personId, ...output } as Action & ActionFormOutput;
  const action: Record<string, unknown> = {
    ...rest,
    ownerId: output.ownerId || null,
    evidenceDue: output.evidenceDue || null,
    cost: output.cost === '' ? null : Number(output.cost),
  };
  if (output.kind === 'acting-role') action.roleId = roleId;
  if (note.trim()) action.note = note.trim();
  return Action.parse(action);
}

/** "act-" and the next number not in use. */
export function nextActionId(plan: Plan): string {
  return nextId('act-', (plan.actions ?? []).map((a) => a.id));
}
