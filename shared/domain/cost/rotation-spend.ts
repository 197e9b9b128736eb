import type { Plan, Rotation } from '../plan/schema';
import { dayNumberOf, toDayNumber } from '../time';
import { monthOf, yearOf } from '../time/calendar';

/**
 * What the rotation programme spends when (DOMAIN.md §8.4): a rotation's cost (non-cancelled,
 * cost not null) is spread evenly over its days, both ends included; a period's spend is the
 * sum of the shares of its days. Shares are computed per period overlap, not per day, so a
 * 50 000-rotation plan costs one pass.
 */

export type SpendPeriod = 'year' | 'quarter';

/** One rotation's share of one period. `key` is "2027" or "2027-Q1". */
export interface CostShare {
  key: string;
  year: number;
  /** 1–4 for quarters, null for years. */
  quarter: number | null;
  amount: number;
  days: number;
}

/** Whether a rotation counts for spend at all. */
export const hasSpend = (rotation: Rotation): rotation is Rotation & { cost: number } => rotation.status !== 'cancelled' && rotation.cost !== null;

/** Days of a rotation, both ends included. */
export const rotationDays = (rotation: Pick<Rotation, 'start' | 'end'>): number => toDayNumber(rotation.end) - toDayNumber(rotation.start) + 1;

const periodKey = (year: number, quarter: number | null): string => (quarter === null ? String(year) : `${year}-Q${quarter}`);

/** Visits one share of a rotation's cost: the period (quarter null for a year), the amount and the days. */
type ShareVisit = (year: number, quarter: number | null, amount: number, days: number) => void;

/**
 * The spreading rule itself: visits the shares of one rotation's cost over the periods it
 * touches, in order; none when it has no spend. Visiting rather than returning share objects
 * lets the yearly totals (the budget flag, in every analysis) cost no allocation per rotation.
 */
function visitShares(rotation: Rotation, period: SpendPeriod, visit: ShareVisit): void {
  if (!hasSpend(rotation)) return;
  const first = toDayNumber(rotation.start);
  const last = toDayNumber(rotation.end);
  const total = last - first + 1;
  if (total <= 0) return;
  const monthsPer = period === 'year' ? 12 : 3;
  let year = yearOf(rotation.start);
  let month = period === 'year' ? 1 : Math.floor((monthOf(rotation.start) - 1) / 3) * 3 + 1;
  for (;;) {
    const periodStart = dayNumberOf(year, month, 1);
    if (periodStart > last) break;
    const nextMonth = month + monthsPer;
    const nextStart = nextMonth > 12 ? dayNumberOf(year + 1, nextMonth - 12, 1) : dayNumberOf(year, nextMonth, 1);
    const days = Math.min(last, nextStart - 1) - Math.max(first, periodStart) + 1;
    if (days > 0) visit(year, period === 'year' ? null : (month - 1) / 3 + 1, (rotation.cost * days) / total, days);
    if (nextMonth > 12) {
      year += 1;
      month = nextMonth - 12;
    } else month = nextMonth;
  }
}

/** The shares of one rotation's cost over the periods it touches, in order; empty when it has no spend. */
export function costShares(rotation: Rotation, period: SpendPeriod): CostShare[] {
  const shares: CostShare[] = [];
  visitShares(rotation, period, (year, quarter, amount, days) => shares.push({ key: periodKey(year, quarter), year, quarter, amount, days }));
  return shares;
}

const byKeyText = <T>([a]: [string, T], [b]: [string, T]): number => (a < b ? -1 : a > b ? 1 : 0);

/** Spend per period over the whole plan, keyed and ordered by period ("2027" or "2027-Q1"). */
export function programmeSpend(plan: Plan, period: SpendPeriod, rotations: readonly Rotation[] = plan.rotations): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (year: number, quarter: number | null, amount: number) => {
    const key = periodKey(year, quarter);
    totals.set(key, (totals.get(key) ?? 0) + amount);
  };
  for (let i = 0; i < rotations.length; i++) visitShares(rotations[i], period, add);
  return new Map([...totals].sort(byKeyText));
}

/**
 * Spend per calendar year (as numbers), optionally from a year on (§8.4: years from asOf's year on):
 * programmeSpend by year, summed in the same order (so to the same last digit), keyed by the number.
 */
export function spendByYear(plan: Plan, fromYear = -Infinity): Map<number, number> {
  const totals = new Map<number, number>();
  const add = (year: number, _quarter: number | null, amount: number) => {
    if (year >= fromYear) totals.set(year, (totals.get(year) ?? 0) + amount);
  };
  const { rotations } = plan;
  for (let i = 0; i < rotations.length; i++) visitShares(rotations[i], 'year', add);
  // Years are four digits (ISO days), so their numeric order is programmeSpend's order of keys as text.
  return new Map([...totals].sort(([a], [b]) => a - b));
}

/** Spend per quarter, keyed "2027-Q1". */
export const spendByQuarter = (plan: Plan): Map<string, number> => programmeSpend(plan, 'quarter');

/** What a period's spend is split by in the Programme cost view: the host's domain or its side. */
export type SpendSplit = 'domain' | 'side';

export interface SplitSpend {
  /** "2027" or "2027-Q1". */
  key: string;
  total: number;
  /** Amount per domain id or per side ("front" / "back"); a host or domain not in the plan counts under "". */
  parts: Map<string, number>;
}

/**
 * Spend per period split by the host's domain or side, with the same spreading as
 * programmeSpend (the totals are equal, so the view and the budget flag agree).
 */
export function programmeSpendBy(plan: Plan, period: SpendPeriod, split: SpendSplit): SplitSpend[] {
  const hostDomain = new Map(plan.hosts.map((h) => [h.id, h.domain]));
  const domainSide = new Map(plan.framework.domains.map((d) => [d.id, d.side]));
  const byKey = new Map<string, SplitSpend>();
  for (const rotation of plan.rotations) {
    const domain = hostDomain.get(rotation.hostId) ?? '';
    const part = split === 'domain' ? domain : (domainSide.get(domain) ?? '');
    for (const share of costShares(rotation, period)) {
      let entry = byKey.get(share.key);
      if (!entry) byKey.set(share.key, (entry = { key: share.key, total: 0, parts: new Map() }));
      entry.total += share.amount;
      entry.parts.set(part, (entry.parts.get(part) ?? 0) + share.amount);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
