import type { ProgrammeCost } from '../../../shared/domain/cost/programme-cost';
import type { Flag } from '../../../shared/domain/analysis/types';

type Money = (amount: number) => string;

/** "€60,000 a year from 2027 on; 2026: €10,000; 2028: €80,000": which years the budget covers. */
export function budgetCoverText(cost: ProgrammeCost, money: Money): string | null {
  const { annual, fromYear, byYear } = cost.budget;
  const parts: string[] = [];
  if (annual !== null) parts.push(`${money(annual)} a year from ${fromYear} on`);
  for (const [year, amount] of byYear) parts.push(`${year}: ${money(amount)}`);
  return parts.length ? parts.join('; ') : null;
}

/**
 * The over-budget flag's sentence with its amounts as the table writes them (the flag itself,
 * read by the CLI and the reports too, writes "2,333,885 EUR").
 */
export function overBudgetText(flag: Flag, years: ProgrammeCost, money: Money): string {
  const year = (flag as Flag & { year?: number }).year;
  const row = years.rows.find((r) => r.key === String(year));
  if (!row || row.budget === null) return flag.message;
  const own = years.budget.byYear.has(Number(row.key));
  return `Rotation spend in ${row.key} is ${money(row.total)}, ${money(row.over)} over ${own ? `the budget set for ${row.key}` : 'the annual budget'} of ${money(row.budget)}.`;
}
