import { useMemo, useState } from 'react';
import { programmeCost } from '../../../shared/domain/cost/programme-cost';
import type { SpendPeriod } from '../../../shared/domain/cost/rotation-spend';
import { usePlanAnalysis } from '../../store/analysis';
import { CostChart } from './CostChart';
import { formatBudgetMoney as formatMoney } from './money';
import './cost.css';

/** The Programme cost view (DOMAIN §8.4): rotation spend per quarter or year, by side and host domain, against the budget. */
export default function CostScreen() {
  const { plan, analysis } = usePlanAnalysis();
  const [period, setPeriod] = useState<SpendPeriod>('year');
  const cost = useMemo(() => (plan ? programmeCost(plan, period) : null), [plan, period]);
  if (!plan || !cost || !analysis) return null;
  const domainNames = new Map(plan.framework.domains.map((d) => [d.id, d.name]));
  const money = (amount: number) => formatMoney(amount, cost.currency);
  const overFlags = analysis.flags.filter((f) => (f.code as string) === 'programme-over-budget');
  return (
    <div className="cost-screen">
      <h1>Programme cost</h1>
      <p className="muted">
        What the rotations cost, each spread evenly over its days{cost.annualBudget !== null ? `, against the annual budget of ${money(cost.annualBudget)}` : ' (no annual budget is set: Framework & data)'}. Cancelled rotations and
        rotations without a cost count for nothing. {cost.currency ? `In ${cost.currency}.` : 'No currency is set: plain numbers.'}
      </p>
      {overFlags.map((flag) => (
        <p key={flag.id} className="cost-over-flag" role="note">
          {flag.message}
        </p>
      ))}
      <div className="cost-toolbar" role="group" aria-label="Spend per">
        {(['year', 'quarter'] as const).map((p) => (
          <button key={p} type="button" className={`button small${period === p ? ' primary' : ''}`} aria-pressed={period === p} onClick={() => setPeriod(p)}>
            Per {p}
          </button>
        ))}
        <span className="muted">Total {money(cost.total)}</span>
      </div>
      {cost.rows.length === 0 ? (
        <p className="muted">No rotation has a cost yet: add one in a rotation’s details.</p>
      ) : (
        <>
          <div className="cost-chart-wrap">
            <CostChart cost={cost} />
            <p className="cost-legend muted">
              <span className="swatch front" /> Front side <span className="swatch back" /> Back side {cost.annualBudget !== null && <><span className="swatch budget" /> Budget</>}
            </p>
          </div>
          <div className="cost-table-wrap">
            <table className="cost-table">
              <thead>
                <tr>
                  <th scope="col">{period === 'year' ? 'Year' : 'Quarter'}</th>
                  <th scope="col" className="num">Spend</th>
                  {cost.annualBudget !== null && <th scope="col" className="num">Budget</th>}
                  {cost.annualBudget !== null && period === 'year' && <th scope="col" className="num">Over budget</th>}
                  <th scope="col" className="num">Front side</th>
                  <th scope="col" className="num">Back side</th>
                  {cost.domains.map((id) => (
                    <th key={id} scope="col" className="num">
                      {domainNames.get(id) ?? (id || 'Unknown host')}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {cost.rows.map((row) => (
                  <tr key={row.key} className={row.over > 0 ? 'over' : undefined}>
                    <th scope="row">{row.key}</th>
                    <td className="num">{money(row.total)}</td>
                    {row.budget !== null && <td className="num">{money(row.budget)}</td>}
                    {row.budget !== null && period === 'year' && <td className="num">{row.over > 0 ? money(row.over) : '—'}</td>}
                    <td className="num">{money(row.front)}</td>
                    <td className="num">{money(row.back)}</td>
                    {cost.domains.map((id) => (
                      <td key={id} className="num">
                        {money(row.byDomain.get(id) ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">Export it with the other tables: Framework &amp; data → Export tables → Programme cost (CSV or Excel).</p>
        </>
      )}
    </div>
  );
}
