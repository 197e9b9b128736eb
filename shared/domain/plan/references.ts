import type { Plan } from './schema';
import { describeValue, PlanErrorList } from './plan-errors';
import { idTooLongMessage, LIMITS } from './limits';

/**
 * The rules of DOMAIN.md §4 a schema cannot express: ids non-empty and unique within their
 * list, every reference resolves, no range ends before it starts. One pass per list with Maps,
 * so a 50 000-person plan costs a few milliseconds; stops as soon as the error list is full.
 * (Non-empty ids are checked here rather than by zod, see `Ref` in schema.ts: an empty id
 * cannot be in any index, so an empty reference fails the same lookup.)
 */

const EMPTY_ID = '"" is empty (an id must be a non-empty text)';

type IdIndex = Map<string, number>;

/** Maps each id to the index of its first holder, reporting any later duplicate. */
function indexIds(items: readonly { id: string }[], list: string, errors: PlanErrorList): IdIndex {
  const index: IdIndex = new Map();
  for (let i = 0; i < items.length && !errors.full; i++) {
    const id = items[i].id;
    const first = index.get(id);
    if (id === '') errors.add(`${list}[${i}].id`, EMPTY_ID);
    else if (id.length > LIMITS.id) errors.add(`${list}[${i}].id`, idTooLongMessage(id.length));
    else if (first === undefined) index.set(id, i);
    else errors.add(`${list}[${i}].id`, `${describeValue(id)} is used twice (also ${list}[${first}].id)`);
  }
  return index;
}

/** ISO dates order as text, so a string comparison is a date comparison. */
const endsBeforeStart = (start: string, end: string | null): boolean => end !== null && end < start;

function backwardsIn(errors: PlanErrorList, path: string, start: string, end: string | null): void {
  errors.add(`${path}.end`, `${describeValue(end)} is before the start ${describeValue(start)}`);
}

export function checkReferences(plan: Plan, errors: PlanErrorList): void {
  const { domains, threads } = plan.framework;
  const domainIds = indexIds(domains, 'framework.domains', errors);
  const threadIds = indexIds(threads, 'framework.threads', errors);
  const hostIds = indexIds(plan.hosts, 'hosts', errors);
  const personIds = indexIds(plan.people, 'people', errors);
  indexIds(plan.rotations, 'rotations', errors);
  const roleIds = indexIds(plan.roles, 'roles', errors);

  // Paths are built only for an error: a valid 10 000-person plan has ~400 000 references.
  const unknown = (path: string, id: string, noun: string): void => errors.add(path, id === '' ? EMPTY_ID : `${describeValue(id)} is not ${noun}`);
  const backwards = (path: string, start: string, end: string | null): void => backwardsIn(errors, path, start, end);

  checkPolicy(plan, errors);
  for (let d = 0; d < domains.length && !errors.full; d++) {
    const develops = domains[d].develops;
    for (let t = 0; t < develops.length; t++) if (!threadIds.has(develops[t])) unknown(`framework.domains[${d}].develops[${t}]`, develops[t], 'a thread');
  }

  for (let h = 0; h < plan.hosts.length && !errors.full; h++) {
    if (!domainIds.has(plan.hosts[h].domain)) unknown(`hosts[${h}].domain`, plan.hosts[h].domain, 'a domain');
  }

  for (let p = 0; p < plan.people.length && !errors.full; p++) {
    const person = plan.people[p];
    if (!domainIds.has(person.homeDomain)) unknown(`people[${p}].homeDomain`, person.homeDomain, 'a domain');
    const managerId = person.managerId;
    if (managerId !== null && (managerId === person.id || !personIds.has(managerId))) {
      if (managerId === person.id) errors.add(`people[${p}].managerId`, `${describeValue(managerId)} is the person themself`);
      else unknown(`people[${p}].managerId`, managerId, 'a person');
    }
    const experience = person.experience;
    for (let e = 0; e < experience.length; e++) {
      const entry = experience[e];
      if (!domainIds.has(entry.domain)) unknown(`people[${p}].experience[${e}].domain`, entry.domain, 'a domain');
      if (endsBeforeStart(entry.start, entry.end)) backwards(`people[${p}].experience[${e}]`, entry.start, entry.end);
    }
    const assessments = person.assessments;
    for (let a = 0; a < assessments.length; a++) {
      if (!threadIds.has(assessments[a].thread)) unknown(`people[${p}].assessments[${a}].thread`, assessments[a].thread, 'a thread');
    }
  }
  if (!errors.full) checkManagerCycles(plan, personIds, errors);

  for (let r = 0; r < plan.rotations.length && !errors.full; r++) {
    const rotation = plan.rotations[r];
    if (!personIds.has(rotation.personId)) unknown(`rotations[${r}].personId`, rotation.personId, 'a person');
    if (!hostIds.has(rotation.hostId)) unknown(`rotations[${r}].hostId`, rotation.hostId, 'a host');
    const mentorId = rotation.mentorId;
    // Spec choice: a mentor is someone other than the rotating leader.
    if (mentorId !== null && mentorId === rotation.personId) errors.add(`rotations[${r}].mentorId`, `${describeValue(mentorId)} is the rotating person themself`);
    else if (mentorId !== null && !personIds.has(mentorId)) unknown(`rotations[${r}].mentorId`, mentorId, 'a person');
    const backfillId = rotation.backfillId ?? null;
    // DOMAIN §8.4: the backfill holds the rotating person's seat, so it is someone else.
    if (backfillId !== null && backfillId === rotation.personId) errors.add(`rotations[${r}].backfillId`, `${describeValue(backfillId)} is the rotating person themself (the backfill holds their seat meanwhile)`);
    else if (backfillId !== null && !personIds.has(backfillId)) unknown(`rotations[${r}].backfillId`, backfillId, 'a person');
    const objectives = rotation.objectives;
    for (let o = 0; o < objectives.length; o++) if (!threadIds.has(objectives[o])) unknown(`rotations[${r}].objectives[${o}]`, objectives[o], 'a thread');
    if (endsBeforeStart(rotation.start, rotation.end)) backwards(`rotations[${r}]`, rotation.start, rotation.end);
  }

  for (let r = 0; r < plan.roles.length && !errors.full; r++) {
    const role = plan.roles[r];
    const at = `roles[${r}]`;
    for (let d = 0; d < role.domains.length; d++) if (!domainIds.has(role.domains[d])) unknown(`${at}.domains[${d}]`, role.domains[d], 'a domain');
    if (role.incumbentId !== null && !personIds.has(role.incumbentId)) unknown(`${at}.incumbentId`, role.incumbentId, 'a person');
    for (const threadId of Object.keys(role.requirements.threads)) if (!threadIds.has(threadId)) unknown(`${at}.requirements.threads`, threadId, 'a thread');
    const onSlate = new Map<string, number>();
    for (let s = 0; s < role.successors.length; s++) {
      const personId = role.successors[s].personId;
      const path = `${at}.successors[${s}].personId`;
      const first = onSlate.get(personId);
      if (first !== undefined) errors.add(path, `${describeValue(personId)} is already on this slate (successors[${first}])`);
      // Spec choice: the incumbent cannot succeed themself; an HR reviewer would call it a slip.
      else if (personId === role.incumbentId) errors.add(path, `${describeValue(personId)} is the role's incumbent`);
      else if (!personIds.has(personId)) unknown(path, personId, 'a person');
      onSlate.set(personId, s);
    }
  }

  if (plan.reviews && !errors.full) checkReviews(plan, { domainIds, personIds, roleIds }, errors);
  if (plan.actions && !errors.full) checkActions(plan, { personIds, roleIds, threadIds }, errors);
}

/** §9.1: an action is someone's, owned by someone else, develops framework threads; an acting role names its role. */
function checkActions(plan: Plan, ids: { personIds: IdIndex; roleIds: IdIndex; threadIds: IdIndex }, errors: PlanErrorList): void {
  const actions = plan.actions ?? [];
  indexIds(actions, 'actions', errors);
  const unknown = (path: string, id: string, noun: string): void => errors.add(path, id === '' ? EMPTY_ID : `${describeValue(id)} is not ${noun}`);
  for (let a = 0; a < actions.length && !errors.full; a++) {
    const action = actions[a];
    const at = `actions[${a}]`;
    if (!ids.personIds.has(action.personId)) unknown(`${at}.personId`, action.personId, 'a person');
    const ownerId = action.ownerId;
    if (ownerId !== null && ownerId === action.personId) errors.add(`${at}.ownerId`, `${describeValue(ownerId)} is the person themself (the owner is their mentor, coach or sponsor)`);
    else if (ownerId !== null && !ids.personIds.has(ownerId)) unknown(`${at}.ownerId`, ownerId, 'a person');
    const seen = new Set<string>();
    for (let t = 0; t < action.threads.length; t++) {
      const thread = action.threads[t];
      if (!ids.threadIds.has(thread)) unknown(`${at}.threads[${t}]`, thread, 'a thread');
      else if (seen.has(thread)) errors.add(`${at}.threads[${t}]`, `${describeValue(thread)} is listed twice`);
      seen.add(thread);
    }
    if (action.kind === 'acting-role' && action.roleId === undefined) errors.add(`${at}.roleId`, 'is missing (an acting role names the role it is acting in)');
    else if (action.roleId !== undefined && !ids.roleIds.has(action.roleId)) unknown(`${at}.roleId`, action.roleId, 'a role');
    if (endsBeforeStart(action.start, action.end)) backwardsIn(errors, at, action.start, action.end);
    // Spec choice: evidence of what an action develops cannot be due before the action begins.
    const due = action.evidenceDue;
    if (due !== null && due < action.start) errors.add(`${at}.evidenceDue`, `${describeValue(due)} is before the start ${describeValue(action.start)}`);
  }
}

/** §8.6: a review's scope and moves name people, roles and domains of this plan. */
function checkReviews(plan: Plan, ids: { domainIds: IdIndex; personIds: IdIndex; roleIds: IdIndex }, errors: PlanErrorList): void {
  const reviews = plan.reviews ?? [];
  indexIds(reviews, 'reviews', errors);
  const unknown = (path: string, id: string, noun: string): void => errors.add(path, id === '' ? EMPTY_ID : `${describeValue(id)} is not ${noun}`);
  for (let v = 0; v < reviews.length && !errors.full; v++) {
    const review = reviews[v];
    const at = `reviews[${v}]`;
    const scope = review.scope;
    if (scope.kind === 'domain' && !ids.domainIds.has(scope.domainId)) unknown(`${at}.scope.domainId`, scope.domainId, 'a domain');
    if (scope.kind === 'manager' && !ids.personIds.has(scope.personId)) unknown(`${at}.scope.personId`, scope.personId, 'a person');
    for (let m = 0; m < review.moves.length; m++) {
      const move = review.moves[m];
      if (!ids.personIds.has(move.personId)) unknown(`${at}.moves[${m}].personId`, move.personId, 'a person');
      if (move.field === 'readiness' && !ids.roleIds.has(move.roleId)) unknown(`${at}.moves[${m}].roleId`, move.roleId, 'a role');
    }
    // Spec choice: a signed-off review says when; a draft has no sign-off date.
    if (review.status === 'draft' && review.signedOffOn) errors.add(`${at}.signedOffOn`, `${describeValue(review.signedOffOn)} is set on a draft (only a signed-off review has a sign-off date)`);
  }
}

/** Spec choice: ranges in the policy must make sense together, or every rotation is flagged. */
function checkPolicy(plan: Plan, errors: PlanErrorList): void {
  const policy = plan.framework.policy;
  const pairs = [
    ['minRotationMonths', 'maxRotationMonths'],
    ['braidMinMonths', 'braidTargetMonths'],
  ] as const;
  for (const [low, high] of pairs) {
    const min = policy[low];
    const max = policy[high];
    if (typeof min === 'number' && typeof max === 'number' && max < min) {
      errors.add(`framework.policy.${high}`, `${max} is below ${low} (${min})`);
    }
  }
}

/**
 * Spec choice: the reporting lines must form a tree. A cycle (A reports to B, B to A) has
 * no top, and an org chart or a "manager's reports" list walking it would never end.
 */
function checkManagerCycles(plan: Plan, personIds: IdIndex, errors: PlanErrorList): void {
  const people = plan.people;
  // 0 unvisited, 1 on the current walk, 2 known to reach the top.
  const state = new Uint8Array(people.length);
  const walk: number[] = [];
  for (let start = 0; start < people.length && !errors.full; start++) {
    let p: number | undefined = start;
    while (p !== undefined && state[p] === 0) {
      state[p] = 1;
      walk.push(p);
      const managerId: string | null = people[p].managerId;
      // A self-reference is reported on its own; here it would only repeat that error.
      p = managerId === null || managerId === people[p].id ? undefined : personIds.get(managerId);
    }
    if (p !== undefined && state[p] === 1) {
      errors.add(`people[${p}].managerId`, `${describeValue(people[p].managerId)} closes a loop in the reporting lines`);
    }
    for (const visited of walk) state[visited] = 2;
    walk.length = 0;
  }
}
