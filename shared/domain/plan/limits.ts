/**
 * Length limits of the plan format (DOMAIN.md §4, version 2). They keep one careless paste
 * (a 20 MB "name") from being copied into the plan and every backup of it. Counted in
 * characters (code points, an emoji is one), as zod's .max() and JSON Schema's maxLength count.
 * No zod here: the reference pass reads these where zod is not loaded; text-limits.ts has the schemas.
 */
export const LIMITS = {
  /** ids and references */
  id: 64,
  /** names and titles */
  name: 200,
  /** notes, feedback, reasons and other free text */
  text: 10_000,
} as const;

/** The message of a text over its limit (what the zod helpers say). */
export const tooLongMessage = (limit: number, what: string): string => `is longer than ${limit.toLocaleString('en')} characters (the limit for ${what})`;

/** The message the reference pass gives an id over the limit (same words as the zod helpers). */
export const idTooLongMessage = (length: number): string => `is ${length.toLocaleString('en')} characters long, longer than ${LIMITS.id} (the limit for an id)`;

/**
 * The length of a text in characters (code points): a surrogate pair counts once, a lone
 * surrogate once, as ajv's ucs2length and zod count. The compiled shape check calls it only for a
 * text longer in UTF-16 units than its limit, the one case where the two counts can disagree.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    count++;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return count;
}
