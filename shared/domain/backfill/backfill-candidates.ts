import { roleFit } from '../fit';
import type { PlanAnalysis } from '../model/types';
import { READINESS_LABELS } from '../plan/defaults';
import type { Plan, Rotation } from '../plan/schema';

/**
 * Who could hold a rotating person's seat meanwhile (DOMAIN §8.4, issue #12): their direct
 * reports and the successors of the roles they hold, ranked by fit for the role they would
 * act in, each said to be free or not on the rotation's dates.
 */

export interface BackfillCandidate {
  personId: string;
  /** The role they would act in (the best fit among the roles the rotating person holds); null when they hold none. */
  roleId: string | null;
  /** 0..1; null without a role. */
  fit: number | null;
  /** Why they are offered: "direct report", "successor (ready now)". */
  reasons: string[];
  /** Free on every day of the rotation: on no rotation of their own, covering no other seat. */
  free: boolean;
  /** When not free, what they are busy with ("rotation T3 from 2027-05-01"). */
  busy: string | null;
}

const overlaps = (a: Pick<Rotation, 'start' | 'end'>, b: Pick<Rotation, 'start' | 'end'>): boolean => a.start <= b.end && b.start <= a.end;
const running = (r: Rotation): boolean => r.status === 'planned' || r.status === 'active';

export function backfillCandidates(plan: Plan, analysis: PlanAnalysis, rotation: Pick<Rotation, 'id' | 'personId' | 'start' | 'end'>): BackfillCandidate[] {
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const held = plan.roles.filter((r) => !r.retired && r.incumbentId === rotation.personId && analysis.roles.has(r.id));
  const reasons = new Map<string, string[]>();
  const offer = (personId: string, reason: string) => {
    const person = people.get(personId);
    if (!person || person.archived || personId === rotation.personId) return;
    reasons.set(personId, [...(reasons.get(personId) ?? []), reason]);
  };
  for (const person of plan.people) if (person.managerId === rotation.personId) offer(person.id, 'direct report');
  for (const role of held) for (const s of role.successors) offer(s.personId, `successor for ${role.title} (${READINESS_LABELS[s.readiness].toLowerCase()})`);

  const candidates: BackfillCandidate[] = [];
  for (const [personId, why] of reasons) {
    let best: { roleId: string; fit: number } | null = null;
    for (const role of held) {
      if (!analysis.people.has(personId)) continue;
      const fit = roleFit(plan, analysis, role.id, personId).fit;
      if (!best || fit > best.fit) best = { roleId: role.id, fit };
    }
    const own = plan.rotations.find((r) => r.id !== rotation.id && r.personId === personId && r.status !== 'cancelled' && overlaps(r, rotation));
    const covering = plan.rotations.find((r) => r.id !== rotation.id && running(r) && r.backfillId === personId && overlaps(r, rotation));
    const busy = own ? `on rotation ${own.id} from ${own.start} to ${own.end}` : covering ? `already covering for rotation ${covering.id} from ${covering.start} to ${covering.end}` : null;
    candidates.push({ personId, roleId: best?.roleId ?? null, fit: best?.fit ?? null, reasons: [...new Set(why)], free: busy === null, busy });
  }
  // Free first, then fit (high first), then name.
  const name = (id: string) => people.get(id)?.name ?? id;
  return candidates.sort((a, b) => Number(b.free) - Number(a.free) || (b.fit ?? -1) - (a.fit ?? -1) || name(a.personId).localeCompare(name(b.personId)));
}

export interface ActingStep {
  rotationId: string;
  /** The rotating person whose seat is held. */
  forPersonId: string;
  /** The role title acted in, or null when the rotating person holds no role. */
  roleTitle: string | null;
  start: string;
  end: string;
}

/**
 * A backfill assignment as a development step on the backfill person's profile ("acting Head
 * of Delivery, Mar–Aug 2027"). It adds no exposure: §5's rules are unchanged.
 */
export function actingSteps(plan: Plan, personId: string): ActingStep[] {
  return plan.rotations
    .filter((r) => r.backfillId === personId && r.status !== 'cancelled')
    .map((r) => ({
      rotationId: r.id,
      forPersonId: r.personId,
      roleTitle: plan.roles.find((role) => !role.retired && role.incumbentId === r.personId)?.title ?? null,
      start: r.start,
      end: r.end,
    }))
    .sort((a, b) => (a.start < b.start ? -1 : 1));
}
