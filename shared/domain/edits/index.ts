import type { z } from 'zod';
import type { Plan } from '../plan/schema';
import * as people from './people';
import * as rotations from './rotations';
import * as roles from './roles';
import * as framework from './framework';
import * as reviews from './reviews';
import * as actions from './actions';

export { EditError } from './list-edits';

/**
 * Every change to a plan is one of these pure edits. The service applies it to its copy
 * and persists; the renderer applies the same function to its copy at once, so the
 * screen never waits for a round trip to show the result.
 */
function edit<S extends z.ZodType>(input: S, apply: (plan: Plan, input: z.output<S>) => Plan, label: string) {
  return { input, apply, label };
}

export const PLAN_EDITS = {
  'organization:update': edit(framework.UpdateOrganizationInput, framework.updateOrganization, 'Edit organisation'),
  'framework:save': edit(framework.SaveFrameworkInput, framework.saveFramework, 'Edit framework'),
  'host:save': edit(framework.SaveHostInput, framework.saveHost, 'Save host'),
  'person:save': edit(people.SavePersonInput, people.savePerson, 'Save person'),
  'person:archive': edit(people.ArchivePersonInput, people.archivePerson, 'Archive person'),
  'assessment:add': edit(people.AddAssessmentInput, people.addAssessment, 'Record assessment'),
  'rotation:save': edit(rotations.SaveRotationInput, rotations.saveRotation, 'Save rotation'),
  'rotation:move': edit(rotations.MoveRotationInput, rotations.moveRotation, 'Move rotation'),
  'rotation:setStatus': edit(rotations.SetRotationStatusInput, rotations.setRotationStatus, 'Change rotation status'),
  'rotation:addFeedback': edit(rotations.AddFeedbackInput, rotations.addFeedback, 'Add feedback'),
  'rotation:addPath': edit(rotations.AddPathInput, rotations.addPath, 'Add development path'),
  'action:save': edit(actions.SaveActionInput, actions.saveAction, 'Save development action'),
  'action:complete': edit(actions.CompleteActionInput, actions.completeAction, 'Complete development action'),
  'action:cancel': edit(actions.CancelActionInput, actions.cancelAction, 'Cancel development action'),
  'role:save': edit(roles.SaveRoleInput, roles.saveRole, 'Save role'),
  'role:retire': edit(roles.RetireRoleInput, roles.retireRole, 'Retire role'),
  'successor:nominate': edit(roles.NominateSuccessorInput, roles.nominateSuccessor, 'Nominate successor'),
  'successor:update': edit(roles.UpdateSuccessorInput, roles.updateSuccessor, 'Change successor'),
  'successor:remove': edit(roles.RemoveSuccessorInput, roles.removeSuccessor, 'Remove successor'),
  'review:start': edit(reviews.StartReviewInput, reviews.startReview, 'Start talent review'),
  'review:update': edit(reviews.UpdateReviewInput, reviews.updateReview, 'Edit talent review'),
  'review:proposeMove': edit(reviews.ProposeMoveInput, reviews.proposeMove, 'Propose move'),
  'review:withdrawMove': edit(reviews.WithdrawMoveInput, reviews.withdrawMove, 'Withdraw move'),
  'review:signOff': edit(reviews.SignOffReviewInput, reviews.signOff, 'Sign off talent review'),
  'review:discard': edit(reviews.DiscardReviewInput, reviews.discardReview, 'Discard talent review'),
} as const;

export type PlanEdits = typeof PLAN_EDITS;
export type EditName = keyof PlanEdits;
export type EditInput<K extends EditName> = z.input<PlanEdits[K]['input']>;

export function applyEdit<K extends EditName>(plan: Plan, name: K, input: EditInput<K>): Plan {
  const definition = PLAN_EDITS[name];
  const parsed = definition.input.parse(input);
  return (definition.apply as (plan: Plan, input: unknown) => Plan)(plan, parsed);
}

export const EDIT_NAMES = Object.keys(PLAN_EDITS) as EditName[];
