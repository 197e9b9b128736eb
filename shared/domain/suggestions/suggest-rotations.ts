import type { Stay } from '../capacity';
import type { PlanIndex } from '../analysis/plan-index';
import type { Exposure, FitItem, SuggestedRotation } from '../analysis/types';
import { fitOfRole } from '../fit';
import { gapText, monthsText } from '../flags/wording';
import type { Domain, Host, Person, Role, Side } from '../plan/schema';
import { earliestSlot, type Slot } from './rotation-slot';

export interface SuggestionInputs {
  index: PlanIndex;
  person: Person;
  current: Pick<Exposure, 'front' | 'back'>;
  projected: Pick<Exposure, 'front' | 'back'>;
  levelOf: (threadId: string) => number;
  /** The roles whose gaps drive the suggestions, most critical first. */
  roles: readonly Role[];
}

/** At most this many suggestions to close one side's shortfall: a plan, not a career. */
const MAX_PER_SIDE = 4;

interface Candidate {
  domain: Domain;
  host: Host;
  slot: Slot;
  develops: string[];
}

/**
 * DOMAIN §5: rotations for a successor's gaps — into domains of the missing side first, then into
 * domains whose `develops` covers the thread shortfalls — at a host with free capacity, from the
 * earliest first-of-month on or after asOf that overlaps none of the person's rotations and keeps
 * the host within capacity, lasting defaultRotationMonths. Each suggestion also takes the
 * suggestions before it into account (no overlap, host load), so the list can be planned as is.
 * Spec choice: side shortfalls are measured against projected exposure (rotations already planned
 * count), and a thread already named as an objective of a planned or active rotation is not
 * suggested again; a linear-track person gets no suggestions (they do not rotate).
 */
export function suggestRotationsFor(inputs: SuggestionInputs): SuggestedRotation[] {
  const { index, person, current, levelOf } = inputs;
  if (person.track === 'linear') return [];
  const months = index.policy.defaultRotationMonths;
  const own = index.rotationsByPerson.get(person.id) ?? [];
  const personStays: Stay[] = own.map((r) => ({ startDay: r.startDay, endDay: r.endDay }));
  const extraHostStays = new Map<string, Stay[]>();
  const sides = { front: inputs.projected.front, back: inputs.projected.back };
  const addressed = new Set<string>();
  for (const r of own) if (r.rotation.status === 'planned' || r.rotation.status === 'active') for (const t of r.rotation.objectives) addressed.add(t);
  const out: SuggestedRotation[] = [];

  const candidatesIn = (domains: Domain[], threads: Set<string>): Candidate[] => {
    const found: Candidate[] = [];
    for (const domain of domains) {
      for (const host of index.plan.hosts) {
        if (host.domain !== domain.id) continue;
        const hostStays = [...(index.rotationsByHost.get(host.id) ?? []), ...(extraHostStays.get(host.id) ?? [])];
        const slot = earliestSlot(index.asOf, months, personStays, host, hostStays);
        if (slot) found.push({ domain, host, slot, develops: domain.develops.filter((t) => threads.has(t)) });
      }
    }
    // Most thread shortfalls covered, then the earliest start; ties keep framework and host order.
    return found.sort((a, b) => b.develops.length - a.develops.length || a.slot.startDay - b.slot.startDay);
  };

  const propose = (candidate: Candidate, role: Role, closes: string[], threadGaps: Map<string, FitItem>): void => {
    const objectives = candidate.domain.develops.filter((t) => threadGaps.has(t));
    for (const t of objectives) {
      if (!addressed.has(t)) closes.push(gapText(threadGaps.get(t)!, index.threadNames));
      addressed.add(t);
    }
    const stay = { startDay: candidate.slot.startDay, endDay: candidate.slot.endDay };
    personStays.push(stay);
    extraHostStays.set(candidate.host.id, [...(extraHostStays.get(candidate.host.id) ?? []), stay]);
    const side = candidate.domain.side;
    sides[side] += months;
    out.push({
      personId: person.id,
      hostId: candidate.host.id,
      domain: candidate.domain.id,
      start: candidate.slot.start,
      end: candidate.slot.end,
      objectives,
      closes,
      roleId: role.id,
    });
  };

  for (const role of inputs.roles) {
    const fit = fitOfRole(role, person.id, current, levelOf);
    if (fit.gaps.length === 0) continue;
    const threadGaps = new Map<string, FitItem>();
    for (const gap of fit.gaps) if (gap.kind === 'thread' && gap.threadId !== undefined) threadGaps.set(gap.threadId, gap);
    const open = () => new Set([...threadGaps.keys()].filter((t) => !addressed.has(t)));

    for (const gap of fit.gaps) {
      if (gap.kind === 'thread') continue;
      const side: Side = gap.kind === 'frontMonths' ? 'front' : 'back';
      const sideDomains = [...index.domains.values()].filter((d) => d.side === side);
      for (let n = 0; n < MAX_PER_SIDE && sides[side] < gap.required; n++) {
        const best = candidatesIn(sideDomains, open())[0];
        if (!best) break;
        const still = gap.required - sides[side];
        const closes = [`${gapText(gap, index.threadNames)}${still > months ? ` (this rotation adds ${monthsText(months)})` : ''}`];
        propose(best, role, closes, threadGaps);
      }
    }

    const allDomains = [...index.domains.values()];
    for (let remaining = open(); remaining.size > 0; remaining = open()) {
      const best = candidatesIn(allDomains, remaining).filter((c) => c.develops.length > 0)[0];
      if (!best) break;
      propose(best, role, [], threadGaps);
    }
  }
  return out;
}

const RISK_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * Spec choice: "most critical first" orders roles by vacancy risk (high first), then by the
 * earliest expected vacancy (none last), then as listed in the plan.
 */
export function byCriticality(roles: readonly Role[]): Role[] {
  return [...roles].sort(
    (a, b) =>
      RISK_ORDER[a.vacancyRisk] - RISK_ORDER[b.vacancyRisk] ||
      (a.expectedVacancy ?? '9999-12-31').localeCompare(b.expectedVacancy ?? '9999-12-31'),
  );
}
