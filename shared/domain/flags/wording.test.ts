import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedWhole } from './wording';

describe('groupedWhole', () => {
  it("writes a whole amount as toLocaleString('en-GB') does", () => {
    for (const amount of [0, -0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, Number.MAX_SAFE_INTEGER, -1234, 1e21, 2.5]) {
      expect(groupedWhole(amount)).toBe(amount.toLocaleString('en-GB'));
    }
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (amount) => {
      expect(groupedWhole(amount)).toBe(amount.toLocaleString('en-GB'));
    }));
  });
});
