import { useEffect, useState } from 'react';
import type { Flag } from '../../../shared/domain/model';
import type { Plan } from '../../../shared/domain/plan/schema';
import type { ScenarioComparison } from '../../../shared/domain/scenarios/compare';
import { formatMetric, formatMetricChange, metricLabel } from '../../../shared/domain/scenarios/comparison-wording';
import { call, BraidCallError } from '../../platform';
import { useBraid } from '../../store';
import { distinguisherOf } from '../../components/PersonLabel';
import { personLabelText } from '../../../shared/domain/people';
import { ColumnHeads } from '../../components/ColumnHeads';

/** Metrics where a rise is bad news (flags, cancellations); for the rest a rise is good. */
const RISE_IS_WORSE = /^(flags\.|rotations\.cancelled)/;

function FlagList({ flags, empty }: { flags: Flag[]; empty: string }) {
  if (flags.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {flags.map((flag) => (
        <li key={flag.id}>
          <span className={`severity-tag ${flag.severity}`}>{flag.severity}</span> {flag.message}
        </li>
      ))}
    </ul>
  );
}

/** The people named in a change, each told apart from a namesake as the chips are. */
function namesOf(plan: Plan, ids: readonly string[]): string {
  if (!ids.length) return 'nobody';
  const distinguish = distinguisherOf(plan);
  return ids.map((id) => personLabelText(plan.people.find((p) => p.id === id)?.name ?? id, distinguish(id))).join(', ');
}

/** The open scenario against the plan as it is now, side by side (DOMAIN §8.5). */
export function ScenarioCompare({ scenarioId }: { scenarioId: string }) {
  const plan = useBraid((s) => s.plan);
  const revision = useBraid((s) => s.revision);
  const [comparison, setComparison] = useState<ScenarioComparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('scenario:compare', { id: scenarioId }).then(
      (value) => live && (setComparison(value), setError(null)),
      (failure: unknown) => live && setError(failure instanceof BraidCallError ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [scenarioId, revision]);

  if (error) return <p role="alert">{error}</p>;
  if (!comparison || !plan) return <p className="muted">Comparing…</p>;
  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Compared with the plan</h2>
      <div className="compare-grid">
        <div className="compare-card">
          <h3>Metrics</h3>
          <table className="compare-metrics">
            <ColumnHeads columns={['Metric', { label: 'Plan', className: 'num' }, { label: 'Scenario', className: 'num' }, { label: 'Change', className: 'num' }]} />
            <tbody>
              {comparison.metrics.map((m) => {
                const tone = m.change === 0 ? '' : (m.change > 0) !== RISE_IS_WORSE.test(m.key) ? 'better' : 'worse';
                return (
                  <tr key={m.key}>
                    <th scope="row">{metricLabel(m.key)}</th>
                    <td className="num">{formatMetric(m.key, m.before)}</td>
                    <td className="num">{formatMetric(m.key, m.after)}</td>
                    <td className={`num ${tone}`}>{formatMetricChange(m)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="compare-card compare-flags">
          <h3>Flags raised ({comparison.raised.length})</h3>
          <FlagList flags={comparison.raised} empty="No new flag." />
          <h3>Flags cleared ({comparison.cleared.length})</h3>
          <FlagList flags={comparison.cleared} empty="No flag cleared." />
          <h3>Changed in severity ({comparison.changed.length})</h3>
          {comparison.changed.length === 0 ? (
            <p className="muted">No flag changed in severity.</p>
          ) : (
            <ul>
              {comparison.changed.map((c) => (
                <li key={c.after.id}>
                  <span className={`severity-tag ${c.before.severity}`}>{c.before.severity}</span> → <span className={`severity-tag ${c.after.severity}`}>{c.after.severity}</span> {c.after.message}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="compare-card">
          <h3>Roles whose cover changed ({comparison.cover.length})</h3>
          {comparison.cover.length === 0 ? (
            <p className="muted">Every role keeps its cover.</p>
          ) : (
            <ul className="compare-cover">
              {comparison.cover.map((c) => (
                <li key={c.roleId}>
                  <strong>{c.title}</strong>: ready now {namesOf(plan, c.before?.readyNow ?? [])} → {namesOf(plan, c.after?.readyNow ?? [])}; {c.before?.successors.length ?? 0} → {c.after?.successors.length ?? 0} on the slate
                  {c.before?.incumbentId !== c.after?.incumbentId && <> ; incumbent {namesOf(plan, c.before?.incumbentId ? [c.before.incumbentId] : [])} → {namesOf(plan, c.after?.incumbentId ? [c.after.incumbentId] : [])}</>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
