/** Months with one decimal at most: 6, 7.5. */
export const monthsShort = (months: number): string => String(Math.round(months * 10) / 10);
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
