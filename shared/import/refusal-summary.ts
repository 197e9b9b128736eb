import type { Refusal } from './field-reader';

/**
 * The three commonest reasons rows were refused, with how many rows each: "310 rows:
 * RecruitmentSource "LinkedIn" is not a known assessment source; …". A reason is told
 * apart by its column and its words, not its value, so 300 different unknown departments
 * count as one reason.
 */
export function commonestReasons(refusals: readonly Refusal[], top = 3): string {
  const rowsByReason = new Map<string, { rows: Set<number>; example: Refusal }>();
  for (const refusal of refusals) {
    const key = `${refusal.column}\u0000${refusal.reason}`;
    const entry = rowsByReason.get(key) ?? { rows: new Set<number>(), example: refusal };
    entry.rows.add(refusal.row);
    rowsByReason.set(key, entry);
  }
  const ranked = [...rowsByReason.values()].sort((a, b) => b.rows.size - a.rows.size);
  const said = ranked.slice(0, top).map(({ rows, example }) => {
    const value = example.value ? ` (e.g. "${example.value}")` : '';
    return `${rows.size} row${rows.size === 1 ? '' : 's'}: ${example.column}${value} ${example.reason}`;
  });
  const more = ranked.length > top ? `; and ${ranked.length - top} other reason${ranked.length - top === 1 ? '' : 's'}` : '';
  return said.join('; ') + more;
}
