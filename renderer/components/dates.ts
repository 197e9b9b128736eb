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
