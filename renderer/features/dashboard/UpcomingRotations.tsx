import { formatDay } from '../../components/dates';
import type { Plan } from '../../../shared/domain/plan/schema';
import { formatMonth } from '../../components/dates';
import type { SubjectNames } from '../../navigation/flag-subject';
import { RouteLink } from '../../navigation/RouteLink';
import { upcomingRotationEvents } from './upcoming-rotations';

const WINDOW_DAYS = 60;

/** What changes hands in the next two months: who leaves for a host, who comes back. */
export function UpcomingRotations({ plan, asOf, names }: { plan: Plan; asOf: string; names: SubjectNames }) {
  const events = upcomingRotationEvents(plan, asOf, WINDOW_DAYS);
  return (
    <section className="card dash-upcoming" aria-labelledby="dash-upcoming-title">
      <h2 id="dash-upcoming-title">Starting or ending in the next {WINDOW_DAYS} days</h2>
      <p className="muted dash-sub">From {formatDay(asOf)}, the plan's as-of date.</p>
      {events.length === 0 ? (
        <p className="muted">No rotation starts or ends in this window.</p>
      ) : (
        <ul className="dash-upcoming-list">
          {events.map(({ rotation, kind, date }) => (
            <li key={`${rotation.id}-${kind}`}>
              <time className="dash-date" dateTime={date}>
                {formatDay(date)}
              </time>
              <div>
                <p>
                  <span className="dash-event" data-kind={kind}>
                    {kind === 'starts' ? 'Starts' : 'Ends'}
                  </span>{' '}
                  <RouteLink route={{ screen: 'profile', personId: rotation.personId }}>{names.person.get(rotation.personId) ?? rotation.personId}</RouteLink>
                  {kind === 'starts' ? ' at ' : ' back from '}
                  {names.host.get(rotation.hostId) ?? rotation.hostId}
                </p>
                <p className="dash-upcoming-detail">
                  {rotation.status} · {kind === 'starts' ? `until ${formatMonth(rotation.end)}` : `since ${formatMonth(rotation.start)}`} ·{' '}
                  <RouteLink route={{ screen: 'rotations', rotationId: rotation.id }}>open rotation</RouteLink>
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
