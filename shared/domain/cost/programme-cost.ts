import type { Plan } from '../plan/schema';
import { budgetCover, budgetOfYear, hasBudget, type BudgetCover } from './budget';
import { programmeSpendBy, type SpendPeriod } from './rotation-spend';

/**
 * The Programme cost view's figures (DOMAIN §8.4): per quarter or per year, split by side
 * and by host domain, against the annual budget when one is set. The screen, the export and
 * the CLI's figures all come from here.
 */

export interface CostRow {
  key: string;
  total: number;
  front: number;
  back: number;
  /** Amount per domain id. */
  byDomain: Map<string, number>;
  /**
   * The budget for the period: its year's budget for a year, a quarter of it for a quarter.
   * null when no budget covers the year (budget.ts).
   */
  budget: number | null;
  /** total − budget when over it, else 0. */
  over: number;
}

export interface ProgrammeCost {
  period: SpendPeriod;
  currency: string | null;
  annualBudget: number | null;
  /** Some year has a budget (the annual one, or one set for that year). */
  budgeted: boolean;
  /** Which years the budget covers, and the years budgeted one by one. */
  budget: BudgetCover;
  rows: CostRow[];
  /** Domain ids that have any spend, in the framework's order. */
  domains: string[];
  total: number;
}

export function programmeCost(plan: Plan, period: SpendPeriod, asOf?: string): ProgrammeCost {
  const bySide = new Map(programmeSpendBy(plan, period, 'side').map((r) => [r.key, r]));
  const byDomain = programmeSpendBy(plan, period, 'domain');
  const cover = budgetCover(plan, asOf);
  // Spec choice: a quarter is held against a quarter of its year's budget and marked when above it, as a guide; only a year raises the flag of §8.4.
  const budgetFor = (key: string) => {
    const budget = budgetOfYear(cover, Number(key.slice(0, 4)));
    return budget === null ? null : key.includes('-Q') ? budget / 4 : budget;
  };
  const rows = byDomain.map((entry): CostRow => {
    const sides = bySide.get(entry.key)?.parts ?? new Map<string, number>();
    const budget = budgetFor(entry.key);
    return {
      key: entry.key,
      total: entry.total,
      front: sides.get('front') ?? 0,
      back: sides.get('back') ?? 0,
      byDomain: entry.parts,
      budget,
      over: budget !== null && entry.total > budget ? entry.total - budget : 0,
    };
  });
  const spent = new Set(rows.flatMap((r) => [...r.byDomain.keys()]));
  const domains = plan.framework.domains.map((d) => d.id).filter((id) => spent.has(id));
  if (spent.has('')) domains.push('');
  return { period, currency: plan.organization.currency ?? null, annualBudget: cover.annual, budgeted: hasBudget(cover), budget: cover, rows, domains, total: rows.reduce((sum, r) => sum + r.total, 0) };
}
