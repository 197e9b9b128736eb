import type { Rotation, RotationStatus } from '../../../shared/domain/plan/schema';

const LABELS: Record<RotationStatus, string> = { planned: 'Planned', active: 'Active', completed: 'Completed', cancelled: 'Cancelled' };

/** Where the rotation stands, and the moves that make sense from there; each is one undoable step. */
export function RotationStatusBar({ rotation, setStatus }: { rotation: Rotation; setStatus(status: RotationStatus): void }) {
  const { status } = rotation;
  const next: { status: RotationStatus; label: string }[] =
    status === 'cancelled'
      ? [{ status: 'planned', label: 'Restore as planned' }]
      : (['planned', 'active', 'completed'] as const).filter((s) => s !== status).map((s) => ({ status: s, label: `Mark ${LABELS[s].toLowerCase()}` }));
  return (
    <div className="status-bar" role="group" aria-label="Status">
      <span className={`status-pill status-${status}`}>{LABELS[status]}</span>
      {next.map((option) => (
        <button key={option.status} type="button" className="button small" onClick={() => setStatus(option.status)}>
          {option.label}
        </button>
      ))}
      {status !== 'cancelled' && (
        <button type="button" className="button small danger" onClick={() => setStatus('cancelled')}>
          Cancel rotation
        </button>
      )}
    </div>
  );
}
