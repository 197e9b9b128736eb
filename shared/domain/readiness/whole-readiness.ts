import type { IsoDate } from '../plan/schema';
import type { FitItem } from '../model/types';
import { inTimeOf } from './projected-exposure';

/** A thread item the successor does not meet yet, and the day planned evidence of it is due (§9.2). */
export interface AwaitedEvidence {
  threadId: string;
  level: number;
  day: IsoDate;
}

/** The whole-truth readiness of a successor for a role (DOMAIN §9.2). */
export interface WholeReadiness {
  /** §8.1's readyBy: the day the side months are met, nothing else. */
  exposureReadyBy: IsoDate | null;
  /** The later of exposureReadyBy and the evidence days of every unmet thread item; null when any has no planned evidence. */
  readyBy: IsoDate | null;
  inTime: boolean | null;
  /** Unmet thread items with planned evidence on or after asOf: the assessment that must then confirm them. */
  awaiting: AwaitedEvidence[];
  /** Unmet thread items with no planned evidence on or after asOf. */
  unplanned: { threadId: string; level: number }[];
}

/** Where planned evidence of a thread comes from: a rotation's objectives (due at its end) or an action's threads (due at evidenceDue, else its end). */
export interface EvidenceSource {
  threads: readonly string[];
  day: IsoDate;
}

/** The earliest evidence day on or after asOf among the sources that develop the thread; null when none does. */
export function earliestEvidence(threadId: string, sources: readonly EvidenceSource[], asOf: IsoDate): IsoDate | null {
  let best: IsoDate | null = null;
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    if (source.day >= asOf && (best === null || source.day < best) && source.threads.includes(threadId)) best = source.day;
  }
  return best;
}

/**
 * readyBy, whole (§9.2): Braid never invents a level, so an unmet thread item counts as ready only
 * on the day an assessment is planned to show it; an item nothing is planned for leaves no date.
 */
export function wholeReadinessOf(exposureReadyBy: IsoDate | null, fitItems: readonly FitItem[], sources: readonly EvidenceSource[], asOf: IsoDate, expectedVacancy: IsoDate | null): WholeReadiness {
  const awaiting: AwaitedEvidence[] = [];
  const unplanned: { threadId: string; level: number }[] = [];
  for (const item of fitItems) {
    if (item.met || item.kind !== 'thread' || item.threadId === undefined) continue;
    const day = earliestEvidence(item.threadId, sources, asOf);
    if (day === null) unplanned.push({ threadId: item.threadId, level: item.required });
    else awaiting.push({ threadId: item.threadId, level: item.required, day });
  }
  let readyBy = unplanned.length > 0 ? null : exposureReadyBy;
  for (const wait of awaiting) if (readyBy !== null && wait.day > readyBy) readyBy = wait.day;
  return { exposureReadyBy, readyBy, inTime: inTimeOf(readyBy, expectedVacancy), awaiting, unplanned };
}
