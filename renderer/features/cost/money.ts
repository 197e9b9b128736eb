import { formatMoney } from '../../components/money';

/** Spec choice: the cost view shows whole units — it is for budgets, not for bookkeeping. */
export const formatBudgetMoney = (amount: number, currency: string | null): string => formatMoney(amount, currency, undefined, 0);

/** The currencies the browser knows, for the choice in Framework & data. */
export function knownCurrencies(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'currency') => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf('currency') : ['EUR', 'GBP', 'USD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'INR', 'JPY', 'CNY'];
}
