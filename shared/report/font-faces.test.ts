import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facesFor, fontFaceRule, parseUnicodeRange, type FontFace } from './font-faces';

// The real manifest of resources/fonts: the test checks the choices the reports will make.
const faces = (JSON.parse(readFileSync(new URL('../../resources/fonts/fonts.json', import.meta.url), 'utf8')) as { faces: FontFace[] }).faces;
const families = (text: string) => [...new Set(facesFor(text, faces).map((f) => f.family))];
const files = (text: string) => facesFor(text, faces).map((f) => f.file);

describe('bundled report fonts', () => {
  it('reads CSS unicode ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+1F1E9-1F1F5')).toEqual([[0, 0xff], [0x131, 0x131], [0x1f1e9, 0x1f1f5]]);
  });

  it('embeds only Noto Sans for Latin text, in the three weights the report uses', () => {
    expect(families('Succession plan')).toEqual(['Noto Sans']);
    expect(files('Succession plan').sort()).toEqual(['noto-sans-latin-400-normal.woff2', 'noto-sans-latin-600-normal.woff2', 'noto-sans-latin-700-normal.woff2']);
  });

  it('adds the face of each script a name is written in', () => {
    expect(files('Zoë Łukasiewicz')).toContain('noto-sans-latin-ext-400-normal.woff2');
    expect(files('Анна Петрова')).toContain('noto-sans-cyrillic-400-normal.woff2');
    expect(families('प्रिया शर्मा')).toContain('Noto Sans Devanagari');
    expect(families('லட்சுமி')).toContain('Noto Sans Tamil');
    expect(families('王芳')).toEqual(['Noto Sans SC']);
    expect(families('김민준')).toContain('Noto Sans KR');
  });

  it('takes a CJK slice only for the characters used, and never a later family for what an earlier one covers', () => {
    expect(files('王').length).toBe(1);
    expect(files('王芳 Ann').filter((f) => f.includes('-sc-latin'))).toEqual([]);
    expect(families('王芳')).not.toContain('Noto Sans KR');
  });

  it('every face named in the manifest is in the folder', () => {
    for (const face of faces) expect(() => readFileSync(new URL(`../../resources/fonts/${face.file}`, import.meta.url))).not.toThrow();
  });

  it('writes a rule under the Braid family name so a system font of the same name never stands in', () => {
    const rule = fontFaceRule(faces[0], 'data:font/woff2;base64,AAAA');
    expect(rule).toContain(`font-family:'Braid ${faces[0].family}'`);
    expect(rule).toContain(`unicode-range:${faces[0].unicodeRange}`);
  });
});
