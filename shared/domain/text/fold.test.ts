import { describe, expect, it } from 'vitest';
import { foldForMatch } from './fold';

describe('foldForMatch', () => {
  it.each([
    ['Zoë Łukasiewicz', 'zoe lukasiewicz'],
    ['Søren Østergaard', 'soren ostergaard'],
    ['Straße', 'strasse'],
    ['Lê Thu Hà', 'le thu ha'],
    ['ÆSIR Œuvre', 'aesir oeuvre'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldForMatch(text)).toBe(folded);
  });

  it('leaves scripts without case or accents as they are, less combining marks', () => {
    expect(foldForMatch('王芳')).toBe('王芳');
    expect(foldForMatch('Анна Петрова')).toBe('анна петрова');
  });
});
