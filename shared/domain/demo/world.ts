import type { Domain, Host, Person, Role, Rotation, RotationStatus, Side } from '../plan/schema';
import { monthIndexOf } from './calendar';
import type { Random } from './random';

/**
 * The state of a demo plan while it is being generated: the plan's lists plus what the
 * generator keeps asking (who is free when, how full a host is, whose slate is long).
 */

/** A non-cancelled rotation in whole months, kept per person to avoid double-booking. */
export interface Span {
  start: number;
  end: number;
  domain: string;
  rotation: Rotation;
}

export interface PersonDraft {
  person: Person;
  /** 0 chief executive, 1 domain head, 2 director … 5+ team lead. */
  tier: number;
  homeSide: Side;
  joinedMonth: number;
  reports: number;
  spans: Span[];
  /** How many successor slates name this person. */
  slates: number;
  /** Held back from rotations, so the plan shows a braided leader who has stalled. */
  noRotations: boolean;
  incumbent: boolean;
}

export interface DemoWorld {
  random: Random;
  asOf: string;
  asOfMonth: number;
  domains: readonly Domain[];
  sideOf: ReadonlyMap<string, Side>;
  people: PersonDraft[];
  hosts: Host[];
  /** Per host, rotations running in each month from `firstMonth`. */
  hostLoad: Uint8Array[];
  hostsByDomain: Map<string, number[]>;
  /**
   * Per domain, indexed like hostLoad by a start month: the earliest end month for which no
   * host of the domain had room from that start (MAX_MONTH when no search has failed there).
   */
  fullFromByDomain: Map<string, Int32Array>;
  /** Month index of hostLoad[h][0]. */
  firstMonth: number;
  rotations: Rotation[];
  roles: Role[];
  /** Senior people per domain who can mentor a rotation there; built on first use. */
  mentors?: Map<string, PersonDraft[]>;
}

/** How far back and ahead the demo schedules, in months around asOf. */
export const HISTORY_MONTHS = 120;
export const HORIZON_MONTHS = 36;

export function statusFor(world: DemoWorld, start: number, end: number): RotationStatus {
  if (end < world.asOfMonth) return 'completed';
  return start > world.asOfMonth ? 'planned' : 'active';
}

export function isFree(draft: PersonDraft, start: number, end: number): boolean {
  for (const span of draft.spans) if (span.start <= end && start <= span.end) return false;
  return true;
}

const inWindow = (world: DemoWorld, start: number, end: number): boolean =>
  start >= world.firstMonth && end < world.firstMonth + HISTORY_MONTHS + HORIZON_MONTHS + 1;

export function hasRoom(world: DemoWorld, host: number, start: number, end: number): boolean {
  if (!inWindow(world, start, end)) return false;
  const load = world.hostLoad[host];
  const capacity = world.hosts[host].capacity;
  for (let m = start; m <= end; m++) if (load[m - world.firstMonth] >= capacity) return false;
  return true;
}

/** A host of the domain with room for the whole range, starting the search at a random host. */
export function findHost(world: DemoWorld, domain: string, start: number, end: number): number {
  const hosts = world.hostsByDomain.get(domain);
  if (!hosts || hosts.length === 0) return -1;
  const offset = world.random.int(0, hosts.length - 1);
  if (!inWindow(world, start, end)) return -1;
  // Bookings only ever add load, so a range in which no host had room stays full, and so does
  // every range containing it: answered from the record of failed searches instead of visiting
  // every host again (that visit made a large plan's generation quadratic). Same answer as the
  // scan, so the generated plan does not change.
  const fullFrom = world.fullFromByDomain.get(domain)!;
  for (let m = start; m <= end; m++) if (fullFrom[m - world.firstMonth] <= end) return -1;
  for (let i = 0; i < hosts.length; i++) {
    const host = hosts[(offset + i) % hosts.length];
    if (hasRoom(world, host, start, end)) return host;
  }
  fullFrom[start - world.firstMonth] = Math.min(fullFrom[start - world.firstMonth], end);
  return -1;
}

/** Books a rotation's months at its host and in its person's calendar (cancelled ones book nothing). */
export function book(world: DemoWorld, draft: PersonDraft, rotation: Rotation, host: number): void {
  if (rotation.status === 'cancelled') return;
  const start = monthIndexOf(rotation.start);
  const end = monthIndexOf(rotation.end);
  draft.spans.push({ start, end, domain: world.hosts[host].domain, rotation });
  if (!inWindow(world, start, end)) return;
  const load = world.hostLoad[host];
  for (let m = start; m <= end; m++) load[m - world.firstMonth]++;
}

/** Months on each side as of asOf, from experience and non-cancelled rotations (whole months). */
export function currentExposure(world: DemoWorld, draft: PersonDraft): Record<Side, number> {
  const exposure: Record<Side, number> = { front: 0, back: 0 };
  for (const entry of draft.person.experience) {
    const side = world.sideOf.get(entry.domain);
    const start = monthIndexOf(entry.start);
    const end = entry.end === null ? world.asOfMonth - 1 : Math.min(monthIndexOf(entry.end), world.asOfMonth - 1);
    if (side && end >= start) exposure[side] += end - start + 1;
  }
  for (const span of draft.spans) {
    const side = world.sideOf.get(span.domain);
    const end = Math.min(span.end, world.asOfMonth - 1);
    if (side && end >= span.start) exposure[side] += end - span.start + 1;
  }
  return exposure;
}

/** The latest assessed level of each thread (0 when unassessed). */
export function latestLevels(person: Person): Map<string, number> {
  const latest = new Map<string, { date: string; level: number }>();
  for (const a of person.assessments) {
    const seen = latest.get(a.thread);
    if (!seen || a.date > seen.date) latest.set(a.thread, { date: a.date, level: a.level });
  }
  return new Map([...latest].map(([thread, { level }]) => [thread, level]));
}

export const oppositeSide = (side: Side): Side => (side === 'front' ? 'back' : 'front');
