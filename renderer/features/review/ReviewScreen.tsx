import { useDeferredValue, useState } from 'react';
import { reviewsOf, scopeLabel, type Review } from '../../../shared/domain/review';
import { useBraid } from '../../store';
import { analysisOf } from '../../store/analysis';
import { formatDay } from '../../components/dates';
import { ReviewSession } from './ReviewSession';
import { StartReviewDialog } from './StartReviewDialog';
import './review.css';
import { ColumnHeads } from '../../components/ColumnHeads';

/** The Talent review screen: the sessions of the plan, and one session opened from the list. */
export default function ReviewScreen() {
  const plan = useBraid((s) => s.plan);
  const route = useBraid((s) => s.route);
  const settled = useDeferredValue(plan);
  if (!plan || !settled) return <p className="muted">Open a plan to run a talent review.</p>;
  const review = route.reviewId ? reviewsOf(plan).find((r) => r.id === route.reviewId) : undefined;
  if (review) return <ReviewSession plan={plan} analysis={analysisOf(settled)} review={review} />;
  return <ReviewList />;
}

function ReviewList() {
  const plan = useBraid((s) => s.plan)!;
  const route = useBraid((s) => s.route);
  const navigate = useBraid((s) => s.navigate);
  const [starting, setStarting] = useState(false);
  const reviews = [...reviewsOf(plan)].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  const open = (review: Review) => navigate({ screen: 'review', reviewId: review.id });

  return (
    <section className="review-screen" aria-labelledby="review-title">
      <div className="review-head">
        <h1 id="review-title">Talent review</h1>
        <span className="spacer" />
        <button type="button" className="button primary" onClick={() => setStarting(true)}>
          Start a talent review
        </button>
      </div>
      {route.reviewId && <p className="notice-inline">That talent review is not in the plan any more (it may have been discarded).</p>}
      <p className="muted review-intro">
        Calibrate 9-box ratings and slate readiness with the people in the room. Every change is a proposal with a reason until the session is
        signed off; signing off applies them all as one step you can undo.
      </p>
      {reviews.length === 0 ? (
        <p className="card">No talent review yet. Start one for a domain, a manager&apos;s reporting line or everyone.</p>
      ) : (
        <table className="review-table">
          <caption className="visually-hidden">Talent review sessions, newest first</caption>
          <ColumnHeads columns={['Session', 'Date', 'Scope', 'Participants', 'Moves', 'Status']} />
          <tbody>
            {reviews.map((review) => (
              <tr key={review.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => open(review)}>
                    {review.title}
                  </button>
                </th>
                <td>{formatDay(review.date)}</td>
                <td>{scopeLabel(plan, review.scope)}</td>
                <td>{review.participants.join(', ') || '—'}</td>
                <td>{review.moves.length}</td>
                <td>
                  {review.status === 'draft' ? (
                    <span className="badge info">Draft</span>
                  ) : (
                    <span className="badge signed">Signed off{review.signedOffOn ? ` ${formatDay(review.signedOffOn)}` : ''}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {starting && <StartReviewDialog plan={plan} onClose={() => setStarting(false)} onStarted={(id) => navigate({ screen: 'review', reviewId: id })} />}
    </section>
  );
}
