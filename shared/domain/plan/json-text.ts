/**
 * Reading the text of a plan file as JSON, with a syntax error told as a line and column
 * (an HR analyst opens the file in an editor, which counts lines, not character offsets).
 */

export type JsonReading = { ok: true; value: unknown } | { ok: false; message: string };

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** V8's message, reworded: "at position 12" becomes "at line 3, column 3". */
function describeSyntaxError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input/i.test(raw)) {
    const { line, column } = lineAndColumn(text, text.length);
    return `the text stops in the middle of the plan at line ${line}, column ${column} (was the file cut short?)`;
  }
  const position = /at position (\d+)/.exec(raw);
  // Node 22+ adds "(line 3 column 3)" itself; without a position there is nothing to convert.
  const reason = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (!position) return reason;
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return `${reason.charAt(0).toLowerCase()}${reason.slice(1)} at line ${line}, column ${column}`;
}

export function readJson(text: string): JsonReading {
  // Editors on Windows may save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: 'is empty' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, message: `is not valid JSON: ${describeSyntaxError(error, body)}` };
  }
}
