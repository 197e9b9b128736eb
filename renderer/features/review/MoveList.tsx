import type { Plan } from '../../../shared/domain/plan/schema';
import { moveChangeText, moveSubject, type Review, type ReviewMove } from '../../../shared/domain/review';
import { useBraid } from '../../store';
import { ColumnHeads } from '../../components/ColumnHeads';

const FIELD = { performance: 'Performance', potential: 'Potential', readiness: 'Readiness' } as const;

/** Every proposal of the session, from → to with its reason; a draft's can be withdrawn. */
export function MoveList({ plan, review }: { plan: Plan; review: Review }) {
  const edit = useBraid((s) => s.edit);
  const draft = review.status === 'draft';
  const withdraw = (move: ReviewMove) =>
    void edit('review:withdrawMove', { reviewId: review.id, personId: move.personId, field: move.field, ...(move.field === 'readiness' ? { roleId: move.roleId } : {}) });
  if (review.moves.length === 0) return <p className="muted">No move {draft ? 'proposed yet: drag someone on the 9-box, or propose a readiness on a slate.' : 'was made in this session.'}</p>;
  return (
    <table className="moves-table">
      <caption className="visually-hidden">{draft ? 'Proposed moves' : 'Moves signed off'}</caption>
      <ColumnHeads columns={['Who', 'What', 'From → to', 'Reason', draft && { label: 'Actions', hidden: true }]} />
      <tbody>
        {review.moves.map((move) => (
          <tr key={`${move.personId}-${move.field}-${move.field === 'readiness' ? move.roleId : ''}`}>
            <th scope="row">{moveSubject(plan, move)}</th>
            <td>{FIELD[move.field]}</td>
            <td>{moveChangeText(move)}</td>
            <td className="reason">{move.reason}</td>
            {draft && (
              <td>
                <button type="button" className="button small" onClick={() => withdraw(move)} aria-label={`Withdraw the move of ${moveSubject(plan, move)}`}>
                  Withdraw
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
