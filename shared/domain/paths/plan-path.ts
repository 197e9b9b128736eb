import type { Stay } from '../capacity';
import type { PlanIndex } from '../model/plan-index';
import type { FitItem } from '../model/types';
import { fitOfRole } from '../fit';
import { gapText, monthsText, personName, roleName, sideText } from '../flags/wording';
import type { Domain, Host, Person, Role, Side } from '../plan/schema';
import { inTimeOf, monthYearText, projectedExposureAt, readyByOf, staysOf, type ProjectedStay, type SideMonths } from '../readiness';
import { earliestSlot, type Slot } from './rotation-slot';
import { laterOf } from '../time';
import type { DevelopmentPath, PathStep } from './types';

/** At most this many rotations in a path: a plan, not a career (DOMAIN §8.2). */
export const MAX_STEPS = 3;
const FAR = '9999-12-31';
const SIDES: readonly Side[] = ['front', 'back'];

export interface PathInputs {
  index: PlanIndex;
  person: Person;
  role: Role;
  current: SideMonths;
  levelOf: (threadId: string) => number;
}

interface Choice {
  domain: Domain;
  host: Host;
  slot: Slot;
  develops: number;
}

const needOf = (role: Role, side: Side): number => (side === 'front' ? role.requirements.frontMonths : role.requirements.backMonths);

/**
 * A development path for one person toward one role (DOMAIN §8.2): rotations on the side that is
 * short first, each as long as the months still missing within the policy's minimum and maximum,
 * at the host where it can start soonest; then, while steps are left, a rotation of the default
 * length into a domain that develops the thread gaps no rotation targets yet.
 * Spec choice: the soonest start wins over covering more threads (the vacancy date matters most);
 * a thread-only step that would end after the vacancy is left out — it would raise
 * rotation-late-for-vacancy and brings no ready date closer, since threads are met by assessment.
 */
export function planPath(inputs: PathInputs): Omit<DevelopmentPath, 'alternatives'> {
  const { index, person, role, current, levelOf } = inputs;
  const { asOf, policy } = index;
  const vacancy = role.expectedVacancy;
  const own = index.rotationsByPerson.get(person.id) ?? [];
  const base = staysOf(own);
  const fitNow = fitOfRole(role, person.id, current, levelOf);
  const done = (steps: PathStep[], reason: string, stays: ProjectedStay[] = base) => finish(inputs, steps, stays, reason);

  if (person.track === 'linear') return done([], `${personName(person)} is on the linear track and does not rotate: no development path toward ${roleName(role)}.`);
  if (fitNow.gaps.length === 0) return done([], `${personName(person)} meets every requirement of ${roleName(role)}: confirm them as ready now in the talent review.`);

  const personStays: Stay[] = own.map((r) => ({ startDay: r.startDay, endDay: r.endDay }));
  // Spec choice: days on which the person holds someone else's seat as backfill are taken too, so
  // that a path never makes a backfill conflict.
  for (const r of index.rotations) {
    if ((r.rotation.status === 'planned' || r.rotation.status === 'active') && r.rotation.backfillId === person.id) personStays.push({ startDay: r.startDay, endDay: r.endDay });
  }
  const extraHostStays = new Map<string, Stay[]>();
  const stays = [...base];
  const chosen: Choice[] = [];
  const threadGaps = new Map<string, FitItem>();
  for (const gap of fitNow.gaps) if (gap.kind === 'thread' && gap.threadId !== undefined) threadGaps.set(gap.threadId, gap);
  const addressed = new Set<string>();
  for (const r of own) if (r.rotation.status === 'planned' || r.rotation.status === 'active') for (const t of r.rotation.objectives) addressed.add(t);

  const best = (domains: Domain[], months: number, threadsOnly: boolean): Choice | null => {
    let found: Choice | null = null;
    for (const domain of domains) {
      const develops = domain.develops.filter((t) => threadGaps.has(t) && !addressed.has(t)).length;
      if (threadsOnly && develops === 0) continue;
      for (const host of index.plan.hosts) {
        if (host.domain !== domain.id) continue;
        const hostStays = [...(index.rotationsByHost.get(host.id) ?? []), ...(extraHostStays.get(host.id) ?? [])];
        const slot = earliestSlot(asOf, months, personStays, host, hostStays);
        if (!slot) continue;
        if (!found || slot.startDay < found.slot.startDay || (slot.startDay === found.slot.startDay && develops > found.develops)) found = { domain, host, slot, develops };
      }
    }
    return found;
  };
  const take = (choice: Choice): void => {
    chosen.push(choice);
    const stay = { startDay: choice.slot.startDay, endDay: choice.slot.endDay };
    personStays.push(stay);
    extraHostStays.set(choice.host.id, [...(extraHostStays.get(choice.host.id) ?? []), stay]);
    stays.push({ start: choice.slot.start, end: choice.slot.end, status: 'planned', side: choice.domain.side });
    for (const t of choice.domain.develops) if (threadGaps.has(t)) addressed.add(t);
  };

  const domains = [...index.domains.values()];
  for (const side of SIDES) {
    const need = needOf(role, side);
    const sideDomains = domains.filter((d) => d.side === side);
    while (chosen.length < MAX_STEPS) {
      const missing = need - projectedExposureAt(current, stays, asOf, FAR)[side];
      if (missing <= 1e-9) break;
      const months = Math.min(policy.maxRotationMonths, Math.max(policy.minRotationMonths, Math.ceil(missing - 1e-9)));
      const choice = best(sideDomains, months, false);
      if (!choice) break;
      take(choice);
    }
  }
  while (chosen.length < MAX_STEPS) {
    const choice = best(domains, policy.defaultRotationMonths, true);
    if (!choice || (vacancy !== null && choice.slot.end > vacancy)) break;
    take(choice);
  }

  chosen.sort((a, b) => a.slot.startDay - b.slot.startDay);
  const steps = chosen.map((choice, i): PathStep => {
    const previousEnd = i === 0 ? asOf : chosen[i - 1].slot.end;
    const before = projectedExposureAt(current, stays, asOf, laterOf(previousEnd, asOf));
    const after = projectedExposureAt(current, stays, asOf, choice.slot.end);
    const side = choice.domain.side;
    const need = needOf(role, side);
    const closes: string[] = [];
    const narrows: string[] = [];
    if (current[side] < need && before[side] < need) {
      if (after[side] >= need - 1e-9) closes.push(`${capitalised(sideText(side))} exposure reaches ${monthsText(need)}`);
      else narrows.push(`${capitalised(sideText(side))} exposure: ${round(after[side])} of ${monthsText(need)}, ${monthsText(need - after[side])} left`);
    }
    const objectives = choice.domain.develops.filter((t) => threadGaps.has(t));
    return {
      personId: person.id,
      roleId: role.id,
      hostId: choice.host.id,
      domain: choice.domain.id,
      start: choice.slot.start,
      end: choice.slot.end,
      objectives,
      closes,
      narrows,
      needsEvidence: objectives.map((t) => gapText(threadGaps.get(t)!, index.threadNames)),
      fitAfter: fitOfRole(role, person.id, after, levelOf).fit,
      endsAfterVacancy: vacancy !== null && choice.slot.end > vacancy,
    };
  });
  return done(steps, '', stays);
}

const round = (months: number): number => Math.round(months * 10) / 10;
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The path's ready date, whether it is in time, and its one sentence. */
function finish(inputs: PathInputs, steps: PathStep[], stays: ProjectedStay[], given: string): Omit<DevelopmentPath, 'alternatives'> {
  const { index, person, role, current } = inputs;
  const { asOf } = index;
  const readyBy = readyByOf(current, role.requirements, stays, asOf);
  const inTime = inTimeOf(readyBy, role.expectedVacancy);
  const missing = (day: string): { months: number; text: string } => {
    const at = projectedExposureAt(current, stays, asOf, laterOf(day, asOf));
    const parts: string[] = [];
    let months = 0;
    for (const side of SIDES) {
      const short = needOf(role, side) - at[side];
      if (short <= 1e-9) continue;
      months += short;
      parts.push(`${monthsText(short)} of ${sideText(side)} exposure`);
    }
    return { months, text: parts.join(' and ') };
  };
  const atVacancy = inTime === false ? missing(role.expectedVacancy!) : { months: 0, text: '' };
  const name = personName(person);
  const title = roleName(role);
  let reason = given;
  let reasonDates: string[] = [];
  if (reason === '') {
    if (inTime === false) {
      reasonDates = [role.expectedVacancy!];
      reason = `${name} cannot be ready for ${title} by its expected vacancy on ${role.expectedVacancy}: ${steps.length > 0 ? 'even the quickest path' : 'the plan as it stands'} leaves ${atVacancy.text} missing by then.`;
    } else if (readyBy === null) {
      reason = steps.length === 0 ? `No host has room for a rotation that would give ${name} the time ${title} needs.` : `Even ${steps.length === 1 ? 'this rotation' : `these ${steps.length} rotations`} leave ${name} ${missing(FAR).text} short of what ${title} needs.`;
    } else if (readyBy === asOf) {
      reason = `${name} has the time on each side that ${title} needs; the remaining gaps are thread levels, which need assessment evidence.`;
    } else {
      const by = `${steps.length > 0 ? 'This path makes' : 'The rotations already planned make'} ${name} ready for ${title} by ${monthYearText(readyBy)}`;
      if (inTime) reasonDates = [role.expectedVacancy!];
      reason = inTime ? `${by}, in time for the vacancy on ${role.expectedVacancy}.` : `${by}.`;
    }
  }
  return { personId: person.id, roleId: role.id, steps, readyBy, inTime, reason, reasonDates, monthsMissingAtVacancy: atVacancy.months };
}
