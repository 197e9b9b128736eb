/**
 * The plan format's dates, checked without zod: the schema (schema.ts), the compiled shape
 * check and the command line's --as-of all use these, and the last two run where zod is not loaded.
 */

/** YYYY-MM-DD, as the JSON Schema pattern of every plan date. */
export const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const ISO_DATE = new RegExp(ISO_DATE_PATTERN);

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;

/**
 * Runs after the YYYY-MM-DD regex, on every date of the plan (about 15 per person), so it
 * reads the digits in place: building a Date for each made validating a plan twice as slow.
 */
export const isRealDate = (text: string): boolean => {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[month - 1]) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
};

/** What the schema's IsoDate accepts: the pattern and a real calendar day. */
export const isIsoDate = (text: string): boolean => ISO_DATE.test(text) && isRealDate(text);
