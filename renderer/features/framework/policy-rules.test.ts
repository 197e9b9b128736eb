import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../shared/domain/plan/defaults';
import { checkPolicyValue } from './policy-rules';

const policy = { ...DEFAULT_POLICY };

describe('checkPolicyValue', () => {
  it('accepts a sensible value as a number', () => {
    expect(checkPolicyValue('braidTargetMonths', '18', policy)).toEqual({ value: 18 });
    expect(checkPolicyValue('braidMinMonths', '0', policy)).toEqual({ value: 0 });
    expect(checkPolicyValue('minSuccessorsPerRole', '0', policy)).toEqual({ value: 0 });
  });

  it('names the field and the value it refuses', () => {
    expect(checkPolicyValue('stagnationMonths', 'abc', policy)).toEqual({ error: 'Stagnation window: “abc” is not a number.' });
    expect(checkPolicyValue('stagnationMonths', '', policy)).toEqual({ error: 'Stagnation window: “” is not a number.' });
    expect(checkPolicyValue('braidTargetMonths', '0', policy)).toEqual({ error: 'Fully braided: 0 is too small; it must be more than 0.' });
    expect(checkPolicyValue('maxSuccessorSlotsPerPerson', '0', policy)).toEqual({ error: 'Slates per person, at most: 0 is too small; it must be at least 1.' });
    expect(checkPolicyValue('minSuccessorsPerRole', '1.5', policy)).toEqual({ error: 'Successors per role, at least: “1.5” must be a whole number.' });
    expect(checkPolicyValue('vacancyHorizonMonths', '-1', policy)).toMatchObject({ error: expect.stringContaining('at least 0') });
  });

  it('keeps the rotation lengths and the braid thresholds in order', () => {
    expect(checkPolicyValue('minRotationMonths', '13', policy)).toMatchObject({ error: expect.stringContaining('longer than the longest (12)') });
    expect(checkPolicyValue('defaultRotationMonths', '2', policy)).toMatchObject({ error: expect.stringContaining('outside 3–12 months') });
    expect(checkPolicyValue('braidMinMonths', '13', policy)).toMatchObject({ error: expect.stringContaining('more than fully braided (12)') });
  });
});
