import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase-strength';

describe('passphraseStrength', () => {
  it('counts what is missing below the minimum', () => {
    expect(passphraseStrength('otter')).toMatchObject({ score: 0, label: 'Too short', hint: expect.stringContaining('5 more') });
  });

  it('calls well-known and repetitive passwords weak however long', () => {
    expect(passphraseStrength('password123').label).toBe('Weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaa').label).toBe('Weak');
    expect(passphraseStrength('1234567890').label).toBe('Weak');
  });

  it('rates a few unrelated words above a short mix of symbols', () => {
    expect(passphraseStrength('river otter lantern quay').label).toBe('Strong');
    expect(passphraseStrength('Tr0ub4dor&3').score).toBeLessThan(passphraseStrength('river otter lantern quay').score);
    expect(passphraseStrength('correcthorse').label).toBe('Fair');
  });
});
