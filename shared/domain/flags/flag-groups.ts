import type { Flag, FlagCode, Severity } from '../analysis/types';
import { monthsText } from './wording';

/** Where one code and severity is raised more than this many times, it is shown as one entry (DOMAIN §8.4). */
export const GROUP_ABOVE = 5;

export type FlagEntry =
  | { kind: 'flag'; flag: Flag }
  | { kind: 'group'; code: FlagCode; severity: Severity; flags: Flag[]; summary: string };

/** "1408" → "1 408", as the spec writes counts. */
export const countText = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

interface GroupWords {
  stagnationMonths: number;
}

const SUMMARIES: Record<FlagCode, (n: string, words: GroupWords) => string> = {
  'role-no-ready-successor': (n) => `${n} roles have no successor ready now`,
  'role-thin-bench': (n) => `${n} roles have fewer successors than the policy asks for`,
  'role-single-sided-bench': (n) => `${n} roles that span both sides have no successor with time on both`,
  'role-no-emergency-cover': (n) => `${n} roles have no successor marked as emergency cover`,
  'successor-not-ready': (n) => `${n} successors are marked ready now but miss some requirements`,
  'successor-overcommitted': (n) => `${n} people are successors for more roles than the policy allows`,
  'successor-flight-risk': (n) => `${n} successors are a high flight risk`,
  'successor-linear-gap': (n) => `${n} linear-track successors lack time on a side their role requires`,
  'readiness-understated': (n) => `${n} successors meet every requirement but are not marked ready now`,
  'readiness-out-of-reach': (n) => `${n} successors cannot be ready within the time their readiness says`,
  'rotation-overlap': (n) => `${n} pairs of rotations overlap`,
  'rotation-over-capacity': (n) => `${n} runs of days on which a host has more rotations than its capacity`,
  'rotation-duration': (n) => `${n} rotations are shorter or longer than the policy allows`,
  'rotation-linear-track': (n) => `${n} rotations are planned or running for linear-track people`,
  'rotation-late-for-vacancy': (n) => `${n} planned rotations end after the vacancy they prepare for`,
  'rotation-no-backfill': (n) => `${n} rotations of incumbents or managers name no backfill`,
  'backfill-conflict': (n) => `${n} backfills are needed in two places at once`,
  'programme-over-budget': (n) => `${n} years' rotation spend is over the annual budget`,
  'role-review-overdue': (n) => `${n} roles' slates are overdue for review`,
  'assessment-stale': (n) => `${n} successors have out-of-date or missing assessments`,
  'person-stagnant': (n, w) => `${n} braided leaders have had no time on the other side in ${monthsText(w.stagnationMonths)}`,
};

/**
 * The flags as a list to read: a code and severity raised more than five times becomes one entry
 * with the count and its flags (the people or roles one click, or `--all`, away). The one rule
 * for the dashboard, the CLI's text and the PDF; the order of the flags is kept.
 */
export function groupFlags(flags: readonly Flag[], words: GroupWords, above = GROUP_ABOVE): FlagEntry[] {
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
    entries.push({ kind: 'group', code: flag.code, severity: flag.severity, flags: bucket, summary: SUMMARIES[flag.code](countText(bucket.length), words) });
  }
  return entries;
}
