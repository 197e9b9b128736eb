import { plural } from '../../../shared/domain/flags/wording';
import { useMemo, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Plan } from '../../../shared/domain/plan/schema';
import { COMPARE_MAX, liveNineBox, readyNowInflation, rolesInScope, scopeLabel, slateCalibration, type Review } from '../../../shared/domain/review';
import { todayIso } from '../../../shared/domain/time';
import { ConfirmDialog } from '../../components/ModalDialog';
import { formatDay } from '../../components/dates';
import { useBraid } from '../../store';
import { exportReportPdf, useReportJob } from '../reports';
import { CompareSuccessors } from './CompareSuccessors';
import { DistributionTable } from './DistributionTable';
import { LiveNineBox } from './LiveNineBox';
import { MoveDialog, type MoveRequest } from './MoveDialog';
import { MoveList } from './MoveList';
import { SlateCalibration } from './SlateCalibration';

type Tab = 'nine-box' | 'slates' | 'compare' | 'moves';
const TABS: [Tab, string][] = [
  ['nine-box', '9-box'],
  ['slates', 'Slates'],
  ['compare', 'Compare'],
  ['moves', 'Moves'],
];

/** One talent-review session: the live 9-box, slate calibration, comparison and the moves, then sign-off or discard. */
export function ReviewSession({ plan, analysis, review }: { plan: Plan; analysis: PlanAnalysis; review: Review }) {
  const navigate = useBraid((s) => s.navigate);
  const edit = useBraid((s) => s.edit);
  const running = useReportJob((s) => s.running);
  const [tab, setTab] = useState<Tab>('nine-box');
  const [request, setRequest] = useState<MoveRequest | null>(null);
  const [confirm, setConfirm] = useState<'sign-off' | 'discard' | null>(null);
  const [compare, setCompare] = useState<string[]>([]);
  const [selecting, setSelecting] = useState(false);
  const readOnly = review.status !== 'draft';

  const box = useMemo(() => liveNineBox(plan, review), [plan, review]);
  const calibration = useMemo(() => slateCalibration(plan, analysis, review), [plan, analysis, review]);
  const inflation = useMemo(() => readyNowInflation(calibration), [calibration]);
  const roles = useMemo(() => rolesInScope(plan, review.scope), [plan, review.scope]);
  const candidates = useMemo(() => {
    const ids = new Set(box.placements.map((p) => p.person.id));
    for (const role of roles) for (const s of role.successors) ids.add(s.personId);
    return plan.people.filter((p) => ids.has(p.id) && !p.archived).sort((a, b) => a.name.localeCompare(b.name));
  }, [plan, box, roles]);
  const toggleCompare = (personId: string) =>
    setCompare((ids) => (ids.includes(personId) ? ids.filter((id) => id !== personId) : ids.length >= COMPARE_MAX ? ids : [...ids, personId]));

  const signOff = async () => {
    setConfirm(null);
    await edit('review:signOff', { reviewId: review.id, signedOffOn: todayIso() });
  };
  const discard = async () => {
    setConfirm(null);
    if (await edit('review:discard', { reviewId: review.id })) navigate({ screen: 'review' });
  };

  return (
    <section className="review-screen" aria-labelledby="session-title">
      <button type="button" className="link-button back-link" onClick={() => navigate({ screen: 'review' })}>
        ← All talent reviews
      </button>
      <div className="review-head">
        <div>
          <h1 id="session-title">{review.title}</h1>
          <p className="session-facts">
            <span>{formatDay(review.date)}</span> · <span>Scope: {scopeLabel(plan, review.scope)}</span> · <span>{plural(box.placements.length, 'person', 'people')}, {plural(roles.length, 'role')}</span>
            {review.participants.length > 0 && <> · <span>With {review.participants.join(', ')}</span></>}
          </p>
          <p>
            {readOnly ? (
              <span className="badge signed">Signed off{review.signedOffOn ? ` on ${formatDay(review.signedOffOn)}` : ''}: read-only</span>
            ) : (
              <span className="badge info">Draft: {review.moves.length} proposed {review.moves.length === 1 ? 'move' : 'moves'}, nothing applied yet</span>
            )}
          </p>
        </div>
        <span className="spacer" />
        {readOnly ? (
          <button type="button" className="button primary" disabled={running !== null} onClick={() => void exportReportPdf({ report: 'review-outcomes', reviewId: review.id })}>
            {running ? 'Making PDF…' : 'Outcomes PDF'}
          </button>
        ) : (
          <>
            <button type="button" className="button danger" onClick={() => setConfirm('discard')}>
              Discard
            </button>
            <button type="button" className="button primary" onClick={() => setConfirm('sign-off')}>
              Sign off
            </button>
          </>
        )}
      </div>
      <div className="tabs" role="tablist" aria-label="Session views">
        {TABS.map(([id, label], i) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`review-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`review-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'active' : undefined}
            onClick={() => setTab(id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const next = TABS[(i + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length][0];
              setTab(next);
              document.getElementById(`review-tab-${next}`)?.focus();
            }}
          >
            {label}
            {id === 'moves' && review.moves.length > 0 ? ` (${review.moves.length})` : ''}
            {id === 'compare' && compare.length > 0 ? ` (${compare.length})` : ''}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`review-panel-${tab}`} aria-labelledby={`review-tab-${tab}`} className="tab-panel">
        {tab === 'nine-box' && (
          <div className="nine-box-layout">
            <div>
              <div className="nine-box-hint">
                <p className="muted">
                  {readOnly
                    ? 'The 9-box as signed off.'
                    : 'Drag a person to another cell, or focus them and press Alt+arrow keys (↑↓ potential, ←→ performance). Each move asks for a reason.'}
                </p>
                <label className="check">
                  <input type="checkbox" checked={selecting} onChange={(e) => setSelecting(e.target.checked)} />
                  Select people to compare ({compare.length} of {COMPARE_MAX})
                </label>
              </div>
              <LiveNineBox cells={box.cells} unrated={box.unrated} readOnly={readOnly} compare={compare} selecting={selecting} toggleCompare={toggleCompare} requestMove={setRequest} />
            </div>
            <DistributionTable review={review} placements={box.placements} readOnly={readOnly} />
          </div>
        )}
        {tab === 'slates' && (
          <SlateCalibration plan={plan} analysisAsOf={analysis.asOf} calibration={calibration} inflation={inflation} readOnly={readOnly} compare={compare} toggleCompare={toggleCompare} requestMove={setRequest} />
        )}
        {tab === 'compare' && <CompareSuccessors plan={plan} analysis={analysis} reviewId={review.id} roles={roles} candidates={candidates} chosen={compare} setChosen={setCompare} />}
        {tab === 'moves' && <MoveList plan={plan} review={review} />}
      </div>
      {request && !readOnly && <MoveDialog review={review} request={request} onClose={() => setRequest(null)} />}
      {confirm === 'sign-off' && (
        <ConfirmDialog title={`Sign off ${review.title}?`} confirmLabel="Sign off" onConfirm={() => void signOff()} onCancel={() => setConfirm(null)}>
          <p>
            This applies all {review.moves.length} proposed {review.moves.length === 1 ? 'move' : 'moves'} to the plan as one step, marks the {roles.length}{' '}
            {roles.length === 1 ? 'role' : 'roles'} in scope as reviewed on {formatDay(review.date)}, and writes every move with its reason to the audit trail.
          </p>
          <p>The session becomes read-only. Undo takes the whole sign-off back.</p>
        </ConfirmDialog>
      )}
      {confirm === 'discard' && (
        <ConfirmDialog title={`Discard ${review.title}?`} confirmLabel="Discard the session" danger onConfirm={() => void discard()} onCancel={() => setConfirm(null)}>
          <p>The session and its {review.moves.length} proposed moves are dropped. The plan does not change.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
