import { z } from 'zod';
import { Assessment, Id, Person, type Plan } from '../plan/schema';
import { EditError, indexOrThrow, replaceAt, upsertById, withFlag } from './list-edits';

export const SavePersonInput = z.object({ person: Person });
export function savePerson(plan: Plan, { person }: z.infer<typeof SavePersonInput>): Plan {
  return { ...plan, people: upsertById(plan.people, person) };
}

export const ArchivePersonInput = z.object({ personId: Id, archived: z.boolean() });
export function archivePerson(plan: Plan, { personId, archived }: z.infer<typeof ArchivePersonInput>): Plan {
  const index = indexOrThrow(plan.people, (p) => p.id === personId, `Person ${personId}`);
  return { ...plan, people: replaceAt(plan.people, index, withFlag(plan.people[index], 'archived', archived)) };
}

export const AddAssessmentInput = z.object({ personId: Id, assessment: Assessment });
export function addAssessment(plan: Plan, { personId, assessment }: z.infer<typeof AddAssessmentInput>): Plan {
  const index = indexOrThrow(plan.people, (p) => p.id === personId, `Person ${personId}`);
  const person = plan.people[index];
  if (!plan.framework.threads.some((t) => t.id === assessment.thread)) {
    throw new EditError(`Thread ${assessment.thread} is not in the framework.`);
  }
  return {
    ...plan,
    people: replaceAt(plan.people, index, { ...person, assessments: [...person.assessments, assessment] }),
  };
}
