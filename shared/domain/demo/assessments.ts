import type { Assessment, AssessmentSource } from '../plan/schema';
import { dayOf, lastDayOf, monthIndexOf } from './calendar';
import { ASSESSMENT_NOTES } from './phrases';
import type { DemoWorld, PersonDraft } from './world';

/**
 * Thread assessments of varying age: most recent, some stale (older than a year), some
 * threads never assessed, a few with an earlier assessment kept as history, and host
 * assessments recorded at the end of a rotation (the feedback loop of DOMAIN.md §2).
 */

/** Typical level by tier, before the domain's and the rotations' influence. */
const BASE_LEVEL = [4.2, 4, 3.5, 3, 2.6, 2.2];
const MISSING_SHARE = 0.12;

function levelFor(world: DemoWorld, draft: PersonDraft, thread: string): number {
  const home = world.domains.find((d) => d.id === draft.person.homeDomain);
  let level = BASE_LEVEL[Math.min(draft.tier, BASE_LEVEL.length - 1)];
  if (home?.develops.includes(thread)) level += 0.5;
  for (const span of draft.spans) {
    if (span.rotation.status === 'completed' && span.rotation.objectives.includes(thread)) level += 0.3;
  }
  level += (world.random.next() + world.random.next() - 1) * 0.9;
  return Math.min(5, Math.max(1, Math.round(level)));
}

export function createAssessments(world: DemoWorld): void {
  const { random, asOfMonth } = world;
  const threads = ['financial-acumen', 'innovation', 'customer-success', 'recovery-growth'];
  for (const draft of world.people) {
    const assessments: Assessment[] = [];
    const taken = new Set<string>();
    const add = (assessment: Assessment): void => {
      const key = `${assessment.thread}@${assessment.date}`;
      if (taken.has(key)) return;
      taken.add(key);
      assessments.push(assessment);
    };
    const tenure = asOfMonth - draft.joinedMonth;
    const rotated = draft.spans.length > 0;
    for (const thread of threads) {
      if (random.chance(MISSING_SHARE)) continue;
      let age = random.weighted([random.int(1, 11), random.int(12, 24), random.int(25, 40)], [70, 20, 10]);
      if (age > tenure) age = random.int(1, Math.max(1, tenure));
      const level = levelFor(world, draft, thread);
      const source = random.weighted<AssessmentSource>(['manager', '360', 'self', rotated ? 'host' : 'manager'], [50, 25, 15, 10]);
      const latest: Assessment = { thread, level, date: dayOf(asOfMonth - age, random.int(1, 28)), source };
      if (random.chance(0.15)) latest.note = random.pick(ASSESSMENT_NOTES[thread]);
      add(latest);
      if (random.chance(0.35) && age + 18 < tenure) {
        add({ thread, level: Math.max(1, level - random.int(0, 1)), date: dayOf(asOfMonth - age - random.int(10, 18), random.int(1, 28)), source: random.chance(0.5) ? 'self' : 'manager' });
      }
    }
    // A host's assessment at the end of a rotation is evidence for the next talent review.
    for (const span of draft.spans) {
      const rotation = span.rotation;
      if (rotation.status !== 'completed' || rotation.feedback.length === 0 || !random.chance(0.5)) continue;
      if (monthIndexOf(rotation.end) >= asOfMonth) continue;
      add({ thread: rotation.objectives[0], level: levelFor(world, draft, rotation.objectives[0]), date: lastDayOf(span.end), source: 'host' });
    }
    assessments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    draft.person.assessments = assessments;
  }
}
