import type { Plan } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { CommitField } from '../framework/CommitField';
import { formatBudgetMoney as formatMoney, knownCurrencies } from './money';
import { SelectField } from '../../components/SelectField';
import { YearBudgets } from './YearBudgets';

/** Framework & data: the plan's currency and the programme's annual budget. */
export function CostSettingsSection({ plan }: { plan: Plan }) {
  const edit = useBraid((s) => s.edit);
  const currency = plan.organization.currency ?? null;
  const budget = plan.framework.policy.annualBudget;
  return (
    <section className="card fw-section" aria-labelledby="fw-cost-title">
      <h2 id="fw-cost-title">Programme cost</h2>
      <div className="fw-row">
        <SelectField
          className="fw-field"
          label="Currency"
          value={currency ?? ''}
          onChange={(code) => void edit('organization:update', { currency: code || null })}
          options={[{ value: '', label: 'None (plain numbers)' }, ...knownCurrencies().map((code) => ({ value: code, label: `${code} — ${formatMoney(1234, code)}` }))]}
        />
        <CommitField
          label="Annual budget"
          hint={budget === undefined ? 'Empty: no annual budget.' : `Each calendar year’s rotation spend from the as-of year on is held against ${formatMoney(budget, currency)}, unless the year has its own below.`}
          value={budget === undefined ? '' : String(budget)}
          type="text"
          onCommit={(value) => {
            const policy = { ...plan.framework.policy };
            if (value.trim() === '') delete policy.annualBudget;
            else {
              const amount = Number(value.replace(/[\s,_]/g, ''));
              if (!Number.isFinite(amount) || amount < 0) return `Annual budget: “${value}” is not an amount of 0 or more.`;
              policy.annualBudget = amount;
            }
            void edit('framework:save', { framework: { ...plan.framework, policy } });
            return null;
          }}
        />
      </div>
      <YearBudgets plan={plan} />
    </section>
  );
}
