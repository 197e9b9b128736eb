import type { PlanAnalysis } from '../domain/analysis/types';
import { programmeCost } from '../domain/cost/programme-cost';
import type { Plan } from '../domain/plan/schema';
import { finishTable, number, text, type ExportCell, type ExportTable } from './export-table';

const cents = (amount: number): number => Math.round(amount * 100) / 100;

/** The Programme cost view as a table: every year, then every quarter, with the same figures as the screen. */
export function costTable(plan: Plan, analysis: PlanAnalysis): ExportTable {
  const years = programmeCost(plan, 'year', analysis.asOf);
  const quarters = programmeCost(plan, 'quarter', analysis.asOf);
  const unit = years.currency ? ` (${years.currency})` : '';
  const domainNames = new Map(plan.framework.domains.map((d) => [d.id, d.name]));
  const domains = [...new Set([...years.domains, ...quarters.domains])];
  const columns = [
    text('Period', 10),
    text('Kind', 8),
    number(`Spend${unit}`, 14),
    number(`Budget${unit}`, 14),
    number(`Over budget${unit}`, 14),
    number(`Front side${unit}`, 14),
    number(`Back side${unit}`, 14),
    ...domains.map((id) => number(`${domainNames.get(id) ?? (id || 'Unknown host')}${unit}`, 16)),
  ];
  const rows: ExportCell[][] = [];
  for (const [cost, kind] of [[years, 'year'], [quarters, 'quarter']] as const) {
    for (const row of cost.rows) {
      rows.push([row.key, kind, cents(row.total), row.budget === null ? null : cents(row.budget), cents(row.over), cents(row.front), cents(row.back), ...domains.map((id) => cents(row.byDomain.get(id) ?? 0))]);
    }
  }
  return finishTable('cost', 'Programme cost', columns, rows);
}
