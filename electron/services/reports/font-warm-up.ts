/**
 * A report's web fonts load only once text needing them is laid out, and each face that
 * arrives makes Chromium lay the whole document out again. For a 10 000-person plan (some 800
 * pages and, with its names in five scripts, some 45 faces) that was most of the time before
 * printing began. So the printer first loads the document's head with a short body holding each
 * character of the report once in every weight, waits for the fonts, and only then puts in the
 * real body: the long layout runs once, with every font already in.
 */

export interface WarmUpDocument {
  /** The head and a body of one line per weight, each holding every distinct character of the report's body. */
  warmUp: string;
  /** The real body's markup, to replace the warm-up body once the fonts are in. */
  body: string;
}

const WEIGHTS = [400, 600, 700];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** The character an entity of the escaped text stands for (html.ts writes the five named ones and nothing else). */
function decodeEntity(entity: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name] ?? ' ';
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/** Splits a whole report document (as reportDocument writes it); null when it has no single body to split at. */
export function warmUpDocument(html: string): WarmUpDocument | null {
  const open = html.indexOf('<body>');
  const close = html.lastIndexOf('</body>');
  if (open < 0 || close < open || html.indexOf('<body', open + 1) >= 0) return null;
  const body = html.slice(open + '<body>'.length, close);
  const characters = new Set<string>();
  for (const char of body.replace(/<[^>]*>/g, ' ').replace(/&(#x[\da-f]+|#\d+|\w+);/gi, decodeEntity)) characters.add(char);
  const text = [...characters].join('').replace(/\s+/g, '').replace(/[&<>]/g, (c) => NAMED[c]);
  const lines = WEIGHTS.map((weight) => `<div style="font-weight:${weight}">${text}</div>`).join('');
  return { warmUp: `${html.slice(0, open)}<body>${lines}</body></html>`, body };
}
