import { useMemo } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Plan } from '../../../shared/domain/plan/schema';
import { braidPeriods, braidPictureSvg, monthYear } from '../../../shared/report/braid-picture';

// Theme variables instead of fixed colours: the same picture follows light and dark mode on screen.
export const SCREEN_COLORS = {
  front: 'var(--front)',
  back: 'var(--back)',
  text: 'var(--text)',
  muted: 'var(--text-muted)',
  grid: 'var(--border)',
  background: 'none',
};

/** The signature view: the person's two strands over time, and the same story as a list for screen readers. */
export function BraidPicture({ plan, analysis, personId }: { plan: Plan; analysis: PlanAnalysis; personId: string }) {
  // braidPictureSvg escapes every text it writes, so the markup is ours to insert.
  const svg = useMemo(
    () => braidPictureSvg(plan, analysis, personId, { width: 960, height: 190, colors: SCREEN_COLORS, fontFamily: 'inherit', idPrefix: `profile-braid-${personId}` }),
    [plan, analysis, personId],
  );
  const periods = useMemo(() => braidPeriods(plan, personId), [plan, personId]);
  return (
    <section className="card profile-braid" aria-labelledby="profile-braid-title">
      <h2 id="profile-braid-title">Braid picture</h2>
      <div className="profile-braid-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="visually-hidden">
        <h3>Periods on the timeline</h3>
        <ul>
          {periods.map((p) => (
            <li key={p.id}>
              {p.kind === 'rotation' ? `Rotation at ${p.hostName}, ${p.domainName}` : p.domainName}
              {p.side ? ` (${p.side} side)` : ''}: {monthYear(p.start)} to {p.end ? monthYear(p.end) : 'ongoing'}
              {p.status ? `, ${p.status}` : ''}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
