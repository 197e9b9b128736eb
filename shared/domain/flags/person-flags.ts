import type { PlanIndex, RotationFacts } from '../model/plan-index';
import { oppositeSide } from '../exposure';
import type { Domain, Person, Side } from '../plan/schema';
import { latestAssessmentOf } from '../threads';
import { addMonths, ageInMonths, toDayNumber } from '../time';
import type { RuleContext } from './rule-context';
import { listText, monthsText, personName, sideText } from './wording';
import { raiseEvidenceFlags } from './evidence-flags';

/** assessment-stale for successors, person-stagnant for braided-track people, evidence-overdue for anyone. */
export function raisePersonFlags(ctx: RuleContext): void {
  raiseStaleAssessments(ctx);
  raiseStagnation(ctx);
  raiseEvidenceFlags(ctx);
}

/**
 * A successor's latest assessment of some thread is older than assessmentMaxAgeMonths, or missing.
 * Spec choice: "some thread" is every framework thread plus any thread one of their roles
 * requires; "older" is strictly older, so an assessment exactly 12 months old is not stale.
 */
function raiseStaleAssessments(ctx: RuleContext): void {
  const { index } = ctx;
  const maxAge = index.policy.assessmentMaxAgeMonths;
  for (const [personId, roles] of index.successorRoles) {
    const person = index.people.get(personId);
    if (!person) continue;
    const stale: string[] = [];
    const missing: string[] = [];
    for (const level of ctx.people.get(personId)?.threads ?? []) {
      const name = index.threadNames.get(level.threadId) ?? level.threadId;
      if (level.ageMonths === null) missing.push(name);
      else if (level.ageMonths > maxAge) stale.push(name);
    }
    const outside = new Set<string>();
    for (const role of roles) for (const threadId in role.requirements.threads) if (!index.threadIndex.has(threadId)) outside.add(threadId);
    for (const threadId of outside) {
      const assessment = latestAssessmentOf(person, threadId, index.asOf);
      if (!assessment) missing.push(threadId);
      else if (ageInMonths(assessment.date, index.asOf) > maxAge) stale.push(threadId);
    }
    if (stale.length === 0 && missing.length === 0) continue;
    const who = personName(person);
    const parts: string[] = [];
    if (stale.length > 0) parts.push(`the latest assessment of ${listText(stale)} is older than ${monthsText(maxAge)}`);
    if (missing.length > 0) parts.push(`${listText(missing)} ${missing.length === 1 ? 'has' : 'have'} never been assessed`);
    ctx.book.raise(
      'assessment-stale',
      'info',
      { personId },
      `${who} is a successor, but ${parts.join(', and ')}.`,
      `Schedule a new assessment of ${listText([...stale, ...missing])} for ${who}; feedback from rotation hosts counts as evidence.`,
    );
  }
}

/**
 * A braided-track person with no exposure on the side opposite their home domain's in the last
 * stagnationMonths, and no rotation on that side planned or active.
 * Spec choice: the window is the N months up to asOf: an experience entry or a completed rotation
 * counts when it ends on or after addMonths(asOf, −N) and starts on or before asOf (an ongoing
 * experience runs to asOf), mirroring "within N months of asOf".
 */
function raiseStagnation(ctx: RuleContext): void {
  const { index } = ctx;
  const months = index.policy.stagnationMonths;
  const windowStart = addMonths(index.asOf, -months);
  const windowStartDay = toDayNumber(windowStart);
  // The wording that is the same for everyone, made once.
  const examples = { front: exampleDomains(index.domains, 'front'), back: exampleDomains(index.domains, 'back') };
  const period = monthsText(months);
  const length = monthsText(index.policy.defaultRotationMonths);
  const window = { start: windowStart, startDay: windowStartDay };
  for (let i = 0; i < index.roster.length; i++) {
    const person = index.roster[i];
    if (person.track !== 'braided') continue;
    const home = index.domains.get(person.homeDomain)?.side;
    if (!home) continue;
    const other: Side = oppositeSide(home);
    if (hasRecentTimeOn(index, person, other, window)) continue;
    const name = personName(person);
    ctx.book.raise(
      'person-stagnant',
      'info',
      { personId: person.id },
      `${name} is on the braided track but has had no time on the ${other} side in the last ${period}, and no ${sideText(other)} rotation is planned.`,
      `Plan a ${length} ${sideText(other)} rotation for ${name}${examples[other]}.`,
    );
  }
}

const NONE: RotationFacts[] = [];

/** Experience or a completed rotation on that side within the window, or a rotation there still to run. */
function hasRecentTimeOn(index: PlanIndex, person: Person, side: Side, window: { start: string; startDay: number }): boolean {
  const { asOf, asOfDay, domains } = index;
  for (let i = 0; i < person.experience.length; i++) {
    const e = person.experience[i];
    if (e.start <= asOf && (e.end ?? asOf) >= window.start && domains.get(e.domain)?.side === side) return true;
  }
  const rotations = index.rotationsByPerson.get(person.id) ?? NONE;
  for (let i = 0; i < rotations.length; i++) {
    const r = rotations[i];
    if (r.side !== side) continue;
    const status = r.rotation.status;
    if (status === 'planned' || status === 'active' || (r.startDay <= asOfDay && r.endDay >= window.startDay)) return true;
  }
  return false;
}

function exampleDomains(domains: Map<string, Domain>, side: Side): string {
  const names = [...domains.values()].filter((d) => d.side === side).slice(0, 3).map((d) => d.name);
  return names.length > 0 ? ` (for example in ${listText(names)})` : '';
}
