import { useState } from 'react';
import { useBraid } from '../store';
import { Hint } from '../components/Hint';

/** The organisation's name in the header; click to rename (an undoable edit like any other). */
export function PlanName() {
  const name = useBraid((s) => s.plan?.organization.name ?? '');
  const edit = useBraid((s) => s.edit);
  const [draft, setDraft] = useState<string | null>(null);

  if (draft === null) {
    return (
      <Hint text="Rename the organisation">
        <button className="plan-name button small" data-testid="plan-name" onClick={() => setDraft(name)}>
          {name}
        </button>
      </Hint>
    );
  }
  const commit = () => {
    const value = draft.trim();
    setDraft(null);
    if (value && value !== name) void edit('organization:update', { name: value });
  };
  return (
    <input
      type="text"
      aria-label="Organisation name"
      autoFocus
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(null);
      }}
    />
  );
}
