/**
 * The text of an exported CSV whatever wrote it: UTF-8 with or without a BOM (Workday,
 * Google Sheets, Excel's "CSV UTF-8"), UTF-16 with a BOM (Excel's "Unicode text"), and
 * Windows-1252 (Excel's plain "CSV" on a Western-European Windows, SAP). Bytes that are not
 * valid UTF-8 are read as Windows-1252, which assigns a character to nearly every byte.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'utf-8 and windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  /** Lines (1-based) that look damaged: not UTF-8 like the rest, or UTF-8 read twice ("ZoÃ«"). */
  damaged?: { line: number; text: string; why: 'not-utf8' | 'double-encoded' }[];
}

/**
 * Windows-1252's characters at 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ).
 * Node 20's TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters,
 * so they are put right here; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay as they are.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const damaged = doubleEncodedLines(text);
    return { text, encoding: 'utf-8', bom: false, ...(damaged.length ? { damaged } : {}) };
  } catch {
    return decodeLineByLine(bytes);
  }
}

// "Zoë" written as UTF-8 and read back as Windows-1252, then saved as UTF-8 again: "ZoÃ«".
const DOUBLE_ENCODED = /[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc\u20ac\u2122]|â€/;

function doubleEncodedLines(text: string): NonNullable<DecodedText['damaged']> {
  if (!DOUBLE_ENCODED.test(text)) return [];
  return text.split('\n').flatMap((line, i) => (DOUBLE_ENCODED.test(line) ? [{ line: i + 1, text: line.trim(), why: 'double-encoded' as const }] : []));
}

/**
 * A file that is not valid UTF-8 as a whole: Windows-1252 throughout, or — when other
 * lines hold valid UTF-8 beyond ASCII — UTF-8 with a few lines pasted in from elsewhere.
 * Each line is then read in the encoding it is valid in, and the odd ones are named.
 */
function decodeLineByLine(bytes: Uint8Array): DecodedText {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  const foreign: number[] = [];
  let utf8BeyondAscii = 0;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    start = i + 1;
    try {
      lines.push(strict.decode(line));
      if (!line.every((b) => b < 0x80)) utf8BeyondAscii++;
    } catch {
      foreign.push(lines.length);
      lines.push(decodeWindows1252(line));
    }
  }
  if (utf8BeyondAscii === 0) return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  const damaged = foreign.map((index) => ({ line: index + 1, text: lines[index].trim(), why: 'not-utf8' as const }));
  return { text: lines.join('\n'), encoding: 'utf-8 and windows-1252', bom: false, damaged };
}
