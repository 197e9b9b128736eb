import type { Flag } from '../../shared/domain/model';
import { formatDay } from './dates';

/** A flag's sentence with every day it names written the way the user's locale writes days (the plan keeps ISO). */
export function flagMessage(flag: Pick<Flag, 'message' | 'dates'>, locale?: string): string {
  return localDays(flag.message, flag.dates, locale);
}

/** The suggested action, the same way; empty when the flag suggests none. */
export function flagAction(flag: Pick<Flag, 'action' | 'dates'>, locale?: string): string {
  return flag.action ? localDays(flag.action, flag.dates, locale) : '';
}

/** Any sentence of the domain that lists the ISO days it names, the same way (a development path's reason). */
export function localDays(text: string, dates: readonly string[] | undefined, locale?: string): string {
  if (!dates || dates.length === 0) return text;
  const days = new Set(dates);
  // Only the days the rule says it wrote: an id or a name that happens to look like a date stays as it is.
  return text.replace(/\d{4}-\d{2}-\d{2}/g, (day) => (days.has(day) ? formatDay(day, locale) : day));
}
