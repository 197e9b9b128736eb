import { resolvePolicy, type ResolvedPolicy } from '../plan/defaults';
import type { Action, Domain, Host, Person, Plan, Role, Rotation, Side, Successor, Thread } from '../plan/schema';
import { domainTableOf, type DomainTable } from './domain-table';
import { monthsBetween, toDayNumber } from '../time';

/** A non-cancelled rotation of someone on the roster, with what the rules keep asking about it. */
export interface RotationFacts {
  rotation: Rotation;
  person: Person;
  host: Host | undefined;
  /** The host's domain id, or null when the host is unknown. */
  domainId: string | null;
  side: Side | null;
  startDay: number;
  endDay: number;
  /** Its length, monthsBetween(start, end). */
  months: number;
}

/** A non-cancelled development action of someone on the roster (§9). */
export interface ActionFacts {
  action: Action;
  /** When an assessment of its threads is expected: evidenceDue, else its end. */
  evidenceDay: string;
  /** An acting role's seat: the domain and side of its role's first domain (time in the seat is exposure there); null otherwise. */
  domainId: string | null;
  side: Side | null;
}

/**
 * The plan looked up once, in the shapes the rules need: who is on the roster, which
 * rotations count, per person and per host, and who is on which successor slate.
 * Archived people and everything about them, retired roles and cancelled rotations are left out here,
 * so no rule has to remember to skip them.
 */
export interface PlanIndex {
  plan: Plan;
  asOf: string;
  asOfDay: number;
  policy: ResolvedPolicy;
  domains: Map<string, Domain>;
  domainTable: DomainTable;
  threads: Thread[];
  /** Thread id → its place in `threads` (and in every PersonAnalysis.threads). */
  threadIndex: Map<string, number>;
  threadNames: Map<string, string>;
  hosts: Map<string, Host>;
  /** The roster: people who are not archived. */
  people: Map<string, Person>;
  /** The same roster as a list, in plan order (cheaper to walk than the map). */
  roster: Person[];
  /** Roles that are not retired. */
  roles: Role[];
  /** Non-cancelled rotations of roster people, in plan order. */
  rotations: RotationFacts[];
  /** Per person id, sorted by start. */
  rotationsByPerson: Map<string, RotationFacts[]>;
  /** Per host id, in plan order. */
  rotationsByHost: Map<string, RotationFacts[]>;
  /**
   * Per role id: the successors on the roster, each person once.
   * Spec choice: a person listed twice on one slate counts once, with the first entry's readiness.
   */
  slates: Map<string, Successor[]>;
  /** Per person id: the roles whose slate names them. */
  successorRoles: Map<string, Role[]>;
  /** Per person id: their non-cancelled development actions, in plan order. */
  actionsByPerson: Map<string, ActionFacts[]>;
  /** Rotations of roster people by status, cancelled included. */
  rotationCounts: { planned: number; active: number; completed: number; cancelled: number };
}

const byStart = (a: RotationFacts, b: RotationFacts): number => a.startDay - b.startDay || a.endDay - b.endDay;

/**
 * Moves the last rotation of a person's list into place: the list grows one by one and a person
 * has a handful of rotations, so this insertion step allocates nothing where Array#sort would.
 */
function sortByStart(list: RotationFacts[]): void {
  const item = list[list.length - 1];
  let j = list.length - 2;
  while (j >= 0 && byStart(list[j], item) > 0) {
    list[j + 1] = list[j];
    j--;
  }
  list[j + 1] = item;
}

/*
 * Hot loops in the analysis walk arrays by index rather than with for…of: the analysis often
 * runs cold (once per plan change), and unoptimised for…of allocates an object per step.
 */
export function indexPlan(plan: Plan, asOf: string): PlanIndex {
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d]));
  const hosts = new Map<string, Host>();
  // One lookup per rotation finds the host, its side and its list (and likewise for the person).
  const hostSlots = new Map<string, { host: Host; side: Side | null; rotations: RotationFacts[] }>();
  for (const host of plan.hosts) {
    hosts.set(host.id, host);
    hostSlots.set(host.id, { host, side: domains.get(host.domain)?.side ?? null, rotations: [] });
  }
  const people = new Map<string, Person>();
  const roster: Person[] = [];
  for (let i = 0; i < plan.people.length; i++) {
    const person = plan.people[i];
    if (person.archived) continue;
    people.set(person.id, person);
    roster.push(person);
  }

  const rotationCounts = { planned: 0, active: 0, completed: 0, cancelled: 0 };
  const rotations: RotationFacts[] = [];
  // Only ever read by person id, so filled in the rotations' order.
  const rotationsByPerson = new Map<string, RotationFacts[]>();
  const rotationsByHost = new Map<string, RotationFacts[]>();
  for (let i = 0; i < plan.rotations.length; i++) {
    const rotation = plan.rotations[i];
    const person = people.get(rotation.personId);
    if (!person) continue;
    rotationCounts[rotation.status]++;
    if (rotation.status === 'cancelled') continue;
    const hostSlot = hostSlots.get(rotation.hostId);
    const facts: RotationFacts = {
      rotation,
      person,
      host: hostSlot?.host,
      domainId: hostSlot ? hostSlot.host.domain : null,
      side: hostSlot ? hostSlot.side : null,
      startDay: toDayNumber(rotation.start),
      endDay: toDayNumber(rotation.end),
      months: monthsBetween(rotation.start, rotation.end),
    };
    rotations.push(facts);
    const theirs = rotationsByPerson.get(person.id);
    if (theirs) {
      theirs.push(facts);
      sortByStart(theirs);
    } else rotationsByPerson.set(person.id, [facts]);
    if (hostSlot) hostSlot.rotations.push(facts);
    else {
      const stray = rotationsByHost.get(rotation.hostId);
      if (stray) stray.push(facts);
      else rotationsByHost.set(rotation.hostId, [facts]);
    }
  }
  for (const [id, slot] of hostSlots) if (slot.rotations.length > 0) rotationsByHost.set(id, slot.rotations);

  const roles: Role[] = [];
  const slates = new Map<string, Successor[]>();
  const successorRoles = new Map<string, Role[]>();
  for (let i = 0; i < plan.roles.length; i++) {
    const role = plan.roles[i];
    if (role.retired) continue;
    roles.push(role);
    const slate: Successor[] = [];
    for (const successor of role.successors) {
      if (!people.has(successor.personId) || slate.some((s) => s.personId === successor.personId)) continue;
      slate.push(successor);
      const theirs = successorRoles.get(successor.personId);
      if (theirs) theirs.push(role);
      else successorRoles.set(successor.personId, [role]);
    }
    slates.set(role.id, slate);
  }
  return {
    actionsByPerson: actionsByPersonOf(plan, people, domains),
    plan,
    asOf,
    asOfDay: toDayNumber(asOf),
    policy: resolvePolicy(plan.framework),
    domains,
    domainTable: domainTableOf(domains.values()),
    threads: plan.framework.threads,
    threadIndex: new Map(plan.framework.threads.map((t, i) => [t.id, i])),
    threadNames: new Map(plan.framework.threads.map((t) => [t.id, t.name])),
    hosts,
    people,
    roster,
    roles,
    rotations,
    rotationsByPerson,
    rotationsByHost,
    slates,
    successorRoles,
    rotationCounts,
  };
}

function actionsByPersonOf(plan: Plan, people: Map<string, Person>, domains: Map<string, Domain>): Map<string, ActionFacts[]> {
  const byPerson = new Map<string, ActionFacts[]>();
  const actions = plan.actions;
  if (!actions || actions.length === 0) return byPerson;
  const roleDomain = new Map(plan.roles.map((r) => [r.id, r.domains[0] ?? null]));
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    if (action.status === 'cancelled' || !people.has(action.personId)) continue;
    const domainId = action.kind === 'acting-role' && action.roleId !== undefined ? (roleDomain.get(action.roleId) ?? null) : null;
    const facts: ActionFacts = { action, evidenceDay: action.evidenceDue ?? action.end, domainId, side: domainId === null ? null : (domains.get(domainId)?.side ?? null) };
    const theirs = byPerson.get(action.personId);
    if (theirs) theirs.push(facts);
    else byPerson.set(action.personId, [facts]);
  }
  return byPerson;
}
