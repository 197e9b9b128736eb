import { z } from 'zod';
import { Action, Assessment, Id, IsoDate, type Plan } from '../plan/schema';
import { EditError, indexOrThrow, replaceAt, upsertById } from './list-edits';

/**
 * Development actions (DOMAIN §9.1): courses, mentoring, coaching, stretch assignments, acting
 * roles, projects. Each change is one undoable edit; the store validates the plan after it, so a
 * thread, owner or role that does not resolve is refused there with its JSON path.
 */

export const SaveActionInput = z.object({ action: Action });
export function saveAction(plan: Plan, { action }: z.infer<typeof SaveActionInput>): Plan {
  return { ...plan, actions: upsertById(plan.actions ?? [], action) };
}

function actionIndex(plan: Plan, actionId: string): number {
  return indexOrThrow(plan.actions ?? [], (a) => a.id === actionId, `Development action ${actionId}`);
}

/**
 * Completing an action may record, in the same step, the assessments that confirm what it
 * developed: the evidence §9.2 waits for. Spec choice: only assessments of the action's own
 * threads, dated on or after its start, are taken, so a completion cannot slip in unrelated levels.
 */
export const CompleteActionInput = z.object({
  actionId: Id,
  /** The day it actually ended, when not its planned end. */
  end: IsoDate.optional(),
  evidence: z.array(Assessment).max(20).default([]),
});
export function completeAction(plan: Plan, { actionId, end, evidence }: z.infer<typeof CompleteActionInput>): Plan {
  const actions = plan.actions ?? [];
  const index = actionIndex(plan, actionId);
  const action = actions[index];
  if (action.status === 'cancelled') throw new EditError(`“${action.title}” was cancelled; open it and set it planned or active before completing it.`);
  const ended = end ?? action.end;
  if (ended < action.start) throw new EditError(`“${action.title}” cannot end (${ended}) before it starts (${action.start}).`);
  for (const assessment of evidence) {
    if (!action.threads.includes(assessment.thread)) throw new EditError(`“${action.title}” does not develop ${assessment.thread}, so it cannot record evidence of it.`);
    if (assessment.date < action.start) throw new EditError(`Evidence of “${action.title}” dated ${assessment.date} is before the action started (${action.start}).`);
  }
  const completed = { ...action, status: 'completed' as const, end: ended };
  const next: Plan = { ...plan, actions: replaceAt(actions, index, completed) };
  if (evidence.length === 0) return next;
  const personIndex = indexOrThrow(plan.people, (p) => p.id === action.personId, `Person ${action.personId}`);
  const person = plan.people[personIndex];
  return { ...next, people: replaceAt(plan.people, personIndex, { ...person, assessments: [...person.assessments, ...evidence] }) };
}

export const CancelActionInput = z.object({ actionId: Id });
export function cancelAction(plan: Plan, { actionId }: z.infer<typeof CancelActionInput>): Plan {
  const actions = plan.actions ?? [];
  const index = actionIndex(plan, actionId);
  return { ...plan, actions: replaceAt(actions, index, { ...actions[index], status: 'cancelled' }) };
}
