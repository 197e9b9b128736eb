import { useMemo } from 'react';
import type { Plan } from '../../../shared/domain/plan/schema';
import { criticalRoleSuggestions, roleFromSuggestion, type CriticalRoleSuggestion } from '../../../shared/domain/people';
import { RouteLink } from '../../navigation/RouteLink';
import { useBraid } from '../../store';

/**
 * What a plan without critical roles needs first: the pipeline figures measure roles and their
 * successors, so with none they measure nothing. Offers the roster's leading titles as roles
 * (one click each), or the Succession screen to define one by hand.
 */
export function FirstRoles({ plan }: { plan: Plan }) {
  const edit = useBraid((s) => s.edit);
  const navigate = useBraid((s) => s.navigate);
  const suggestions = useMemo(() => criticalRoleSuggestions(plan), [plan]);
  const people = plan.people.filter((p) => !p.archived).length;

  const make = async (suggestion: CriticalRoleSuggestion) => {
    const role = roleFromSuggestion(plan, suggestion);
    // The next step is the new role's slate: nominate its successors there.
    if (await edit('role:save', { role })) navigate({ screen: 'succession', roleId: role.id });
  };

  return (
    <section className="dash-start" data-tone="warning" aria-labelledby="dash-start-title">
      <h2 id="dash-start-title">No critical roles yet</h2>
      <p>
        The pipeline figures measure critical roles and their successors; this plan has {people === 0 ? 'no people and ' : ''}no roles, so there is nothing to measure yet.
        Define your critical roles first.
      </p>
      {suggestions.length > 0 && (
        <>
          <h3 id="dash-first-roles-title" className="dash-first-roles-title">Define your critical roles from the roster</h3>
          <p className="muted">Titles of people who lead others, by how many report to them.</p>
          <ul className="dash-first-roles" aria-labelledby="dash-first-roles-title">
            {suggestions.map((s) => (
              <li key={s.title}>
                <span>
                  <strong>{s.title}</strong> — {s.incumbent.name}
                  {s.holders > 1 ? ` and ${s.holders - 1} more holding it` : ''} · {s.reports} {s.reports === 1 ? 'report' : 'reports'}
                </span>
                <button type="button" className="button small" onClick={() => void make(s)}>
                  Make {s.title} a critical role
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="dash-first-roles-more">
        {people === 0 && (
          <>
            <RouteLink route={{ screen: 'people' }} className="button primary">
              Import or add your people
            </RouteLink>{' '}
          </>
        )}
        <RouteLink route={{ screen: 'succession' }} className="button">
          Define a role on Succession
        </RouteLink>
      </p>
    </section>
  );
}
