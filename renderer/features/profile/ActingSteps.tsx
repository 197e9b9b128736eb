import { parseISO } from 'date-fns';
import { actingSteps } from '../../../shared/domain/backfill/backfill-candidates';
import type { Person, Plan } from '../../../shared/domain/plan/schema';
import { RouteLink } from '../../navigation/RouteLink';

const monthYear = (iso: string) => new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }).format(parseISO(iso));
const month = (iso: string) => new Intl.DateTimeFormat(undefined, { month: 'short' }).format(parseISO(iso));

/** "Mar–Aug 2027", or "Nov 2026–Apr 2027" across a year end. */
export function monthSpan(start: string, end: string): string {
  return start.slice(0, 4) === end.slice(0, 4) ? `${month(start)}–${monthYear(end)}` : `${monthYear(start)}–${monthYear(end)}`;
}

/**
 * Holding someone's seat while they rotate, as a development step: "acting Head of Delivery,
 * Mar–Aug 2027". Spec choice: it is shown as a step, never counted as exposure (§5 is unchanged).
 */
export function ActingSteps({ plan, person }: { plan: Plan; person: Person }) {
  const steps = actingSteps(plan, person.id);
  if (steps.length === 0) return null;
  const names = new Map(plan.people.map((p) => [p.id, p.name]));
  return (
    <section className="card" aria-labelledby="profile-acting-title">
      <h2 id="profile-acting-title">Acting assignments</h2>
      <p className="muted">Holding a seat while its holder rotates: a development step; it adds no time on a side.</p>
      <ul>
        {steps.map((step) => (
          <li key={step.rotationId}>
            <strong>{step.roleTitle ? `acting ${step.roleTitle}` : `covering for ${names.get(step.forPersonId) ?? step.forPersonId}`}</strong>, {monthSpan(step.start, step.end)}{' '}
            <span className="muted">
              while <RouteLink route={{ screen: 'profile', personId: step.forPersonId }}>{names.get(step.forPersonId) ?? step.forPersonId}</RouteLink> rotates (
              <RouteLink route={{ screen: 'rotations', rotationId: step.rotationId }}>rotation</RouteLink>)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
