import { formatDay, formatMonth } from '../../components/dates';
import { useEffect, useMemo, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Plan } from '../../../shared/domain/plan/schema';
import { braidActions, braidActionText, braidPeriods, braidPictureSvg } from '../../../shared/report/braid-picture';

// Theme variables instead of fixed colours: the same picture follows light and dark mode on screen.
export const SCREEN_COLORS = {
  front: 'var(--front)',
  back: 'var(--back)',
  text: 'var(--text)',
  muted: 'var(--text-muted)',
  grid: 'var(--border)',
  background: 'none',
};

/** Days and months in the picture as the rest of the screen writes them: the user's locale. */
export const SCREEN_DATES = { dayLabel: (iso: string) => formatDay(iso), monthLabel: (iso: string) => formatMonth(iso) };

/** The signature view: the person's two strands over time, and the same story as a list for screen readers. */
export function BraidPicture({ plan, analysis, personId }: { plan: Plan; analysis: PlanAnalysis; personId: string }) {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = useDrawingWidth(box);
  // braidPictureSvg escapes every text it writes, so the markup is ours to insert.
  const svg = useMemo(
    () => braidPictureSvg(plan, analysis, personId, { width, height: 190, colors: SCREEN_COLORS, fontFamily: 'inherit', idPrefix: `profile-braid-${personId}`, ...SCREEN_DATES }),
    [plan, analysis, personId, width],
  );
  const periods = useMemo(() => braidPeriods(plan, personId), [plan, personId]);
  const actions = useMemo(() => braidActions(plan, personId), [plan, personId]);
  return (
    <section className="card profile-braid" aria-labelledby="profile-braid-title">
      <h2 id="profile-braid-title">Braid picture</h2>
      <div ref={setBox} className="profile-braid-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="visually-hidden">
        <h3>Periods on the timeline</h3>
        <ul>
          {periods.map((p) => (
            <li key={p.id}>
              {p.kind === 'rotation' ? `Rotation at ${p.hostName}, ${p.domainName}` : p.domainName}
              {p.side ? ` (${p.side} side)` : ''}: {formatMonth(p.start)} to {p.end ? formatMonth(p.end) : 'ongoing'}
              {p.status ? `, ${p.status}` : ''}
            </li>
          ))}
          {actions.map((a) => (
            <li key={a.id}>Development action, {braidActionText(a, formatMonth)}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Below this the labels would collide; a narrower box scrolls the picture sideways instead. */
const MIN_DRAWING_WIDTH = 760;
const DEFAULT_DRAWING_WIDTH = 960;

/**
 * The picture is drawn at the width of its box, one SVG unit to one CSS pixel, rather than scaled to fit:
 * its text then keeps its size (10–11 px) in a narrow column or at 200 % zoom, where a scaled 960-unit
 * drawing shrank it to about 6 px.
 */
function useDrawingWidth(box: HTMLElement | null): number {
  const [width, setWidth] = useState(DEFAULT_DRAWING_WIDTH);
  useEffect(() => {
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.max(MIN_DRAWING_WIDTH, Math.floor(entry.contentRect.width));
      setWidth((current) => (Math.abs(current - next) < 8 ? current : next));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [box]);
  return width;
}
