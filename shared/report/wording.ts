import { SEVERITY_WORDS, type Severity } from '../domain/model';
import type { LowMediumHigh } from '../domain/plan/schema';
import { personName } from '../domain/flags/wording';
import type { ReportContext } from './report-context';
import { fileStem } from '../domain/plan/file-stem';

export { gapText, monthsText, percentText, personName, roleName } from '../domain/flags/wording';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-01-05" → "5 January 2027": unambiguous on both sides of the Atlantic. */
export function longDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "2027-01-05" → "5 Jan 2027", for table cells. */
export function shortDate(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1].slice(0, 3)} ${iso.slice(0, 4)}`;
}

export const SEVERITY_LABELS: Record<Severity, string> = { critical: SEVERITY_WORDS.critical.label, warning: SEVERITY_WORDS.warning.label, info: SEVERITY_WORDS.info.label };
export const RISK_LABELS: Record<LowMediumHigh, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** The name of a person by id, or the id itself if the plan has no such person. */
export function nameOf(ctx: ReportContext, personId: string | null | undefined): string {
  if (!personId) return '';
  const person = ctx.people.get(personId);
  return person ? personName(person) : personId;
}

export function domainName(ctx: ReportContext, domainId: string): string {
  return ctx.domains.get(domainId)?.name ?? domainId;
}

export function threadName(ctx: ReportContext, threadId: string): string {
  return ctx.threadNames.get(threadId) ?? threadId;
}

/** A report's file name: the plan's rule, 'report' when nothing is left. */
export const reportFileStem = (text: string): string => fileStem(text, 'report');
