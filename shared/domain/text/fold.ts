/**
 * The one fold for matching people's and roles' names typed by a user or read from a file:
 * case- and accent-insensitive, so "zoe lukasiewicz" matches "Zoë Łukasiewicz". Used by the
 * global search, the roster filter and the import's duplicate check alike, so what one of
 * them finds the others find too.
 */

// Letters that Unicode does not decompose into base + accent, so NFD alone would leave "Łukasiewicz" unfindable by "luk".
const LETTER_FOLDS: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Case- and accent-insensitive form of a text: "Zoë Łukasiewicz" → "zoe lukasiewicz". */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter]);
}
