import { z } from 'zod';

/**
 * Length limits of the plan format (DOMAIN.md §4, version 2). They keep one careless paste
 * (a 20 MB "name") from being copied into the plan and every backup of it. Counted in
 * UTF-16 code units, as JavaScript and JSON Schema's maxLength count.
 */
export const LIMITS = {
  /** ids and references */
  id: 64,
  /** names and titles */
  name: 200,
  /** notes, feedback, reasons and other free text */
  text: 10_000,
} as const;

const tooLong = (limit: number, what: string) => ({ message: `is longer than ${limit.toLocaleString('en')} characters (the limit for ${what})` });

/** A name of a person, organisation, domain, thread or host. */
export const NameText = z.string().max(LIMITS.name, tooLong(LIMITS.name, 'a name'));
/** A person's or role's title. */
export const TitleText = z.string().max(LIMITS.name, tooLong(LIMITS.name, 'a title'));
/** Notes, feedback, reasons, facets: free text. */
export const LongText = z.string().max(LIMITS.text, tooLong(LIMITS.text, 'free text'));
/** An id in an operation's input (non-empty, bounded). Inside plans ids are checked by the reference pass. */
export const IdText = z
  .string()
  .min(1, { message: 'must be a non-empty id' })
  .max(LIMITS.id, tooLong(LIMITS.id, 'an id'));

/** The message the reference pass gives an id over the limit (same words as the zod helpers). */
export const idTooLongMessage = (length: number): string => `is ${length.toLocaleString('en')} characters long, longer than ${LIMITS.id} (the limit for an id)`;
