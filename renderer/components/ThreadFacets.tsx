import { PROFICIENCY_LABELS } from '../../shared/domain/plan/defaults';
import type { Thread } from '../../shared/domain/plan/schema';
import './thread-facets.css';

/**
 * The framework's guidance for the thread being assessed — its facets — shown beside the
 * assessment being recorded, so the level is given against what the thread means here.
 */
export function ThreadFacets({ thread, level }: { thread: Thread | undefined; level: number }) {
  if (!thread) return null;
  const label = PROFICIENCY_LABELS[level - 1];
  return (
    <div className="thread-facets" aria-label={`What ${thread.name} covers`} role="note">
      <p className="thread-facets-head">
        {thread.name}
        {label && <span className="muted"> · level {level}, {label}</span>}
      </p>
      {thread.facets.length > 0 ? (
        <ul>
          {thread.facets.map((facet) => (
            <li key={facet}>{facet}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No facets written for this thread yet: add them under Framework &amp; data → Threads.</p>
      )}
    </div>
  );
}
