import type { IsoDate } from '../plan/schema';
import type { AwaitedEvidence } from './whole-readiness';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2028-03-14" → "Mar 2028": a ready date is a planning month, not a day to hold anyone to. */
export const monthYearText = (iso: IsoDate): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** What the words need beyond the ready date (§9.2): the side-months date and the evidence it rests on. */
export interface ReadinessDetail {
  exposureReadyBy: IsoDate | null;
  awaiting: readonly AwaitedEvidence[];
  unplanned: readonly { threadId: string; level: number }[];
  /** Thread id → name. */
  threadName: (threadId: string) => string;
}

const items = (list: readonly { threadId: string; level: number }[], name: (id: string) => string): string => list.map((t) => `${name(t.threadId)} ${t.level}`).join(', ');

/**
 * The one phrase for a ready date against the vacancy, used on the succession board, the profile,
 * the nomination rows, review calibration, the CLI and the PDFs alike. "Ready" is said only of the
 * whole readyBy (§9.2); a date resting on side months alone reads "has the time on both sides by".
 * "ready by Nov 2028 if the assessment then confirms Financial Acumen 4 — in time for the vacancy"
 * "has the time on both sides by Mar 2028, but no evidence is planned for Recovery & Growth 4 — cannot be ready before the vacancy in Apr 2027"
 */
export function readinessWords(readyBy: IsoDate | null, inTime: boolean | null, asOf: IsoDate, expectedVacancy: IsoDate | null, detail?: ReadinessDetail): string {
  const vacancy = expectedVacancy === null ? '' : inTime === true ? ' — in time for the vacancy' : ` — cannot be ready before the vacancy in ${monthYearText(expectedVacancy)}`;
  if (readyBy !== null) {
    const awaiting = detail?.awaiting.filter((a) => a.day >= asOf) ?? [];
    const confirms = awaiting.length > 0 ? ` if the assessment then confirms ${items(awaiting, detail!.threadName)}` : '';
    const ready = readyBy === asOf && confirms === '' ? 'ready now' : `ready by ${monthYearText(readyBy)}${confirms}`;
    return `${ready}${vacancy}`;
  }
  if (detail && detail.exposureReadyBy !== null && detail.unplanned.length > 0) {
    const time = detail.exposureReadyBy === asOf ? 'has the time on both sides now' : `has the time on both sides by ${monthYearText(detail.exposureReadyBy)}`;
    return `${time}, but no evidence is planned for ${items(detail.unplanned, detail.threadName)}${vacancy}`;
  }
  if (expectedVacancy !== null) return `cannot be ready before the vacancy in ${monthYearText(expectedVacancy)}`;
  return 'no ready date: the rotations on the plan do not give the time the role needs';
}

/** readinessWords for a successor or candidate whose whole readiness (§9.2) is known. */
export function successorReadinessWords(
  s: { readyBy: IsoDate | null; inTime: boolean | null } & Omit<ReadinessDetail, 'threadName'>,
  asOf: IsoDate,
  expectedVacancy: IsoDate | null,
  threads: readonly { id: string; name: string }[],
): string {
  const threadName = (id: string): string => threads.find((t) => t.id === id)?.name ?? id;
  return readinessWords(s.readyBy, s.inTime, asOf, expectedVacancy, { exposureReadyBy: s.exposureReadyBy, awaiting: s.awaiting, unplanned: s.unplanned, threadName });
}
