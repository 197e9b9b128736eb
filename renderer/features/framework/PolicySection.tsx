import { resolvePolicy } from '../../../shared/domain/plan/defaults';
import type { Plan } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { CommitField } from './CommitField';
import { checkPolicyValue, POLICY_KEYS, POLICY_RULES } from './policy-rules';

export function PolicySection({ plan }: { plan: Plan }) {
  const edit = useBraid((s) => s.edit);
  const policy = resolvePolicy(plan.framework);
  return (
    <section className="card fw-section" aria-labelledby="fw-policy-title">
      <h2 id="fw-policy-title">Policy</h2>
      <p className="muted fw-lead">The thresholds behind the flags and suggestions. Every change re-checks the whole plan at once.</p>
      <div className="fw-policy-grid">
        {POLICY_KEYS.map((key) => {
          const rule = POLICY_RULES[key];
          return (
            <CommitField
              key={key}
              label={`${rule.label} (${rule.unit})`}
              hint={rule.meaning}
              type="number"
              inputMode="decimal"
              min={rule.exclusive ? undefined : rule.min}
              step={rule.whole ? 1 : 'any'}
              value={String(policy[key])}
              data-policy={key}
              onCommit={(raw) => {
                const checked = checkPolicyValue(key, raw, policy);
                if ('error' in checked) return checked.error;
                void edit('framework:save', { framework: { ...plan.framework, policy: { ...plan.framework.policy, [key]: checked.value } } });
                return null;
              }}
            />
          );
        })}
      </div>
    </section>
  );
}
