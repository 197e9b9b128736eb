import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import { READINESS_LABELS } from '../../../shared/domain/plan/defaults';
import type { Plan, Role } from '../../../shared/domain/plan/schema';
import { gapText } from '../../../shared/domain/flags/wording';
import { successorReadinessWords } from '../../../shared/domain/readiness';
import { RouteLink } from '../../navigation/RouteLink';
import { percent } from './format';

/** The roles this person is lined up for: readiness as nominated, fit as measured, and what is missing. */
export function SuccessorRoles({ plan, analysis, personId, roles }: { plan: Plan; analysis: PlanAnalysis; personId: string; roles: Role[] }) {
  const threadNames = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  return (
    <section className="card profile-roles" aria-labelledby="profile-roles-title">
      <h2 id="profile-roles-title">Successor for</h2>
      {roles.length === 0 && <p className="muted">Not on any role's succession slate.</p>}
      <ul className="profile-role-list">
        {roles.map((role) => {
          const successor = analysis.roles.get(role.id)?.successors.find((s) => s.personId === personId);
          if (!successor) return null;
          const { fit } = successor;
          return (
            <li key={role.id} className="profile-role">
              <div className="profile-role-head">
                <RouteLink route={{ screen: 'succession', roleId: role.id }} className="profile-role-title">
                  {role.title}
                </RouteLink>
                <span className="badge profile-readiness" data-readiness={successor.readiness}>{READINESS_LABELS[successor.readiness]}</span>
                {successor.emergency && <span className="badge warning">Emergency cover</span>}
              </div>
              <div className="profile-fit">
                <span className="profile-fit-label">Fit {percent(fit.fit)}</span>
                <span className="profile-fit-track" aria-hidden="true">
                  <span className="profile-fit-bar" data-full={fit.fit >= 1 || undefined} style={{ width: percent(fit.fit) }} />
                </span>
              </div>
              <p className="profile-ready-by" data-in-time={successor.inTime ?? undefined}>
                {successorReadinessWords(successor, analysis.asOf, role.expectedVacancy, plan.framework.threads)}
              </p>
              {fit.gaps.length > 0 ? (
                <ul className="profile-gaps">
                  {fit.gaps.map((gap, i) => (
                    <li key={i}>{gapText(gap, threadNames)}</li>
                  ))}
                </ul>
              ) : (
                <p className="profile-met profile-note">Meets every requirement.</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
