import { useEffect, useMemo, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/model';
import type { Plan, Role } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { RoleCard } from './RoleCard';
import { byUrgency } from './succession-flags';
import { foldForMatch } from '../../../shared/domain/text/fold';

const PAGE = 20;

interface Props {
  plan: Plan;
  analysed: Plan;
  analysis: PlanAnalysis;
  focusRole: { id: string; nonce: number } | null;
  highlighted: string | null;
  editRole(role: Role): void;
}

/** The critical roles, most urgent first, a page at a time; retired roles wait below to be restored. */
export function RoleBoard({ plan, analysed, analysis, focusRole, highlighted, editRole }: Props) {
  const edit = useBraid((s) => s.edit);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const people = useMemo(() => new Map(plan.people.map((p) => [p.id, p])), [plan.people]);
  const threadNames = useMemo(() => new Map(plan.framework.threads.map((t) => [t.id, t.name])), [plan.framework.threads]);
  const domainNames = useMemo(() => new Map(plan.framework.domains.map((d) => [d.id, { name: d.name, side: d.side }])), [plan.framework.domains]);

  // The order is the analysis's (urgency), so that a card does not jump while its edit is analysed.
  const order = useMemo(() => {
    const ranked = analysed.roles.filter((r) => !r.retired).sort(byUrgency(analysis));
    return new Map(ranked.map((r, i) => [r.id, i]));
  }, [analysed, analysis]);
  // Spec choice: the order is taken once, when the board opens: a Nominate or a Move to ready now changes the
  // role's urgency, but the card being worked on stays where it is; the board re-sorts on the next visit.
  // A role added meanwhile goes below the ones already there, in its own urgency.
  const [arrivalOrder] = useState(order);
  const placeOf = (id: string) => arrivalOrder.get(id) ?? arrivalOrder.size + (order.get(id) ?? 0);
  const active = useMemo(() => {
    const words = foldForMatch(query.trim());
    return plan.roles
      .filter((r) => !r.retired)
      .filter((r) => !words || foldForMatch(r.title).includes(words) || (r.incumbentId && foldForMatch(people.get(r.incumbentId)?.name ?? '').includes(words)))
      .sort((a, b) => placeOf(a.id) - placeOf(b.id));
    // placeOf reads only arrivalOrder (fixed) and order.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan.roles, query, order, people]);
  const retired = plan.roles.filter((r) => r.retired);

  useEffect(() => {
    if (!focusRole) return;
    const index = active.findIndex((r) => r.id === focusRole.id);
    if (index >= shown) setShown(index + 1);
    const frame = requestAnimationFrame(() => {
      const heading = document.getElementById(`role-${focusRole.id}`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
    // Only a new request to show a role scrolls the board.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRole]);

  return (
    <div className="role-board">
      <div className="board-toolbar">
        <label>
          <span className="visually-hidden">Find a role or incumbent</span>
          <input type="search" placeholder="Find a role or incumbent…" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <span className="muted">
          {active.length} critical {active.length === 1 ? 'role' : 'roles'}, most urgent first
        </span>
      </div>
      {active.length === 0 && <p className="muted board-empty">{query ? `No role matches “${query}”.` : 'No critical roles yet. Add the roles whose succession matters.'}</p>}
      {active.slice(0, shown).map((role) => (
        <RoleCard
          key={role.id}
          role={role}
          analysed={analysed}
          analysis={analysis}
          people={people}
          threadNames={threadNames}
          domainNames={domainNames}
          highlighted={role.id === highlighted}
          edit={editRole}
        />
      ))}
      {active.length > shown && (
        <button type="button" className="button show-more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, active.length - shown)} more of {active.length - shown} roles
        </button>
      )}
      {retired.length > 0 && (
        <details className="retired-roles">
          <summary>Retired roles ({retired.length})</summary>
          <ul>
            {retired.map((role) => (
              <li key={role.id}>
                {role.title}{' '}
                <button type="button" className="button small" onClick={() => void edit('role:retire', { roleId: role.id, retired: false })}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
