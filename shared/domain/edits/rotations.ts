import { z } from 'zod';
import { Action, Feedback, Id, IsoDate, Rotation, RotationStatus, type Plan } from '../plan/schema';
import { EditError, indexOrThrow, replaceAt, upsertById } from './list-edits';

export const SaveRotationInput = z.object({ rotation: Rotation });
export function saveRotation(plan: Plan, { rotation }: z.infer<typeof SaveRotationInput>): Plan {
  return { ...plan, rotations: upsertById(plan.rotations, rotation) };
}

export const MoveRotationInput = z.object({ rotationId: Id, start: IsoDate, end: IsoDate });
export function moveRotation(plan: Plan, { rotationId, start, end }: z.infer<typeof MoveRotationInput>): Plan {
  if (end < start) throw new EditError(`A rotation cannot end (${end}) before it starts (${start}).`);
  const index = indexOrThrow(plan.rotations, (r) => r.id === rotationId, `Rotation ${rotationId}`);
  return { ...plan, rotations: replaceAt(plan.rotations, index, { ...plan.rotations[index], start, end }) };
}

export const SetRotationStatusInput = z.object({ rotationId: Id, status: RotationStatus });
export function setRotationStatus(plan: Plan, { rotationId, status }: z.infer<typeof SetRotationStatusInput>): Plan {
  const index = indexOrThrow(plan.rotations, (r) => r.id === rotationId, `Rotation ${rotationId}`);
  return { ...plan, rotations: replaceAt(plan.rotations, index, { ...plan.rotations[index], status }) };
}

export const AddFeedbackInput = z.object({ rotationId: Id, feedback: Feedback });
export function addFeedback(plan: Plan, { rotationId, feedback }: z.infer<typeof AddFeedbackInput>): Plan {
  const index = indexOrThrow(plan.rotations, (r) => r.id === rotationId, `Rotation ${rotationId}`);
  const rotation = plan.rotations[index];
  return {
    ...plan,
    rotations: replaceAt(plan.rotations, index, { ...rotation, feedback: [...rotation.feedback, feedback] }),
  };
}

/**
 * A development path (DOMAIN §8.2, §9.3): up to three planned rotations and the planned actions
 * for the thread items they do not target, added in one undoable step.
 */
export const AddPathInput = z
  .object({ rotations: z.array(Rotation).max(3), actions: z.array(Action).max(12).default([]) })
  .refine((path) => path.rotations.length + path.actions.length > 0, { message: 'A development path adds at least one rotation or action.' });
export function addPath(plan: Plan, { rotations, actions }: z.infer<typeof AddPathInput>): Plan {
  const taken = new Set(plan.rotations.map((r) => r.id));
  for (const rotation of rotations) {
    if (taken.has(rotation.id)) throw new EditError(`Rotation ${rotation.id} is already on the plan.`);
    if (rotation.status !== 'planned') throw new EditError(`A development path adds planned rotations only, not ${rotation.status} ones (${rotation.id}).`);
    taken.add(rotation.id);
  }
  const planned = plan.actions ?? [];
  const actionIds = new Set(planned.map((a) => a.id));
  for (const action of actions) {
    if (actionIds.has(action.id)) throw new EditError(`Development action ${action.id} is already on the plan.`);
    if (action.status !== 'planned') throw new EditError(`A development path adds planned actions only, not ${action.status} ones (${action.id}).`);
    actionIds.add(action.id);
  }
  return { ...plan, rotations: rotations.length ? [...plan.rotations, ...rotations] : plan.rotations, actions: actions.length ? [...planned, ...actions] : plan.actions };
}
