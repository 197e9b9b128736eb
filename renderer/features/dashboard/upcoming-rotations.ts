import type { Plan, Rotation } from '../../../shared/domain/plan/schema';
import { addDays } from '../../../shared/domain/time';

export interface RotationEvent {
  rotation: Rotation;
  kind: 'starts' | 'ends';
  date: string;
}

/** Rotations starting or ending within `days` days from asOf (inclusive), soonest first; cancelled ones left out. */
export function upcomingRotationEvents(plan: Plan, asOf: string, days = 60): RotationEvent[] {
  const until = addDays(asOf, days);
  const events: RotationEvent[] = [];
  const within = (date: string) => date >= asOf && date <= until;
  for (const rotation of plan.rotations) {
    if (rotation.status === 'cancelled') continue;
    if (within(rotation.start) && rotation.status !== 'completed') events.push({ rotation, kind: 'starts', date: rotation.start });
    if (within(rotation.end)) events.push({ rotation, kind: 'ends', date: rotation.end });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'ends' ? -1 : 1));
}
