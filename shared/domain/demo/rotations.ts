import type { Feedback, Host, Rotation, RotationStatus } from '../plan/schema';
import { dayOf, firstDayOf, lastDayOf, monthIndexOf } from './calendar';
import { FEEDBACK, GENERAL_FEEDBACK } from './phrases';
import { HOST_TEAMS, LOCATIONS } from './titles';
import { book, findHost, HISTORY_MONTHS, HORIZON_MONTHS, isFree, oppositeSide, statusFor, type DemoWorld, type PersonDraft } from './world';

/**
 * Hosts with limited capacity, and each leader's rotations laid end to end around asOf:
 * most in the past (completed), one running now for some (active), the next one or two
 * booked (planned), a few cancelled. Bookings respect host capacity and never double-book
 * a person; the deliberate exceptions are added later by problems.ts.
 */

const HOST_DEMAND: Record<string, number> = {
  sales: 10, consulting: 13, 'customer-success': 12, delivery: 14, engineering: 18, infrastructure: 13, security: 9, data: 11,
};

export function createHosts(world: DemoWorld, peopleCount: number): void {
  const { random, domains } = world;
  const total = Math.max(domains.length, Math.round(peopleCount / 7));
  const weightSum = domains.reduce((sum, d) => sum + (HOST_DEMAND[d.id] ?? 10), 0);
  for (const domain of domains) {
    const share = Math.max(peopleCount >= 100 ? 2 : 1, Math.round((total * (HOST_DEMAND[domain.id] ?? 10)) / weightSum));
    const teams = HOST_TEAMS[domain.id] ?? [domain.name];
    const indices: number[] = [];
    for (let j = 0; j < share; j++) {
      const round = Math.floor(j / teams.length);
      const place = round === 0 ? '' : ` — ${LOCATIONS[(round - 1) % LOCATIONS.length]}${round > LOCATIONS.length ? ` ${Math.ceil(round / LOCATIONS.length)}` : ''}`;
      const host: Host = { id: '', name: `${teams[j % teams.length]}${place}`, domain: domain.id, capacity: random.weighted([1, 2, 3, 4], [20, 35, 30, 15]) };
      indices.push(world.hosts.length);
      world.hosts.push(host);
      world.hostLoad.push(new Uint8Array(HISTORY_MONTHS + HORIZON_MONTHS + 1));
    }
    world.hostsByDomain.set(domain.id, indices);
    world.fullFromByDomain.set(domain.id, new Int32Array(HISTORY_MONTHS + HORIZON_MONTHS + 1).fill(2 ** 31 - 1));
  }
  const width = Math.max(2, String(world.hosts.length).length);
  world.hosts.forEach((host, h) => (host.id = `H${String(h + 1).padStart(width, '0')}`));
}

/** Senior people of each domain who can mentor a rotating leader there. */
function mentorsByDomain(world: DemoWorld): Map<string, PersonDraft[]> {
  const mentors = new Map<string, PersonDraft[]>();
  for (const draft of world.people) {
    if (draft.tier < 1 || draft.tier > 3 || draft.person.archived) continue;
    const list = mentors.get(draft.person.homeDomain);
    if (list) list.push(draft);
    else mentors.set(draft.person.homeDomain, [draft]);
  }
  return mentors;
}

function feedbackFor(world: DemoWorld, rotation: Rotation, host: Host, author: string, start: number, end: number): Feedback[] {
  const { random } = world;
  const entries: Feedback[] = [];
  const say = (): string => {
    const thread = random.pick(rotation.objectives);
    return random.chance(0.75) && FEEDBACK[thread] ? random.pick(FEEDBACK[thread]) : random.pick(GENERAL_FEEDBACK);
  };
  const midpoint = start + Math.floor((end - start) / 2);
  if (rotation.status === 'completed' && random.chance(0.75)) {
    if (end - start >= 5 && random.chance(0.4)) entries.push({ date: dayOf(midpoint, 15), author, text: say() });
    entries.push({ date: lastDayOf(end), author, text: say() });
  } else if (rotation.status === 'active' && midpoint < world.asOfMonth && random.chance(0.4)) {
    entries.push({ date: dayOf(midpoint, 15), author: author || `${host.name} host lead`, text: say() });
  }
  return entries;
}

/** Creates and books one rotation; `status` overrides the one the dates imply. */
export function addRotation(world: DemoWorld, draft: PersonDraft, host: number, start: number, end: number, status?: RotationStatus): Rotation {
  const { random } = world;
  const hostRecord = world.hosts[host];
  const domain = world.domains.find((d) => d.id === hostRecord.domain)!;
  const objectives = domain.develops.length > 1 && random.chance(0.25) ? [random.pick(domain.develops)] : [...domain.develops];
  world.mentors ??= mentorsByDomain(world);
  const candidates = world.mentors.get(domain.id) ?? [];
  const mentor = candidates.length && random.chance(0.75) ? random.pick(candidates) : undefined;
  const months = end - start + 1;
  const rate = [9000, 9000, 9000, 7000, 6000][draft.tier] ?? 5000;
  const rotation: Rotation = {
    id: '',
    personId: draft.person.id,
    hostId: hostRecord.id,
    start: firstDayOf(start),
    end: lastDayOf(end),
    status: status ?? statusFor(world, start, end),
    objectives,
    mentorId: mentor && mentor !== draft ? mentor.person.id : null,
    cost: random.chance(0.12) ? null : Math.round((months * rate * (0.8 + random.next() * 0.4)) / 500) * 500,
    feedback: [],
  };
  const author = mentor && mentor !== draft ? mentor.person.name : `${hostRecord.name} host lead`;
  rotation.feedback = feedbackFor(world, rotation, hostRecord, author, start, end);
  world.rotations.push(rotation);
  book(world, draft, rotation, host);
  return rotation;
}

const DURATIONS = [3, 4, 6, 9, 12];
const DURATION_WEIGHTS = [8, 15, 50, 15, 12];

function rotationCount(world: DemoWorld, draft: PersonDraft): number {
  if (draft.tier === 0 || draft.noRotations) return 0;
  if (draft.person.track === 'linear') return world.random.chance(0.25) ? 1 : 0;
  if (draft.tier === 1) return world.random.int(0, 2);
  return world.random.weighted([1, 2, 3, 4, 5, 6, 7], [4, 8, 14, 22, 24, 18, 10]);
}

function scheduleFor(world: DemoWorld, draft: PersonDraft): void {
  const { random, asOfMonth } = world;
  let count = rotationCount(world, draft);
  if (count === 0) return;
  const durations = Array.from({ length: count }, () => random.weighted(DURATIONS, DURATION_WEIGHTS));
  const gaps = Array.from({ length: count }, () => random.int(1, 10));
  const current = draft.person.experience[draft.person.experience.length - 1];
  // Leavers and the linear track rotated only in the past; everyone else may have one running or booked.
  const pastOnly = draft.person.archived || draft.person.track === 'linear';
  const latestEnd = draft.person.archived && current.end ? monthIndexOf(current.end) - 1 : asOfMonth + HORIZON_MONTHS - 1;
  const anchor = pastOnly ? Math.min(latestEnd, asOfMonth - random.int(6, 40)) : asOfMonth + random.int(-24, 15);
  const earliest = Math.max(draft.joinedMonth + 6, asOfMonth - HISTORY_MONTHS + 1);
  let span = durations.reduce((a, b) => a + b, 0) + gaps.slice(1).reduce((a, b) => a + b, 0);
  while (count > 0 && anchor - span < earliest) {
    span -= durations.shift()! + (gaps.length > 1 ? gaps.splice(1, 1)[0] : 0);
    count--;
  }
  let cursor = anchor - span;
  for (let k = 0; k < count; k++) {
    const start = cursor;
    const end = start + durations[k] - 1;
    cursor = end + 1 + (gaps[k + 1] ?? 0);
    if (end > latestEnd || !isFree(draft, start, end)) continue;
    const side = random.chance(0.8) ? oppositeSide(draft.homeSide) : draft.homeSide;
    const options = world.domains.filter((d) => d.side === side && d.id !== draft.person.homeDomain);
    let host = -1;
    for (const domain of random.shuffled(options).slice(0, 2)) {
      host = findHost(world, domain.id, start, end);
      if (host >= 0) break;
    }
    if (host < 0) continue;
    let status = statusFor(world, start, end);
    const cancelRate = status === 'completed' ? 0.05 : status === 'planned' ? 0.08 : 0.02;
    if (random.chance(cancelRate)) status = 'cancelled';
    addRotation(world, draft, host, start, end, status);
  }
}

export function scheduleRotations(world: DemoWorld): void {
  for (const draft of world.people) scheduleFor(world, draft);
}

/** Rotation ids in the order a reader expects: by person, then by start. */
export function numberRotations(world: DemoWorld): void {
  const order = new Map(world.people.map((draft, i) => [draft.person.id, i]));
  world.rotations.sort((a, b) => order.get(a.personId)! - order.get(b.personId)! || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const width = Math.max(4, String(world.rotations.length).length);
  world.rotations.forEach((rotation, r) => (rotation.id = `R${String(r + 1).padStart(width, '0')}`));
}
