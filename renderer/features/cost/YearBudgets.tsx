import { useState } from 'react';
import type { Plan } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { formatBudgetMoney as formatMoney } from './money';

/** Framework & data: budgets set for single years (one that differs from the annual budget, or a past year's). */
export function YearBudgets({ plan }: { plan: Plan }) {
  const edit = useBraid((s) => s.edit);
  const [year, setYear] = useState('');
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const currency = plan.organization.currency ?? null;
  const byYear = plan.framework.policy.budgetByYear ?? {};
  const years = Object.keys(byYear).sort();
  const save = (next: Record<string, number>) => {
    const { budgetByYear: _old, ...rest } = plan.framework.policy;
    const policy = Object.keys(next).length === 0 ? rest : { ...rest, budgetByYear: next };
    void edit('framework:save', { framework: { ...plan.framework, policy } });
  };
  return (
    <div className="fw-year-budgets">
      <h3>Budget of a single year</h3>
      <p className="muted">A year set here is held against its own budget; a year before the as-of year has a budget only when it is set here.</p>
      {years.length > 0 && (
        <ul className="fw-year-budget-list">
          {years.map((y) => (
            <li key={y}>
              {y}: {formatMoney(byYear[y], currency)}{' '}
              <button
                type="button"
                className="button small"
                onClick={() => {
                  const next = { ...byYear };
                  delete next[y];
                  save(next);
                }}
              >
                Remove {y}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="fw-row"
        onSubmit={(event) => {
          event.preventDefault();
          const money = Number(amount.replace(/[\s,_]/g, ''));
          if (!/^\d{4}$/.test(year.trim())) return setProblem(`Year: “${year}” is not a year (four digits, such as 2027).`);
          if (amount.trim() === '' || !Number.isFinite(money) || money < 0) return setProblem(`Budget: “${amount}” is not an amount of 0 or more.`);
          setProblem(null);
          save({ ...byYear, [year.trim()]: money });
          setYear('');
          setAmount('');
        }}
      >
        <label className="fw-field">
          Year
          <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" maxLength={4} />
        </label>
        <label className="fw-field">
          Budget of that year
          <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" />
        </label>
        <button type="submit" className="button">
          Set the year’s budget
        </button>
      </form>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
