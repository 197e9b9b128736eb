import type { AuditEntry } from './types';

/** What an erased person is called from then on: a number, never a name. */
export function erasedMarker(number: number): string {
  return `Erased person #${number}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wholeWords = (names: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Replaces every whole-word occurrence of any of `names` in `text`. Whole words only, so
 * erasing "Ana Li" leaves "Ana Lima" alone; longest names first so "Ana Li Chen" goes
 * before "Ana Li" could cut it in half. Names in `keep` (other people's, such as
 * "Ana Li Chen" when "Ana Li" is erased) are left whole.
 */
export function replaceNames(text: string, names: readonly string[], marker: string, keep: readonly string[] = []): string {
  const usable = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  if (!usable.length || !usable.some((n) => text.includes(n))) return text;
  const kept = [...new Set(keep)].filter((k) => !usable.includes(k) && usable.some((n) => k.includes(n)) && text.includes(k)).sort((a, b) => b.length - a.length);
  if (!kept.length) return text.replace(wholeWords(usable), marker);
  // Cut the text around the names to keep, replace in the pieces between them.
  const keepPattern = wholeWords(kept);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(keepPattern)) {
    out += text.slice(last, match.index).replace(wholeWords(usable), marker) + match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(wholeWords(usable), marker);
}

/**
 * An id as it stands in a sentence ("took over from P086."): not part of a longer id, so
 * erasing "zoe" leaves "zoe-2" and "zoey" alone.
 */
const standingId = (id: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(id)}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'gu');

export function replaceId(text: string, id: string, marker: string): string {
  if (!id || !text.includes(id)) return text;
  return text.replace(standingId(id), marker);
}

/**
 * The audit log after a person's erasure: entries about them keep when, the area and the
 * roles, and lose everything that says who they were (a review's reason for moving them
 * included); every entry loses any mention of their names, e-mail addresses and id in every
 * text it has — the summary, the action, the reason, the names, the values before and after.
 */
export function anonymizeEntries(
  entries: readonly AuditEntry[],
  personId: string,
  names: readonly string[],
  marker: string,
  keep: readonly string[] = [],
): { entries: AuditEntry[]; changed: number } {
  let changed = 0;
  const scrub = (text: string) => replaceId(replaceNames(text, names, marker, keep), personId, marker);
  const result = entries.map((entry) => {
    const about = entry.personIds.includes(personId);
    const { reason, ...rest } = entry;
    const next: AuditEntry = {
      ...rest,
      action: scrub(entry.action),
      who: scrub(entry.who),
      summary: about ? marker : scrub(entry.summary),
      personIds: about ? [] : entry.personIds,
      rotationIds: about ? [] : entry.rotationIds,
      names: about ? [] : entry.names.map(scrub),
      before: about || entry.before === null ? null : scrub(entry.before),
      after: about || entry.after === null ? null : scrub(entry.after),
      ...(reason === undefined || about ? {} : { reason: scrub(reason) }),
    };
    if (JSON.stringify(next) !== JSON.stringify(entry)) changed += 1;
    return next;
  });
  return { entries: result, changed };
}
