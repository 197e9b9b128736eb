import type { PersonAnalysis } from '../../../shared/domain/model';
import { resolvePolicy } from '../../../shared/domain/plan/defaults';
import type { Plan } from '../../../shared/domain/plan/schema';
import { monthsShort } from './format';

const oneDecimal = (score: number) => String(Math.round(score * 1000) / 10);

/** The braid index with its working shown, so a manager can see what would move it. */
export function BraidIndexCard({ plan, person }: { plan: Plan; person: PersonAnalysis }) {
  const target = resolvePolicy(plan.framework).braidTargetMonths;
  const exposure = Math.round(person.exposureScore * 100);
  const threads = Math.round(person.threadScore * 100);
  return (
    <section className="card profile-index" aria-labelledby="profile-index-title">
      <h2 id="profile-index-title">Braid index</h2>
      <p className="profile-index-value">
        {person.braidIndex}
        <span className="muted"> / 100</span>
      </p>
      <dl className="profile-index-parts">
        <div>
          <dt>Exposure score</dt>
          <dd>{exposure}</dd>
          <dd className="muted">
            front {monthsShort(Math.min(person.current.front, target))} + back {monthsShort(Math.min(person.current.back, target))} months, each counted up to{' '}
            {monthsShort(target)}, out of {monthsShort(2 * target)}
          </dd>
        </div>
        <div>
          <dt>Thread score</dt>
          <dd>{threads}</dd>
          <dd className="muted">mean of (level − 1) / 4 over the {person.threads.length} threads; unassessed counts 0</dd>
        </div>
      </dl>
      <p className="profile-index-formula muted">
        ({oneDecimal(person.exposureScore)} + {oneDecimal(person.threadScore)}) / 2 = {person.braidIndex}, rounded
      </p>
    </section>
  );
}
