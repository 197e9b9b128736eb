/**
 * People who have left — a termination date on or before the plan's as-of date, or a status
 * that says so ("Voluntarily Terminated") — are never imported as current: someone already in
 * the plan is archived; someone new is archived or left out, as the mapping says.
 */

type Values = ReadonlyMap<string, string | number>;

/** Why the row's person has left ("left on 2024-03-01 (Voluntarily Terminated)"), or null when they are still employed. */
export function leftBecause(values: Values, asOf: string, statusWritten: string | null): string | null {
  const leftOn = values.get('leftOn');
  const status = values.get('employmentStatus');
  const dated = typeof leftOn === 'string' && leftOn <= asOf;
  if (!dated && status !== 'left') return null;
  const said = statusWritten ? ` (${statusWritten})` : '';
  return dated ? `left on ${leftOn}${said}` : `has left${said}`;
}
