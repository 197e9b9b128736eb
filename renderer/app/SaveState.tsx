import { useBraid } from '../store';

const LABELS = { saved: 'All changes saved', saving: 'Saving…', failed: 'Not saved — see the message' } as const;

export function SaveState() {
  const saveState = useBraid((s) => s.saveState);
  return (
    <span className="save-state" data-state={saveState} data-testid="save-state" role="status" aria-live="polite">
      {LABELS[saveState]}
    </span>
  );
}
