import { addYears, format, parseISO } from 'date-fns';
import type { Flag } from '../../../shared/domain/analysis/types';
import type { Domain, Host, Person, Plan, Rotation, Side } from '../../../shared/domain/plan/schema';
import type { PlannerFlags } from '../../../shared/domain/analysis/flags-by-rotation';
import { foldForMatch } from '../../../shared/domain/text/fold';
import { epochDayOf } from './timeline-scale';
import { laneActionsByPerson, sameLaneActions, type LaneAction } from './planner-actions';

/**
 * The planner's rows. By host, a lane is one host with as many rows as rotations run there at
 * once (so capacity is visible as a number of slots); by person, one person with their rotations.
 * Bars carry day numbers relative to the scale's origin so that zooming does not rebuild lanes.
 *
 * A drop changes one rotation of tens of thousands: bars and lanes are kept from one build to the
 * next and reused (same object) when nothing about them changed, so that a rebuild after a drop
 * costs little and React re-renders only the lanes that did change.
 */

export type PlannerView = 'host' | 'person';

export interface LaneBar {
  rotation: Rotation;
  startDay: number;
  endDay: number;
  row: number;
  /** The other end of the bar: the person in a host lane, the host in a person lane. */
  label: string;
  /** The side of the host's domain: bars take the strand colour. */
  side: Side | null;
}

export interface OverCapacityRun {
  flagId: string;
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
}

export interface Lane {
  key: string;
  kind: PlannerView;
  id: string;
  title: string;
  detail: string;
  side: Side | null;
  /** Hosts only. */
  capacity: number | null;
  rows: number;
  bars: LaneBar[];
  overCapacity: OverCapacityRun[];
  /** Person lanes: their development actions, under the rotations (none in host lanes). */
  actions: LaneAction[];
  /** Person lanes: the person is on the linear track. */
  linear: boolean;
  /** The host or person the lane was made from (a new object means the lane must be redrawn). */
  source: Host | Person;
}

export interface LaneOptions {
  view: PlannerView;
  showCancelled: boolean;
  /** Text matched, case- and accent-insensitively (the one fold), against the lane's name and domain. */
  query: string;
  /** Person view: list people without rotations too, so that one can be drawn for them. */
  everyone: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
/** Client-facing hosts first, then technical ones, as the braid is drawn. */
const sideRank = (side: Side | undefined): number => (side === 'front' ? 0 : side === 'back' ? 1 : 2);

/**
 * Greedy interval partitioning: as many rows as rotations overlap at the busiest moment.
 * Returns the bars sorted by start, each with its row (a new object only where the row changed).
 */
export function packRows(bars: LaneBar[]): { bars: LaneBar[]; rows: number } {
  const order = [...bars].sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay);
  const rowEnds: number[] = [];
  const rowOf = new Map<LaneBar, number>();
  const place = (bar: LaneBar) => {
    let row = rowEnds.findIndex((end) => end < bar.startDay);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = bar.endDay;
    rowOf.set(bar, row);
  };
  // Cancelled rotations take no slot: they fill the gaps after the live ones are placed.
  for (const bar of order) if (bar.rotation.status !== 'cancelled') place(bar);
  for (const bar of order) if (bar.rotation.status === 'cancelled') place(bar);
  return { bars: order.map((bar) => (bar.row === rowOf.get(bar) ? bar : { ...bar, row: rowOf.get(bar)! })), rows: Math.max(1, rowEnds.length) };
}

/** The years the planner spans: a year before asOf to three after, widened to every rotation. */
export function plannerExtent(plan: Plan, asOf: string): { from: string; to: string } {
  const as = parseISO(asOf);
  let from = format(addYears(as, -1), 'yyyy-MM-dd');
  let to = format(addYears(as, 3), 'yyyy-MM-dd');
  for (const r of plan.rotations) {
    if (r.start < from) from = r.start;
    if (r.end > to) to = r.end;
  }
  return { from, to };
}

const byName = new WeakMap<Plan['people'], string[]>();
function peopleByName(plan: Plan): string[] {
  let ids = byName.get(plan.people);
  if (!ids) {
    ids = plan.people.filter((p) => !p.archived).sort((a, b) => collator.compare(a.name, b.name)).map((p) => p.id);
    byName.set(plan.people, ids);
  }
  return ids;
}

/**
 * Each host's, person's and domain's name folded once, for as long as that object lives: a
 * keystroke in the filter folds only the query, not 10 000 names. An edit that renames someone
 * makes a new object, so the new name is folded then.
 */
const foldedNames = new WeakMap<Host | Person | Domain, string>();
function foldedName(source: Host | Person | Domain): string {
  let folded = foldedNames.get(source);
  if (folded === undefined) foldedNames.set(source, (folded = foldForMatch(source.name)));
  return folded;
}

interface CachedBar {
  bar: LaneBar;
  /** What the label was read from: the person (host view) or the host (person view). */
  labelSource: Person | Host | undefined;
}

interface LaneCache {
  key: string;
  domains: Domain[];
  bars: WeakMap<Rotation, CachedBar>;
  lanes: Map<string, Lane>;
}
let cache: LaneCache | null = null;

function cacheFor(plan: Plan, originIso: string, view: PlannerView): LaneCache {
  const key = `${view}|${originIso}`;
  if (!cache || cache.key !== key || cache.domains !== plan.framework.domains) {
    cache = { key, domains: plan.framework.domains, bars: new WeakMap(), lanes: new Map() };
  }
  return cache;
}

const sameBars = (a: LaneBar[], b: LaneBar[]) => a.length === b.length && a.every((bar, i) => bar === b[i]);
const sameRuns = (a: OverCapacityRun[], b: OverCapacityRun[]) =>
  a.length === b.length && a.every((run, i) => run.flagId === b[i].flagId && run.from === b[i].from && run.to === b[i].to);

function runsOf(flags: readonly Flag[], origin: number): OverCapacityRun[] {
  const runs: OverCapacityRun[] = [];
  for (const flag of flags) {
    if (!flag.from || !flag.to) continue;
    runs.push({ flagId: flag.id, from: flag.from, to: flag.to, fromDay: epochDayOf(flag.from) - origin, toDay: epochDayOf(flag.to) - origin });
  }
  return runs;
}

/** Every lane of one build, and the domain each was matched by: what the filter narrows. */
interface Built {
  plan: Plan;
  flags: PlannerFlags;
  originIso: string;
  view: PlannerView;
  showCancelled: boolean;
  everyone: boolean;
  lanes: Lane[];
  domains: (Domain | undefined)[];
}
let built: Built | null = null;

/**
 * The lanes to draw. A keystroke in the filter changes only the query: the lanes of the last build
 * are narrowed (folded names, no rebuild), so typing stays quick at 10 000 people.
 */
export function plannerLanes(plan: Plan, flags: PlannerFlags, originIso: string, options: LaneOptions): Lane[] {
  const { view, showCancelled, everyone } = options;
  if (!built || built.plan !== plan || built.flags !== flags || built.originIso !== originIso || built.view !== view || built.showCancelled !== showCancelled || built.everyone !== everyone) {
    built = { plan, flags, originIso, view, showCancelled, everyone, ...buildLanes(plan, flags, originIso, options) };
  }
  const query = foldForMatch(options.query.trim());
  if (!query) return built.lanes;
  const { domains } = built;
  return built.lanes.filter((lane, i) => foldedName(lane.source).includes(query) || (domains[i] !== undefined && foldedName(domains[i]).includes(query)));
}

function buildLanes(plan: Plan, flags: PlannerFlags, originIso: string, options: LaneOptions): { lanes: Lane[]; domains: (Domain | undefined)[] } {
  const { view } = options;
  const store = cacheFor(plan, originIso, view);
  const origin = epochDayOf(originIso);
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d]));
  const hosts = new Map(plan.hosts.map((h) => [h.id, h]));
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const laneDomains: (Domain | undefined)[] = [];

  const grouped = new Map<string, LaneBar[]>();
  for (const rotation of plan.rotations) {
    if (rotation.status === 'cancelled' && !options.showCancelled) continue;
    const person = people.get(rotation.personId);
    if (!person || person.archived) continue;
    const host = hosts.get(rotation.hostId);
    const labelSource = view === 'host' ? person : host;
    let cached = store.bars.get(rotation);
    if (!cached || cached.labelSource !== labelSource) {
      const bar: LaneBar = {
        rotation,
        startDay: epochDayOf(rotation.start) - origin,
        endDay: epochDayOf(rotation.end) - origin,
        row: 0,
        label: view === 'host' ? person.name : (host?.name ?? rotation.hostId),
        side: (host && domains.get(host.domain)?.side) ?? null,
      };
      store.bars.set(rotation, (cached = { bar, labelSource }));
    }
    const key = view === 'host' ? rotation.hostId : rotation.personId;
    const list = grouped.get(key);
    if (list) list.push(cached.bar);
    else grouped.set(key, [cached.bar]);
  }

  /** The lane as built last time if nothing in it changed; else the new one (and remember it). */
  const settle = (lane: Lane): Lane => {
    const previous = store.lanes.get(lane.key);
    if (previous && previous.source === lane.source && previous.rows === lane.rows && sameBars(previous.bars, lane.bars) && sameLaneActions(previous.actions, lane.actions) && sameRuns(previous.overCapacity, lane.overCapacity)) return previous;
    for (const bar of lane.bars) store.bars.get(bar.rotation)!.bar = bar;
    store.lanes.set(lane.key, lane);
    return lane;
  };

  const lanes: Lane[] = [];
  if (view === 'host') {
    const sorted = [...plan.hosts].sort((a, b) => {
      const da = domains.get(a.domain);
      const db = domains.get(b.domain);
      return sideRank(da?.side) - sideRank(db?.side) || collator.compare(da?.name ?? '', db?.name ?? '') || collator.compare(a.name, b.name);
    });
    for (const host of sorted) {
      const domain = domains.get(host.domain);
      laneDomains.push(domain);
      const packed = packRows(grouped.get(host.id) ?? []);
      lanes.push(
        settle({
          key: `host:${host.id}`,
          kind: 'host',
          id: host.id,
          title: host.name,
          detail: domain?.name ?? host.domain,
          side: domain?.side ?? null,
          capacity: host.capacity,
          rows: Math.max(host.capacity, packed.rows),
          bars: packed.bars,
          overCapacity: runsOf(flags.overCapacityOf(host.id), origin),
          actions: [],
          linear: false,
          source: host,
        }),
      );
    }
    return { lanes, domains: laneDomains };
  }

  const actionsOf = laneActionsByPerson(plan, originIso, options.showCancelled);
  for (const personId of peopleByName(plan)) {
    const bars = grouped.get(personId);
    const actions = actionsOf.get(personId);
    if (!bars && !actions && !options.everyone) continue;
    const person = people.get(personId)!;
    const domain = domains.get(person.homeDomain);
    laneDomains.push(domain);
    const packed = packRows(bars ?? []);
    lanes.push(
      settle({
        key: `person:${personId}`,
        kind: 'person',
        id: personId,
        title: person.name,
        detail: person.title && domain ? `${person.title} · ${domain.name}` : person.title || (domain?.name ?? ''),
        side: domain?.side ?? null,
        capacity: null,
        rows: packed.rows,
        bars: packed.bars,
        overCapacity: [],
        actions: actions ?? [],
        linear: person.track === 'linear',
        source: person,
      }),
    );
  }
  return { lanes, domains: laneDomains };
}
