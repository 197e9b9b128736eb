import type { PlanAnalysis } from '../domain/analysis/types';
import type { Action, ActionKind, Plan, RotationStatus, Side } from '../domain/plan/schema';
import { addMonths, fromDayNumber, toDayNumber } from '../domain/time';

/**
 * The braid picture's timeline as data: a person's periods (experience and rotations) and the
 * segments with one side on top that the strands are drawn from. braid-picture.ts draws it.
 */

export type BraidTense = 'past' | 'planned';

/** One experience entry or rotation, as the text alternative lists it. */
export interface BraidPeriod {
  kind: 'experience' | 'rotation';
  /** Rotation id, or `experience-<index>`. */
  id: string;
  domainId: string;
  domainName: string;
  side: Side | null;
  start: string;
  /** null = ongoing experience. */
  end: string | null;
  status?: RotationStatus;
  hostName?: string;
}

/** A stretch of the timeline with one side on top: what the strands are drawn from. */
export interface BraidSegment {
  start: string;
  /** Inclusive. */
  end: string;
  /** The side worked on, null in a gap between entries. */
  side: Side | null;
  tense: BraidTense;
  periodId: string | null;
}

/** A development action (DOMAIN §9.1) on the timeline: a mark of its kind and its span, below the strands. */
export interface BraidAction {
  id: string;
  kind: ActionKind;
  title: string;
  start: string;
  end: string;
  status: RotationStatus;
  /** The row it is drawn on, so that actions running at once do not hide each other. */
  row: number;
}

export interface BraidModel {
  personName: string;
  asOf: string;
  from: string;
  to: string;
  periods: BraidPeriod[];
  segments: BraidSegment[];
  /** The person's non-cancelled development actions, oldest first. */
  actions: BraidAction[];
  /** How many times the person moved from one side to the other (strand crossings). */
  crossings: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monthYear = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The person's experience entries and non-cancelled rotations, oldest first. */
export function braidPeriods(plan: Plan, personId: string): BraidPeriod[] {
  const person = plan.people.find((p) => p.id === personId);
  if (!person) throw new Error(`There is no person with id "${personId}" in the plan.`);
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d]));
  const hosts = new Map(plan.hosts.map((h) => [h.id, h]));
  const periods: BraidPeriod[] = person.experience.map((entry, i) => ({
    kind: 'experience',
    id: `experience-${i}`,
    domainId: entry.domain,
    domainName: domains.get(entry.domain)?.name ?? entry.domain,
    side: domains.get(entry.domain)?.side ?? null,
    start: entry.start,
    end: entry.end,
  }));
  for (const rotation of plan.rotations) {
    if (rotation.personId !== personId || rotation.status === 'cancelled') continue;
    const host = hosts.get(rotation.hostId);
    const domainId = host?.domain ?? '';
    periods.push({
      kind: 'rotation',
      id: rotation.id,
      domainId,
      domainName: domains.get(domainId)?.name ?? (domainId || 'unknown domain'),
      side: domains.get(domainId)?.side ?? null,
      start: rotation.start,
      end: rotation.end,
      status: rotation.status,
      hostName: host?.name ?? rotation.hostId,
    });
  }
  return periods.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/**
 * Actions oldest first, each on the first row free on its start (greedy interval partitioning), so that
 * actions running at once do not hide each other. The braid picture and the planner's lanes stack them so.
 */
export function stackActions<A extends Pick<Action, 'start' | 'end'>>(actions: readonly A[]): { action: A; row: number }[] {
  const rowEnds: string[] = [];
  return [...actions]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
    .map((action) => {
      let row = rowEnds.findIndex((end) => end < action.start);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = action.end;
      return { action, row };
    });
}

/** The person's non-cancelled development actions, stacked. */
export function braidActions(plan: Plan, personId: string): BraidAction[] {
  const own = (plan.actions ?? []).filter((a) => a.personId === personId && a.status !== 'cancelled');
  return stackActions(own).map(({ action: a, row }) => ({ id: a.id, kind: a.kind, title: a.title, start: a.start, end: a.end, status: a.status, row }));
}

/** Whether a day of a period is time spent (solid) or still a plan (dashed). */
function tenseOf(period: BraidPeriod, day: number, asOfDay: number): BraidTense {
  if (period.status === 'completed') return 'past';
  if (period.status === 'planned') return 'planned';
  return day <= asOfDay ? 'past' : 'planned';
}

/**
 * Cuts the timeline into segments with one side on top. A rotation outranks experience (it is
 * where the person actually works meanwhile); among equals the one that started last wins.
 */
export function braidModel(plan: Plan, analysis: Pick<PlanAnalysis, 'asOf'>, personId: string, yearsBack = 10): BraidModel {
  const periods = braidPeriods(plan, personId);
  const actions = braidActions(plan, personId);
  const person = plan.people.find((p) => p.id === personId)!;
  const asOf = analysis.asOf;
  const asOfDay = toDayNumber(asOf);
  const earliest = periods.length ? periods[0].start : asOf;
  const floor = addMonths(asOf, -12 * yearsBack);
  const from = earliest > floor ? earliest : floor;
  // A little room after the last planned move, so the return to the home side shows.
  let to = addMonths(asOf, 6);
  for (const p of periods) if (p.end && addMonths(p.end, 3) > to) to = addMonths(p.end, 3);
  for (const a of actions) if (addMonths(a.end, 3) > to) to = addMonths(a.end, 3);
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  const endDay = (p: BraidPeriod) => Math.min(p.end === null ? toDay : toDayNumber(p.end), toDay);

  const cuts = new Set<number>([fromDay, toDay + 1, asOfDay + 1]);
  for (const p of periods) {
    cuts.add(Math.max(toDayNumber(p.start), fromDay));
    cuts.add(Math.max(endDay(p) + 1, fromDay));
  }
  const bounds = [...cuts].filter((d) => d >= fromDay && d <= toDay + 1).sort((a, b) => a - b);
  const segments: BraidSegment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const day = bounds[i];
    let on: BraidPeriod | null = null;
    for (const p of periods) {
      if (toDayNumber(p.start) > day || endDay(p) < day) continue;
      if (!on || (p.kind === 'rotation' && on.kind !== 'rotation') || (p.kind === on.kind && p.start >= on.start)) on = p;
    }
    const segment: BraidSegment = {
      start: fromDayNumber(day),
      end: fromDayNumber(bounds[i + 1] - 1),
      side: on?.side ?? null,
      tense: on ? tenseOf(on, day, asOfDay) : day <= asOfDay ? 'past' : 'planned',
      periodId: on?.id ?? null,
    };
    const last = segments[segments.length - 1];
    if (last && last.periodId === segment.periodId && last.tense === segment.tense && last.side === segment.side) last.end = segment.end;
    else segments.push(segment);
  }
  let crossings = 0;
  let up: Side | null = null;
  for (const s of segments) {
    if (s.side && up && s.side !== up) crossings++;
    if (s.side) up = s.side;
  }
  return { personName: person.name, asOf, from, to, periods, segments, actions, crossings };
}
