import type { PersonAnalysis } from '../../../shared/domain/model';
import { resolvePolicy } from '../../../shared/domain/plan/defaults';
import type { Plan, Side } from '../../../shared/domain/plan/schema';
import { monthsShort } from './format';

/** Months per domain now and once the planned rotations have run, grouped by side. */
export function ExposureByDomain({ plan, person }: { plan: Plan; person: PersonAnalysis }) {
  const policy = resolvePolicy(plan.framework);
  const scale = Math.max(policy.braidTargetMonths, ...Object.values(person.projected.byDomain), 1);
  const width = (months: number) => `${Math.min(100, (months / scale) * 100)}%`;
  return (
    <section className="card profile-exposure" aria-labelledby="profile-exposure-title">
      <h2 id="profile-exposure-title">Exposure by domain</h2>
      <p className="muted profile-note">
        Months now (solid) and with planned rotations (outlined). {monthsShort(policy.braidMinMonths)} months on a side count as real exposure;{' '}
        {monthsShort(policy.braidTargetMonths)} as fully braided.
      </p>
      {(['front', 'back'] as Side[]).map((side) => (
        <div key={side} className="profile-exposure-side">
          <h3>
            <span className={`badge ${side}`}>{side === 'front' ? 'Front — client-facing' : 'Back — technical'}</span>
            <span className="profile-exposure-total">
              {monthsShort(person.current[side])} months
              {person.projected[side] > person.current[side] && <span className="muted"> → {monthsShort(person.projected[side])} planned</span>}
            </span>
          </h3>
          <table className="profile-exposure-table">
            <thead className="visually-hidden">
              <tr>
                <th scope="col">Domain</th>
                <th scope="col">Bar</th>
                <th scope="col">Months now</th>
                <th scope="col">Months with planned rotations</th>
              </tr>
            </thead>
            <tbody>
              {plan.framework.domains
                .filter((d) => d.side === side)
                .map((d) => {
                  const now = person.current.byDomain[d.id] ?? 0;
                  const later = person.projected.byDomain[d.id] ?? 0;
                  return (
                    <tr key={d.id} data-empty={now === 0 && later === 0 || undefined}>
                      <th scope="row">{d.name}</th>
                      <td className="profile-bar-cell" aria-hidden="true">
                        <span className="profile-bar-track">
                          {later > now && <span className="profile-bar-projected" style={{ width: width(later), borderColor: `var(--${side})` }} />}
                          {now > 0 && <span className="profile-bar-current" style={{ width: width(now), background: `var(--${side})` }} />}
                        </span>
                      </td>
                      <td className="numeric">{monthsShort(now)}</td>
                      <td className="numeric muted">{later > now ? `→ ${monthsShort(later)}` : ''}</td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
