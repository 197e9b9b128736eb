/**
 * A file name anyone can open, made from a name in any script: letters (with their combining
 * marks — Devanagari vowel signs are marks), digits, spaces as dashes; nothing a file system
 * or a mail client could trip on.
 */
export function fileStem(text: string, fallback = 'plan'): string {
  return text.replace(/[^\p{L}\p{M}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || fallback;
}
