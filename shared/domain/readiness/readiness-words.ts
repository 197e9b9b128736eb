import type { IsoDate } from '../plan/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2028-03-14" → "Mar 2028": a ready date is a planning month, not a day to hold anyone to. */
export const monthYearText = (iso: IsoDate): string => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/**
 * The one phrase for a projected ready date against the vacancy, used on the succession board,
 * the profile, the nomination rows, the CLI and the PDFs alike.
 * "ready by Mar 2028 — in time for the vacancy" · "cannot be ready before the vacancy in Apr 2027"
 */
export function readinessWords(readyBy: IsoDate | null, inTime: boolean | null, asOf: IsoDate, expectedVacancy: IsoDate | null): string {
  const now = readyBy === asOf;
  if (inTime === true) return now ? 'has the time on both sides now — in time for the vacancy' : `ready by ${monthYearText(readyBy!)} — in time for the vacancy`;
  if (inTime === false && expectedVacancy !== null) {
    const vacancy = monthYearText(expectedVacancy);
    return readyBy === null ? `cannot be ready before the vacancy in ${vacancy}` : `ready by ${monthYearText(readyBy)} — cannot be ready before the vacancy in ${vacancy}`;
  }
  if (readyBy === null) return 'no ready date: the rotations on the plan do not give the time the role needs';
  return now ? 'has the time on both sides now' : `ready by ${monthYearText(readyBy)}`;
}
