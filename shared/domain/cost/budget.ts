import type { Plan } from '../plan/schema';
import { todayIso } from '../time/calendar';

/**
 * Which years a programme budget covers (DOMAIN §8.4). Spec choice: the annual budget is what the
 * plan sets for the years it looks ahead to — the as-of year and every later one; a past year has
 * a budget only when the policy's `budgetByYear` names it, and a year named there uses that amount
 * instead of the annual one. So history is never held against today's budget.
 */
export interface BudgetCover {
  /** The budget of each year from `fromYear` on that `byYear` does not name; null when none is set. */
  annual: number | null;
  fromYear: number;
  /** Budgets set for single years, in year order. */
  byYear: Map<number, number>;
}

export function budgetCover(plan: Plan, asOf: string = plan.organization.asOf ?? todayIso()): BudgetCover {
  const policy = plan.framework.policy;
  const byYear = new Map(
    Object.entries(policy.budgetByYear ?? {})
      .map(([year, amount]) => [Number(year), amount] as const)
      .sort(([a], [b]) => a - b),
  );
  return { annual: policy.annualBudget ?? null, fromYear: Number(asOf.slice(0, 4)), byYear };
}

/** The budget of one calendar year; null when no budget covers it. */
export function budgetOfYear(cover: BudgetCover, year: number): number | null {
  return cover.byYear.get(year) ?? (cover.annual !== null && year >= cover.fromYear ? cover.annual : null);
}

export const hasBudget = (cover: BudgetCover): boolean => cover.annual !== null || cover.byYear.size > 0;
