import { analyzePlan } from './analyze-plan';
import { bySeverity, type Flag, type PlanAnalysis } from '../model';
import type { Plan, Rotation } from '../plan/schema';

/**
 * The flags the planner draws: on each rotation, and the over-capacity runs of each host.
 *
 * After a drop the full analysis of a large plan takes longer than a frame budget allows
 * (a 10 000-person plan: several hundred ms). The flags a rotation change can alter, though, are
 * decided by a small part of the plan — the moved person's rotations, the host's rotations, the
 * roles the person is a successor for. So the planner shows at once the flags of that part,
 * analysed on its own, over the previous analysis; the full analysis follows a moment later and
 * replaces the preview. flags-by-rotation.test.ts checks that the two always agree.
 */
export interface PlannerFlags {
  /** Flags on a rotation, most severe first. */
  ofRotation(rotationId: string): readonly Flag[];
  /** The host's 'rotation-over-capacity' flags (each with from/to). */
  overCapacityOf(hostId: string): readonly Flag[];
  /** True while a preview stands in for the full analysis. */
  provisional: boolean;
}

const NONE: readonly Flag[] = Object.freeze([]);
const OVER_CAPACITY = 'rotation-over-capacity';
/** Beyond this many changed rotations the part is no longer small: wait for the full analysis. */
const MAX_CHANGED = 20;

function resolve(analysis: PlanAnalysis, ids: readonly string[] | undefined): Flag[] {
  const flags: Flag[] = [];
  for (const id of ids ?? []) {
    const flag = analysis.flagsById.get(id);
    if (flag) flags.push(flag);
  }
  return flags;
}

const sorted = (flags: Flag[]): readonly Flag[] => (flags.length === 0 ? NONE : flags.sort(bySeverity));

export function plannerFlagsOf(analysis: PlanAnalysis): PlannerFlags {
  const byRotation = new Map<string, readonly Flag[]>();
  return {
    provisional: false,
    ofRotation(rotationId) {
      let flags = byRotation.get(rotationId);
      if (!flags) byRotation.set(rotationId, (flags = sorted(resolve(analysis, analysis.flagsByRotation.get(rotationId)))));
      return flags;
    },
    overCapacityOf: (hostId) => resolve(analysis, analysis.flagsByHost.get(hostId)).filter((f) => f.code === OVER_CAPACITY),
  };
}

/** Rotations that differ (by object) between two versions of a plan; null when too much changed to tell cheaply. */
function changedRotations(before: Plan, after: Plan): Rotation[] | null {
  if (before.people !== after.people || before.roles !== after.roles || before.hosts !== after.hosts || before.framework !== after.framework) return null;
  if (before.organization.asOf !== after.organization.asOf) return null;
  const changed: Rotation[] = [];
  const old = before.rotations;
  for (let i = 0; i < after.rotations.length; i++) {
    if (old[i] === after.rotations[i]) continue;
    if (old[i]) changed.push(old[i]);
    changed.push(after.rotations[i]);
    if (changed.length > MAX_CHANGED) return null;
  }
  return changed;
}

/**
 * Whose rotation flags a change of these rotations can alter: their owners, their backfills, and
 * the owners of rotations that one of those holds the seat for (backfill-conflict pairs them).
 */
function affectedPeople(plan: Plan, changed: readonly Rotation[]): Set<string> {
  const people = new Set<string>();
  for (const r of changed) {
    people.add(r.personId);
    if (r.backfillId) people.add(r.backfillId);
  }
  for (const r of plan.rotations) if (r.backfillId && people.has(r.backfillId)) people.add(r.personId);
  return people;
}

/**
 * The part of the plan that decides the rotation flags of the given people and hosts: their
 * rotations and those at the hosts, the rotations that share a backfill with theirs or that they
 * hold the seat for, the backfills' own rotations, their direct reports (a manager's rotation
 * needs a backfill), and the roles they are on or hold.
 */
function partOf(plan: Plan, people: Set<string>, hosts: Set<string>): Plan {
  const backfills = new Set<string>();
  for (const r of plan.rotations) if (r.backfillId && people.has(r.personId)) backfills.add(r.backfillId);
  const rotations = plan.rotations.filter(
    (r) => people.has(r.personId) || hosts.has(r.hostId) || backfills.has(r.personId) || (r.backfillId && (people.has(r.backfillId) || backfills.has(r.backfillId))),
  );
  const owners = new Set(rotations.map((r) => r.personId));
  for (const id of backfills) owners.add(id);
  const hostIds = new Set(rotations.map((r) => r.hostId));
  return {
    ...plan,
    hosts: plan.hosts.filter((h) => hostIds.has(h.id)),
    people: plan.people.filter((p) => owners.has(p.id) || (p.managerId !== null && people.has(p.managerId))),
    rotations,
    roles: plan.roles.filter((role) => role.successors.some((s) => people.has(s.personId)) || (role.incumbentId !== null && people.has(role.incumbentId))),
  };
}

/**
 * Flags for `plan` when only `settled` (an earlier version) has been fully analysed: exact for
 * every rotation, as long as the two differ by a few rotations; null otherwise.
 */
export function previewPlannerFlags(plan: Plan, settled: Plan, analysis: PlanAnalysis): PlannerFlags | null {
  const changed = changedRotations(settled, plan);
  if (!changed) return null;
  const people = affectedPeople(plan, changed);
  const hosts = new Set(changed.map((r) => r.hostId));
  const part = analyzePlan(partOf(plan, people, hosts), { asOf: analysis.asOf });
  const base = plannerFlagsOf(analysis);
  const owner = new Map(plan.rotations.map((r) => [r.id, r] as const));

  // From the part: every flag of a changed person's rotation except over-capacity elsewhere, and
  // the over-capacity of the changed hosts. From the previous analysis: all the rest.
  const fromPart = (flag: Flag) => (flag.code === OVER_CAPACITY ? hosts.has(flag.hostId!) : true);
  const byRotation = new Map<string, readonly Flag[]>();
  return {
    provisional: true,
    ofRotation(rotationId) {
      const cached = byRotation.get(rotationId);
      if (cached) return cached;
      const rotation = owner.get(rotationId);
      let flags: readonly Flag[];
      if (!rotation || (!people.has(rotation.personId) && !hosts.has(rotation.hostId))) flags = base.ofRotation(rotationId);
      else {
        const mine = people.has(rotation.personId);
        const partFlags = resolve(part, part.flagsByRotation.get(rotationId)).filter((f) => (mine ? fromPart(f) : f.code === OVER_CAPACITY && hosts.has(f.hostId!)));
        const kept = base.ofRotation(rotationId).filter((f) => !(mine ? fromPart(f) : f.code === OVER_CAPACITY && hosts.has(f.hostId!)));
        flags = sorted([...partFlags, ...kept]);
      }
      byRotation.set(rotationId, flags);
      return flags;
    },
    overCapacityOf: (hostId) => (hosts.has(hostId) ? resolve(part, part.flagsByHost.get(hostId)).filter((f) => f.code === OVER_CAPACITY) : base.overCapacityOf(hostId)),
  };
}
