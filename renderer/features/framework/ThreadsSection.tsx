import { useEffect, useState } from 'react';
import type { Plan, Thread } from '../../../shared/domain/plan/schema';
import { PROFICIENCY_LABELS } from '../../../shared/domain/plan/defaults';
import { useBraid } from '../../store';
import { CommitField } from './CommitField';

export function ThreadsSection({ plan }: { plan: Plan }) {
  const edit = useBraid((s) => s.edit);
  const { threads } = plan.framework;
  const change = (id: string, patch: Partial<Thread>) =>
    void edit('framework:save', { framework: { ...plan.framework, threads: threads.map((t) => (t.id === id ? { ...t, ...patch } : t)) } });
  return (
    <section className="card fw-section" aria-labelledby="fw-threads-title">
      <h2 id="fw-threads-title">Competency threads</h2>
      <p className="muted fw-lead">
        Assessed on the scale {PROFICIENCY_LABELS.map((label, i) => `${i + 1} ${label}`).join(' · ')}. Facets are shown as guidance when assessing.
      </p>
      <div className="fw-threads">
        {threads.map((thread) => (
          <div key={thread.id} className="fw-thread">
            <CommitField
              label="Name"
              type="text"
              value={thread.name}
              onCommit={(value) => {
                if (!value.trim()) return 'A thread needs a name.';
                change(thread.id, { name: value.trim() });
                return null;
              }}
            />
            <FacetsField thread={thread} onCommit={(facets) => change(thread.id, { facets })} />
          </div>
        ))}
      </div>
    </section>
  );
}

function FacetsField({ thread, onCommit }: { thread: Thread; onCommit(facets: string[]): void }) {
  const stored = thread.facets.join('\n');
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  const id = `fw-facets-${thread.id}`;
  return (
    <div className="fw-field">
      <label htmlFor={id}>Facets, one per line</label>
      <textarea
        id={id}
        rows={3}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          const facets = draft.split('\n').map((f) => f.trim()).filter(Boolean);
          if (facets.join('\n') !== stored) onCommit(facets);
        }}
      />
    </div>
  );
}
