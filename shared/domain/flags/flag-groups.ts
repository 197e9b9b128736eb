import { FLAG_CATALOGUE, type Flag, type FlagCode, type Severity } from '../model';
import { monthsText } from './wording';

/** Where one code and severity is raised more than this many times, it is shown as one entry (DOMAIN §8.4). */
export const GROUP_ABOVE = 5;

export type FlagEntry =
  | { kind: 'flag'; flag: Flag }
  | { kind: 'group'; code: FlagCode; severity: Severity; flags: Flag[]; summary: string };

/** "1408" → "1 408", as the spec writes counts. */
export const countText = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/**
 * The flags as a list to read: a code and severity raised more than five times becomes one entry
 * with the count and its flags (the people or roles one click, or `--all`, away). The one rule
 * for the dashboard, the CLI's text and the PDF; the order of the flags is kept.
 */
export function groupFlags(flags: readonly Flag[], policy: { stagnationMonths: number }, above = GROUP_ABOVE): FlagEntry[] {
  const words = { stagnationMonths: monthsText(policy.stagnationMonths) };
  const buckets = new Map<string, Flag[]>();
  for (const flag of flags) {
    const key = `${flag.severity}|${flag.code}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(flag);
    else buckets.set(key, [flag]);
  }
  const entries: FlagEntry[] = [];
  const done = new Set<string>();
  for (const flag of flags) {
    const key = `${flag.severity}|${flag.code}`;
    const bucket = buckets.get(key)!;
    if (bucket.length <= above) {
      entries.push({ kind: 'flag', flag });
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    entries.push({ kind: 'group', code: flag.code, severity: flag.severity, flags: bucket, summary: FLAG_CATALOGUE[flag.code].group(countText(bucket.length), words) });
  }
  return entries;
}
