import type { ProgrammeCost } from '../../../shared/domain/cost/programme-cost';
import { chartTicks } from './chart-ticks';
import { formatBudgetMoney as formatMoney } from './money';

const HEIGHT = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 72 };

/** Spend per period as bars stacked by side (front, back), with the budget as a dashed line. */
export function CostChart({ cost }: { cost: ProgrammeCost }) {
  const rows = cost.rows;
  if (rows.length === 0) return null;
  const budgets = rows.map((r) => r.budget ?? 0);
  const top = Math.max(1, ...rows.map((r) => r.total), ...budgets);
  const ticks = chartTicks(top);
  // The highest round tick is the top of the axis, so bars and budget lines never touch the frame's edge unlabelled.
  const max = ticks[ticks.length - 1];
  const slot = Math.max(28, Math.min(80, 720 / rows.length));
  const width = PAD.left + PAD.right + slot * rows.length;
  const plot = HEIGHT - PAD.top - PAD.bottom;
  const y = (amount: number) => PAD.top + plot - (amount / max) * plot;
  return (
    <svg className="cost-chart" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img" aria-label={`Spend per ${cost.period}, by side${cost.budgeted ? ', against the budget' : ''}`}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} className="cost-grid" />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="cost-axis cost-tick">
            {formatMoney(tick, cost.currency)}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const x = PAD.left + i * slot + slot * 0.18;
        const w = slot * 0.64;
        const label = cost.period === 'year' ? row.key : row.key.replace(/^(\d{4})-/, (_, year: string) => `${year.slice(2)} `);
        return (
          <g key={row.key}>
            <title>{`${row.key}: ${formatMoney(row.total, cost.currency)} (front ${formatMoney(row.front, cost.currency)}, back ${formatMoney(row.back, cost.currency)})${row.over > 0 ? `, ${formatMoney(row.over, cost.currency)} over budget` : ''}`}</title>
            <rect x={x} width={w} y={y(row.front)} height={y(0) - y(row.front)} className="cost-bar front" />
            <rect x={x} width={w} y={y(row.front + row.back)} height={y(row.front) - y(row.front + row.back)} className="cost-bar back" />
            {row.over > 0 && <rect x={x} width={w} y={y(row.total)} height={y(row.budget!) - y(row.total)} className="cost-bar over" />}
            {row.budget !== null && <line x1={x - slot * 0.12} x2={x + w + slot * 0.12} y1={y(row.budget)} y2={y(row.budget)} className="cost-budget" />}
            <text x={x + w / 2} y={HEIGHT - 8} textAnchor="middle" className="cost-axis">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
