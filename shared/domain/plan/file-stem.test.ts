import { describe, expect, it } from 'vitest';
import { fileStem } from './file-stem';

describe('fileStem', () => {
  it('keeps every script, vowel signs included, and drops what file systems trip on', () => {
    expect(fileStem('प्रिया शर्मा')).toBe('प्रिया-शर्मा');
    expect(fileStem('Zoë Łukasiewicz & Partners / EMEA')).toBe('Zoë-Łukasiewicz-Partners-EMEA');
    expect(fileStem('王芳: "Q3"')).toBe('王芳-Q3');
  });
  it('falls back when nothing is left', () => {
    expect(fileStem('***')).toBe('plan');
    expect(fileStem('', 'report')).toBe('report');
  });
});
