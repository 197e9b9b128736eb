import type { ThreadLevel } from '../model/types';
import type { Assessment, Person, Thread } from '../plan/schema';
import { ageInMonths } from '../time';

/*
 * Spec choice: an assessment dated after asOf does not count yet (the analysis is "as of").
 * Spec choice: of two assessments of a thread on the same date, the one recorded later in the
 * list wins — it is the most recent entry of that day.
 */

/** The latest assessment of one thread (by date) as of asOf. */
export function latestAssessmentOf(person: Pick<Person, 'assessments'>, threadId: string, asOf: string): Assessment | undefined {
  let latest: Assessment | undefined;
  for (const assessment of person.assessments) {
    if (assessment.thread !== threadId || assessment.date > asOf) continue;
    if (!latest || assessment.date >= latest.date) latest = assessment;
  }
  return latest;
}

/** Reused between calls (they never nest) so that a person costs no scratch array. */
const scratch: (Assessment | undefined)[] = [];

/**
 * One level per framework thread, in framework order, from the latest assessment of each;
 * 0 and no date when unassessed. `threadIndex` maps a thread id to its place in `threads`.
 */
export function threadLevelsOf(
  person: Pick<Person, 'assessments'>,
  threads: readonly Thread[],
  threadIndex: Map<string, number>,
  asOf: string,
): ThreadLevel[] {
  const latest = scratch;
  for (let i = 0; i < threads.length; i++) latest[i] = undefined;
  const { assessments } = person;
  for (let a = 0; a < assessments.length; a++) {
    const assessment = assessments[a];
    if (assessment.date > asOf) continue;
    const i = threadIndex.get(assessment.thread);
    if (i === undefined) continue;
    const known = latest[i];
    if (!known || assessment.date >= known.date) latest[i] = assessment;
  }
  const levels: ThreadLevel[] = new Array(threads.length);
  for (let i = 0; i < threads.length; i++) {
    const assessment = latest[i];
    levels[i] = assessment
      ? { threadId: threads[i].id, level: assessment.level, date: assessment.date, ageMonths: ageInMonths(assessment.date, asOf) }
      : { threadId: threads[i].id, level: 0, date: null, ageMonths: null };
    latest[i] = undefined;
  }
  return levels;
}

/**
 * The current level of a thread for role fit — 0 when unassessed. Framework threads are read
 * from the person's levels; any other thread a role names is looked up in the assessments.
 */
export function levelReader(
  person: Pick<Person, 'assessments'>,
  levels: readonly ThreadLevel[],
  threadIndex: Map<string, number>,
  asOf: string,
): (threadId: string) => number {
  return (threadId) => {
    const i = threadIndex.get(threadId);
    if (i !== undefined) return levels[i].level;
    return latestAssessmentOf(person, threadId, asOf)?.level ?? 0;
  };
}
