import { neutraliseFormula } from '../text/neutralise';
import type { AuditEntry, AuditQuery } from './types';

/** The entries about a person, a role or a rotation (all given conditions must hold), newest first. */
export function entriesMatching(entries: readonly AuditEntry[], query: AuditQuery): AuditEntry[] {
  return entries
    .filter(
      (e) =>
        (query.personId === undefined || e.personIds.includes(query.personId)) &&
        (query.roleId === undefined || e.roleIds.includes(query.roleId)) &&
        (query.rotationId === undefined || e.rotationIds.includes(query.rotationId)) &&
        (query.reviewId === undefined || e.reviewId === query.reviewId) &&
        (query.area === undefined || e.area === query.area),
    )
    .sort((a, b) => b.seq - a.seq);
}

const CSV_COLUMNS = ['When', 'Who', 'Action', 'Area', 'What', 'Before', 'After', 'People and roles', 'Person ids', 'Role ids', 'Rotation ids', 'Review', 'Reason'] as const;

/** A CSV cell a spreadsheet will not run as a formula (the one rule of shared/export), quoted where needed. */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => [
    e.at,
    e.who,
    e.action,
    e.area,
    e.summary,
    e.before ?? '',
    e.after ?? '',
    e.names.join('; '),
    e.personIds.join(' '),
    e.roleIds.join(' '),
    e.rotationIds.join(' '),
    e.reviewId ?? '',
    e.reason ?? '',
  ]);
  // CRLF and a byte-order mark: what spreadsheet programs expect of a UTF-8 CSV.
  return `\uFEFF${[CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
