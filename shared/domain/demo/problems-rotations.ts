import { addRotation } from './rotations';
import { findHost, isFree, oppositeSide, type DemoWorld, type PersonDraft } from './world';

/**
 * The rotation-planning slips every real plan has, added on purpose so the demo shows each
 * flag the planner raises: a leader double-booked, a host overbooked, a rotation too short,
 * a rotation booked for someone on the linear track. About one of each per 300 people.
 */

/**
 * People to draw from, in a random order, handed out round-robin so that repeated searches
 * in a 50 000-person plan do not rescan the roster from the start every time.
 */
class Pool<T = PersonDraft> {
  private at = 0;
  constructor(private readonly items: T[]) {}

  /** Up to `count` people passing `accept`, after at most one full turn of the pool. */
  take(count: number, accept: (item: T) => boolean): T[] {
    const found: T[] = [];
    for (let seen = 0; seen < this.items.length && found.length < count; seen++) {
      const draft = this.items[this.at];
      this.at = (this.at + 1) % this.items.length;
      if (accept(draft)) found.push(draft);
    }
    return found;
  }
}

/** A host on the other side of the leader's home with room for the whole range. */
function hostAcross(world: DemoWorld, draft: PersonDraft, start: number, end: number, avoidDomain?: string): number {
  const side = oppositeSide(draft.homeSide);
  for (const domain of world.random.shuffled(world.domains)) {
    if (domain.side !== side || domain.id === avoidDomain) continue;
    const host = findHost(world, domain.id, start, end);
    if (host >= 0) return host;
  }
  return -1;
}

/** Two managers booked the same leader: a second rotation starts before the first ends. */
function doubleBook(world: DemoWorld, braided: Pool): void {
  braided.take(1, (draft) => {
    const planned = draft.spans.find((s) => s.start > world.asOfMonth && s.end > s.start);
    if (!planned) return false;
    const start = planned.start + 1;
    const host = hostAcross(world, draft, start, start + 3, planned.domain);
    if (host < 0) return false;
    addRotation(world, draft, host, start, start + 3);
    return true;
  });
}

/** A host takes one leader more than it can, for six months; the smallest hosts first. */
function overbook(world: DemoWorld, braided: Pool, hosts: Pool<number>): void {
  const start = world.asOfMonth + world.random.int(2, 8);
  const end = start + 5;
  hosts.take(1, (host) => {
    const side = world.sideOf.get(world.hosts[host].domain);
    let peak = 0;
    for (let m = start; m <= end; m++) peak = Math.max(peak, world.hostLoad[host][m - world.firstMonth]);
    const needed = world.hosts[host].capacity + 1 - peak;
    const guests = braided.take(needed, (d) => d.homeSide !== side && isFree(d, start, end));
    if (guests.length < needed) return false;
    for (const guest of guests) addRotation(world, guest, host, start, end);
    return true;
  });
}

/** A rotation outside the policy's 3–12 months: a two-month "shadowing" stint or a 15-month secondment. */
function offPolicyLength(world: DemoWorld, braided: Pool, months: number): void {
  const start = world.asOfMonth + world.random.int(1, 6);
  const end = start + months - 1;
  braided.take(1, (draft) => {
    const host = isFree(draft, start, end) ? hostAcross(world, draft, start, end) : -1;
    if (host >= 0) addRotation(world, draft, host, start, end, 'planned');
    return host >= 0;
  });
}

/** A rotation booked before the leader chose the linear track, and never cancelled. */
function linearBooking(world: DemoWorld, linear: Pool): void {
  const start = world.asOfMonth + world.random.int(1, 4);
  const end = start + 5;
  linear.take(1, (draft) => {
    const host = draft.spans.length === 0 ? hostAcross(world, draft, start, end) : -1;
    if (host >= 0) addRotation(world, draft, host, start, end, 'planned');
    return host >= 0;
  });
}

export function addRotationProblems(world: DemoWorld, count: number): void {
  const { random } = world;
  const onRoster = world.people.filter((d) => d.tier > 0 && !d.person.archived);
  // The stalled leaders stay without rotations: they are the stagnation the demo shows.
  const braided = new Pool(random.shuffled(onRoster.filter((d) => !d.noRotations && d.person.track === 'braided')));
  const linear = new Pool(random.shuffled(onRoster.filter((d) => d.person.track === 'linear')));
  const hosts = new Pool(random.shuffled(world.hosts.map((_, h) => h)).sort((a, b) => world.hosts[a].capacity - world.hosts[b].capacity));
  for (let k = 0; k < count; k++) {
    doubleBook(world, braided);
    overbook(world, braided, hosts);
    offPolicyLength(world, braided, k % 2 === 0 ? 2 : 15);
    linearBooking(world, linear);
  }
}
