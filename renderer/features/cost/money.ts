/**
 * An amount in the plan's currency, as the user's locale writes it (Intl.NumberFormat):
 * "€30,000" in Britain, "30.000 €" in Germany; plain grouped numbers when the plan has no
 * currency. Spec choice: whole units — the view is for budgets, not for bookkeeping.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency: string | null, locale?: string): string {
  const key = `${locale ?? ''}|${currency ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, currency ? { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 } : { maximumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format.format(amount);
}

/** The currencies the browser knows, for the choice in Framework & data. */
export function knownCurrencies(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'currency') => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf('currency') : ['EUR', 'GBP', 'USD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'INR', 'JPY', 'CNY'];
}
