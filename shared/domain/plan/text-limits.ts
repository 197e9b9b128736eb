import { z } from 'zod';
import { LIMITS, tooLongMessage } from './limits';

/** The plan format's texts as zod schemas, each with its length limit (limits.ts). */

const tooLong = (limit: number, what: string) => ({ message: tooLongMessage(limit, what) });

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
