import { useId, useState } from 'react';
import type { NineBoxBand, NineBoxCell } from '../../../shared/domain/model';
import { READINESS_LABELS } from '../../../shared/domain/plan/defaults';
import type { Readiness } from '../../../shared/domain/plan/schema';
import { CELL_ORDER, cellKey, cellName, moveChangeText, type LivePlacement, type Review } from '../../../shared/domain/review';
import { ModalDialog } from '../../components/ModalDialog';
import { useBraid } from '../../store';
import { movesToCell, ratingMoves, readinessMove, type MoveDraft } from './move-proposal';
import { SelectField } from '../../components/SelectField';
import { BAND_OPTIONS, PERFORMANCE_OPTIONS } from '../../components/select-options';

export type MoveRequest =
  | { kind: 'cell'; placement: LivePlacement; target: NineBoxCell }
  | { kind: 'rate'; placement: LivePlacement }
  | { kind: 'readiness'; personId: string; name: string; roleId: string; roleTitle: string; current: Readiness; to: Readiness };

const REASON_REQUIRED = 'A move needs a reason: say what the room agreed and why.';

/** Asks for the reason of a proposed move and shows it as from → to; nothing changes in the plan until sign-off. */
export function MoveDialog({ review, request, onClose }: { review: Review; request: MoveRequest; onClose(): void }) {
  const id = useId();
  const edit = useBraid((s) => s.edit);
  const [target, setTarget] = useState(request.kind === 'cell' ? cellKey(request.target) : '');
  const [performance, setPerformance] = useState<number | null>(request.kind === 'rate' ? request.placement.performance : null);
  const [potential, setPotential] = useState<NineBoxBand | null>(request.kind === 'rate' ? request.placement.potential : null);
  const [readiness, setReadiness] = useState<Readiness>(request.kind === 'readiness' ? request.to : 'ready-now');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const moves: MoveDraft[] = (() => {
    if (request.kind === 'cell') {
      const cell = CELL_ORDER.find((c) => cellKey(c) === target)!;
      return movesToCell(request.placement.person, request.placement, cell);
    }
    if (request.kind === 'rate') {
      const { placement } = request;
      return ratingMoves(placement.person, performance === placement.performance ? null : performance, potential === placement.potential ? null : potential);
    }
    return readiness === request.current ? [] : [readinessMove(request.personId, request.roleId, request.current, readiness)];
  })();
  const name = request.kind === 'readiness' ? request.name : request.placement.person.name;
  const heading = request.kind === 'readiness' ? `Propose readiness of ${name} for ${request.roleTitle}` : request.kind === 'rate' ? `Rate ${name}` : `Move ${name}`;

  const propose = async () => {
    if (!reason.trim()) {
      setError(REASON_REQUIRED);
      return;
    }
    for (const move of moves) {
      if (!(await edit('review:proposeMove', { reviewId: review.id, move: { ...move, reason: reason.trim() } }))) return;
    }
    onClose();
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onClose={onClose} className="review-dialog move-dialog">
      <h2 id={`${id}-title`}>{heading}</h2>
      {request.kind !== 'readiness' && <p className="muted">{request.placement.person.title}</p>}
      <form
        className="review-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void propose();
        }}
      >
        {request.kind === 'cell' && (
          <SelectField
            label="To the cell"
            value={target}
            onChange={setTarget}
            options={CELL_ORDER.map((cell) => ({ value: cellKey(cell), label: cellName(cell), description: `${cell.potential} potential, ${cell.performance} performance` }))}
          />
        )}
        {request.kind === 'rate' && (
          <div className="rate-fields">
            <SelectField label="Performance" value={performance === null ? '' : String(performance)} onChange={(v) => setPerformance(v ? Number(v) : null)} options={PERFORMANCE_OPTIONS} />
            <SelectField label="Potential" value={potential ?? ''} onChange={(v) => setPotential(v || null)} options={BAND_OPTIONS} />
          </div>
        )}
        {request.kind === 'readiness' && (
          <SelectField
            label="Readiness"
            value={readiness}
            onChange={setReadiness}
            options={(Object.keys(READINESS_LABELS) as Readiness[]).map((r) => ({ value: r, label: READINESS_LABELS[r] }))}
          />
        )}
        <div className="move-preview" aria-live="polite">
          {moves.length === 0 ? (
            <span className="muted">No change from what is proposed now.</span>
          ) : (
            <ul>
              {moves.map((m) => (
                <li key={m.field}>
                  <strong>Proposed:</strong> {moveChangeText(m)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <label>
          Reason (required)
          <textarea
            rows={3}
            value={reason}
            maxLength={10_000}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-reason-error` : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
          />
          {error && (
            <span className="field-error" id={`${id}-reason-error`} role="alert">
              {error}
            </span>
          )}
        </label>
        <p className="muted">The plan and its flags stay as they are until the session is signed off.</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={moves.length === 0}>
            Propose move
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
