/**
 * Which bundled font faces a report needs. The fonts are split by Unicode range (as
 * Fontsource ships them); a document embeds only the faces that cover a character it uses,
 * so a report in Latin script carries ~100 KB of fonts while one with a Chinese name adds
 * only the slices of the CJK font that hold those characters.
 */

export interface FontFace {
  /** Family as the font package names it, e.g. "Noto Sans Devanagari". */
  family: string;
  weight: number;
  /** File name in resources/fonts. */
  file: string;
  /** CSS unicode-range, e.g. "U+0000-00FF,U+0131". */
  unicodeRange: string;
}

/** The bundled families in the order the report's font stack tries them. */
export const BUNDLED_FAMILIES = ['Noto Sans', 'Noto Sans Devanagari', 'Noto Sans Tamil', 'Noto Sans SC', 'Noto Sans KR'] as const;

/** Report CSS refers to the bundled fonts by these names, so a system font of the same name never stands in. */
export const bundledFamily = (family: string): string => `Braid ${family}`;

export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from, 16);
    return [start, to === undefined ? start : parseInt(to, 16)];
  });
}

const inRanges = (ranges: [number, number][], point: number): boolean => ranges.some(([lo, hi]) => point >= lo && point <= hi);

/**
 * The faces the text needs: each character goes to the first family (in stack order) that
 * covers it, and every weight of that family's face for it is kept. A later family that only
 * repeats what an earlier one covers (the CJK fonts' Latin, KR's Han) is left out.
 */
export function facesFor(text: string, faces: readonly FontFace[]): FontFace[] {
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0)!);
  const order = (f: FontFace) => {
    const i = (BUNDLED_FAMILIES as readonly string[]).indexOf(f.family);
    return i < 0 ? BUNDLED_FAMILIES.length : i;
  };
  const parsed = faces.map((face) => ({ face, ranges: parseUnicodeRange(face.unicodeRange), order: order(face) }));
  const needed = new Set<FontFace>();
  for (const point of points) {
    let family: string | null = null;
    let best = Infinity;
    for (const p of parsed) if (p.order < best && inRanges(p.ranges, point)) [family, best] = [p.face.family, p.order];
    if (family === null) continue;
    for (const p of parsed) if (p.face.family === family && inRanges(p.ranges, point)) needed.add(p.face);
  }
  return faces.filter((f) => needed.has(f));
}

export function fontFaceRule(face: FontFace, src: string): string {
  return `@font-face{font-family:'${bundledFamily(face.family)}';font-style:normal;font-weight:${face.weight};font-display:block;src:url(${src}) format('woff2');unicode-range:${face.unicodeRange};}`;
}

/** The CSS font-family list: the bundled families, then the system's as a last resort. */
export const REPORT_FONT_STACK = [...BUNDLED_FAMILIES.map((f) => `'${bundledFamily(f)}'`), "'Noto Sans'", 'sans-serif'].join(', ');
