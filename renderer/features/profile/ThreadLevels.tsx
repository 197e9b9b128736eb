import { formatDay } from '../../components/dates';
import { useState } from 'react';
import type { PersonAnalysis } from '../../../shared/domain/model';
import { PROFICIENCY_LABELS, resolvePolicy } from '../../../shared/domain/plan/defaults';
import type { Plan, Role } from '../../../shared/domain/plan/schema';
import { monthsShort } from './format';
import { SelectField } from '../../components/SelectField';

/** Each thread's level against the requirement of one of the roles the person is lined up for. */
export function ThreadLevels({ plan, person, roles }: { plan: Plan; person: PersonAnalysis; roles: Role[] }) {
  const [roleId, setRoleId] = useState<string>(roles[0]?.id ?? '');
  const role = roles.find((r) => r.id === roleId) ?? roles[0];
  const maxAge = resolvePolicy(plan.framework).assessmentMaxAgeMonths;
  return (
    <section className="card profile-threads" aria-labelledby="profile-threads-title">
      <div className="profile-section-head">
        <h2 id="profile-threads-title">Competency threads</h2>
        {roles.length > 0 && (
          <SelectField
            className="profile-inline-label"
            label="Against"
            value={role?.id ?? ''}
            onChange={setRoleId}
            options={roles.map((r) => ({ value: r.id, label: r.title }))}
          />
        )}
      </div>
      {roles.length === 0 && <p className="muted profile-note">Not a successor for any role: levels are shown without a requirement.</p>}
      <ul className="profile-thread-list">
        {plan.framework.threads.map((thread) => {
          const level = person.threads.find((t) => t.threadId === thread.id);
          const actual = level?.level ?? 0;
          const required = role?.requirements.threads[thread.id] ?? 0;
          const gap = Math.max(0, required - actual);
          const stale = level?.ageMonths != null && level.ageMonths > maxAge;
          return (
            <li key={thread.id} className="profile-thread" data-gap={gap > 0 || undefined}>
              <div className="profile-thread-name" title={thread.facets.join(' · ')}>
                {thread.name}
              </div>
              <div className="profile-scale" aria-hidden="true">
                {[1, 2, 3, 4, 5].map((n) => (
                  <span key={n} className="profile-scale-step" data-filled={n <= actual || undefined} data-missing={(n > actual && n <= required) || undefined} />
                ))}
                {required > 0 && <span className="profile-scale-required" style={{ left: `calc(${(required / 5) * 100}% - 1px)` }} />}
              </div>
              <div className="profile-thread-figures">
                <span>
                  {actual > 0 ? `${actual} ${PROFICIENCY_LABELS[actual - 1]}` : 'Unassessed'}
                  {required > 0 && <span className="muted"> of {required} required</span>}
                </span>
                {gap > 0 ? <span className="profile-gap">gap {gap}</span> : required > 0 ? <span className="profile-met">met</span> : null}
              </div>
              <div className="profile-thread-age muted">
                {level?.date ? `assessed ${formatDay(level.date)}, ${monthsShort(level.ageMonths ?? 0)} months ago` : 'never assessed'}
                {stale && <span className="badge info"> stale</span>}
              </div>
            </li>
          );
        })}
      </ul>
      {role && (role.requirements.frontMonths > 0 || role.requirements.backMonths > 0) && (
        <p className="profile-note">
          {role.title} also needs {monthsShort(role.requirements.frontMonths)} months on the front side (has {monthsShort(person.current.front)}) and{' '}
          {monthsShort(role.requirements.backMonths)} on the back side (has {monthsShort(person.current.back)}).
        </p>
      )}
    </section>
  );
}
