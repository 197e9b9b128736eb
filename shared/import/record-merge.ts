import type { Assessment, Experience } from '../domain/plan/schema';
import { addDays } from '../domain/time';

/**
 * How imported assessments and experience entries meet what a person already has, so
 * that importing the same file twice changes nothing and a corrected file corrects.
 */

export interface Merged<T> {
  list: T[];
  added: number;
  changed: number;
  words: string[];
}

const sameAssessment = (a: Assessment, b: Assessment) => a.thread === b.thread && a.date === b.date && a.source === b.source;

/** An assessment of the same thread, date and source is the same assessment: its level and note are replaced. */
export function mergeAssessments(existing: readonly Assessment[], incoming: readonly Assessment[], threadName: (id: string) => string): Merged<Assessment> {
  const list = existing.slice();
  let added = 0;
  let changed = 0;
  const words: string[] = [];
  for (const assessment of incoming) {
    const at = list.findIndex((a) => sameAssessment(a, assessment));
    const label = `${threadName(assessment.thread)} ${assessment.level} (${assessment.date}, ${assessment.source})`;
    if (at < 0) {
      list.push(assessment);
      added++;
      words.push(`+ assessment ${label}`);
    } else if (list[at].level !== assessment.level || (assessment.note !== undefined && list[at].note !== assessment.note)) {
      words.push(`assessment ${threadName(assessment.thread)} ${assessment.date}: ${list[at].level} → ${assessment.level}`);
      list[at] = { ...list[at], ...assessment };
      changed++;
    }
  }
  return { list, added, changed, words };
}

/**
 * An entry in the same domain starting the same day is the same entry (its end may be
 * corrected). A new ongoing entry closes the person's other ongoing entries that began
 * earlier on the day before it starts: they moved.
 */
export function mergeExperience(existing: readonly Experience[], entry: Experience, domainName: (id: string) => string): Merged<Experience> {
  const at = existing.findIndex((e) => e.domain === entry.domain && e.start === entry.start);
  const span = `${domainName(entry.domain)} from ${entry.start}${entry.end ? ` to ${entry.end}` : ''}`;
  if (at >= 0) {
    if (existing[at].end === entry.end) return { list: existing.slice(), added: 0, changed: 0, words: [] };
    const list = existing.slice();
    list[at] = { ...list[at], end: entry.end };
    return { list, added: 0, changed: 1, words: [`experience ${span} (end was ${existing[at].end ?? 'open'})`] };
  }
  const words = [`+ experience ${span}`];
  const list = existing.map((e) => {
    if (entry.end !== null || e.end !== null || e.start >= entry.start) return e;
    const end = addDays(entry.start, -1);
    words.push(`experience ${domainName(e.domain)} from ${e.start} closed on ${end}`);
    return { ...e, end };
  });
  list.push(entry);
  return { list, added: 1, changed: words.length - 1, words };
}
