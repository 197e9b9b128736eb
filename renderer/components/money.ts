/**
 * An amount in the plan's currency as the user's locale writes it ("€12,500", "12.500 €"); a plain number
 * when the plan names no currency (format version 1 plans, or one left without).
 */
export function formatMoney(amount: number, currency: string | null | undefined, locale?: string, maximumFractionDigits = 2): string {
  if (!currency) return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(amount);
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits }).format(amount);
}

/** The name of a cost field: "Cost (EUR)" when the plan has a currency, "Cost" when not. */
export function costLabel(currency: string | null | undefined): string {
  return currency ? `Cost (${currency})` : 'Cost';
}
