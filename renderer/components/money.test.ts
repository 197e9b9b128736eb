import { describe, expect, it } from 'vitest';
import { costLabel, formatMoney } from './money';

describe('money in the plan’s currency', () => {
  it('writes an amount in the plan’s currency the locale’s way, or a plain number without one', () => {
    expect(formatMoney(12500, 'EUR', 'en-GB')).toBe('€12,500');
    expect(formatMoney(12500, 'EUR', 'de-DE')).toBe('12.500\u00a0€');
    expect(formatMoney(12500.5, null, 'en-GB')).toBe('12,500.5');
    expect(costLabel('USD')).toBe('Cost (USD)');
    expect(costLabel(null)).toBe('Cost');
  });
});
