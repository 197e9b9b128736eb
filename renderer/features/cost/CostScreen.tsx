import { useMemo, useState } from 'react';
import { programmeCost } from '../../../shared/domain/cost/programme-cost';
import type { SpendPeriod } from '../../../shared/domain/cost/rotation-spend';
import { usePlanAnalysis } from '../../store/analysis';
import { CostChart } from './CostChart';
import { formatBudgetMoney as formatMoney } from './money';
import { budgetCoverText, overBudgetText } from './budget-words';
import './cost.css';

/** The Programme cost view (DOMAIN §8.4): rotation spend per quarter or year, by side and host domain, against the budget. */
export default function CostScreen() {
  const { plan, analysis } = usePlanAnalysis();
  const [period, setPeriod] = useState<SpendPeriod>('year');
  const cost = useMemo(() => (plan ? programmeCost(plan, period, analysis?.asOf) : null), [plan, period, analysis?.asOf]);
  const years = useMemo(() => (plan ? programmeCost(plan, 'year', analysis?.asOf) : null), [plan, analysis?.asOf]);
  if (!plan || !cost || !years || !analysis) return null;
  const domainNames = new Map(plan.framework.domains.map((d) => [d.id, d.name]));
  const money = (amount: number) => formatMoney(amount, cost.currency);
  const covered = budgetCoverText(cost, money);
  const overFlags = analysis.flags.filter((f) => (f.code as string) === 'programme-over-budget');
  return (
    <div className="cost-screen">
      <h1>Programme cost</h1>
      <p className="muted">
        What the rotations cost, each spread evenly over its days{covered ? `, against the budget: ${covered}` : ' (no budget is set: Framework & data)'}
        {covered && cost.budget.annual !== null && ' (a year before that has a budget only when one is set for it)'}
        {period === 'quarter' && covered && '; a quarter is held against a quarter of its year’s budget'}. Cancelled rotations and
        rotations without a cost count for nothing. {cost.currency ? `In ${cost.currency}.` : 'No currency is set: plain numbers.'}
      </p>
      {overFlags.map((flag) => (
        <p key={flag.id} className="cost-over-flag" role="note">
          {overBudgetText(flag, years, money)}
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
          {/* Scrollable regions take the focus, so a keyboard can scroll them (WCAG 2.1.1). */}
          <div className="cost-chart-wrap" role="region" aria-label="Spend chart" tabIndex={0}>
            <CostChart cost={cost} />
            <p className="cost-legend muted">
              <span className="swatch front" /> Front side <span className="swatch back" /> Back side {cost.budgeted && <><span className="swatch budget" /> Budget</>}
            </p>
          </div>
          <div className="cost-table-wrap" role="region" aria-label="Spend table" tabIndex={0}>
            <table className="cost-table">
              <thead>
                <tr>
                  <th scope="col">{period === 'year' ? 'Year' : 'Quarter'}</th>
                  <th scope="col" className="num">Spend</th>
                  {cost.budgeted && <th scope="col" className="num">Budget</th>}
                  {cost.budgeted && <th scope="col" className="num">Over budget</th>}
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
                    {cost.budgeted && <td className="num">{row.budget !== null ? money(row.budget) : <span title="No budget covers this year">—</span>}</td>}
                    {cost.budgeted && <td className="num">{row.over > 0 ? money(row.over) : '—'}</td>}
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
