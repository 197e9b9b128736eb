import { intlFormat, parseISO } from 'date-fns';

/**
 * A day as the user's locale writes it — "30 Nov 2026" in Britain, "Nov 30, 2026" in the US,
 * "30. Nov. 2026" in Germany — through date-fns' intlFormat. Plan files keep ISO dates;
 * only what people read changes. `locale` is for tests; the app uses the system's.
 */
export function formatDay(iso: string, locale?: string): string {
  const options = { year: 'numeric', month: 'short', day: 'numeric' } as const;
  return locale ? intlFormat(parseISO(iso), options, { locale }) : intlFormat(parseISO(iso), options);
}

/** A month as the user's locale writes it ("Nov 2026", "nov. 2026"), for spans of rotations and experience. */
export function formatMonth(iso: string, locale?: string): string {
  const options = { year: 'numeric', month: 'short' } as const;
  return locale ? intlFormat(parseISO(iso), options, { locale }) : intlFormat(parseISO(iso), options);
}

/**
 * A moment (a backup, an audit entry: an ISO timestamp) as the user's locale writes it, in the same voice as
 * formatDay: "1 Dec 2026, 20:24" in Britain, "Dec 1, 2026, 8:24 PM" in the US — never "12/1/2026, 8:24 PM".
 */
export function formatMoment(isoTimestamp: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoTimestamp));
}
