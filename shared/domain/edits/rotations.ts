import { z } from 'zod';
import { Feedback, Id, IsoDate, Rotation, RotationStatus, type Plan } from '../plan/schema';
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
