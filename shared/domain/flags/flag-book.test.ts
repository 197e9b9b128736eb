import { describe, expect, it } from 'vitest';
import { FlagBook } from './flag-book';

describe('the flag book', () => {
  it('refuses a flag raised at a severity its catalogue entry does not allow', () => {
    const book = new FlagBook();
    expect(() => book.raise('rotation-overlap', 'warning', { rotationIds: ['a', 'b'] }, 'Two rotations overlap.')).toThrow(/rotation-overlap flag cannot be warning/);
    expect(book.raise('rotation-overlap', 'critical', { rotationIds: ['a', 'b'] }, 'Two rotations overlap.').id).toBe('rotation-overlap:a+b');
  });
});
