import { flagMessage } from '../../components/flag-text';
import { threadGapsOf } from '../../../shared/domain/analysis';
import { formatDay, formatMonth } from '../../components/dates';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import { PROFICIENCY_LABELS } from '../../../shared/domain/plan/defaults';
import type { Person, Plan } from '../../../shared/domain/plan/schema';
import { RouteLink } from '../../navigation/RouteLink';
import { ColumnHeads } from '../../components/ColumnHeads';
import { FLAG_CODE_LABELS } from '../../navigation/flag-subject';

const STATUS_ORDER = { active: 0, planned: 1, completed: 2, cancelled: 3 } as const;

/** The person's rotations, newest plans first, each with the flags that concern it. */
export function PersonRotations({ plan, analysis, person }: { plan: Plan; analysis: PlanAnalysis; person: Person }) {
  const hosts = new Map(plan.hosts.map((h) => [h.id, h]));
  const domains = new Map(plan.framework.domains.map((d) => [d.id, d]));
  const gaps = threadGapsOf(analysis, person.id);
  const rotations = plan.rotations
    .filter((r) => r.personId === person.id)
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.start < b.start ? 1 : -1));
  return (
    <section className="card profile-rotations" aria-labelledby="profile-rotations-title">
      <h2 id="profile-rotations-title">Rotations</h2>
      {rotations.length === 0 ? (
        <p className="muted">No rotations on the plan.</p>
      ) : (
        <table className="profile-table">
          <ColumnHeads columns={['Host', 'When', 'Status', 'Objectives', 'Flags']} />
          <tbody>
            {rotations.map((r) => {
              const host = hosts.get(r.hostId);
              const side = host ? domains.get(host.domain)?.side : undefined;
              const flags = (analysis.flagsByRotation.get(r.id) ?? []).map((id) => analysis.flagsById.get(id)!).filter(Boolean);
              return (
                <tr key={r.id} data-rotation-id={r.id} data-status={r.status}>
                  <td>
                    {side && <span className={`badge ${side}`}>{side}</span>}{' '}
                    <RouteLink route={{ screen: 'rotations', rotationId: r.id }}>{host?.name ?? r.hostId}</RouteLink>
                  </td>
                  <td className="profile-nowrap">
                    {formatMonth(r.start)} – {formatMonth(r.end)}
                  </td>
                  <td>
                    <span className="profile-status" data-status={r.status}>
                      {r.status}
                    </span>
                  </td>
                  <td>
                    {r.objectives.map((t) => plan.framework.threads.find((x) => x.id === t)?.name ?? t).join(', ') || <span className="muted">—</span>}
                    {(r.status === 'planned' || r.status === 'active') && r.objectives.some((t) => gaps.has(t)) && (
                      <span className="profile-evidence"> — needs assessment evidence</span>
                    )}
                  </td>
                  <td>
                    {flags.map((f) => (
                      <p key={f.id} className="profile-rotation-flag">
                        <span className={`badge ${f.severity}`}>{FLAG_CODE_LABELS[f.code]}</span> {flagMessage(f)}
                      </p>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Assessments, newest first, and what rotation hosts wrote: the evidence for the next review. */
export function PersonHistory({ plan, person }: { plan: Plan; person: Person }) {
  const threads = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const hosts = new Map(plan.hosts.map((h) => [h.id, h.name]));
  const assessments = [...person.assessments].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const feedback = plan.rotations
    .filter((r) => r.personId === person.id)
    .flatMap((r) => r.feedback.map((f) => ({ ...f, rotation: r })))
    .sort((a, b) => (a.date < b.date ? 1 : -1));
  return (
    <div className="profile-history">
      <section className="card" aria-labelledby="profile-assessments-title">
        <h2 id="profile-assessments-title">Assessments</h2>
        {assessments.length === 0 ? (
          <p className="muted">No assessments recorded.</p>
        ) : (
          <table className="profile-table">
            <ColumnHeads columns={['Date', 'Thread', 'Level', 'Source', 'Note']} />
            <tbody>
              {assessments.map((a, i) => (
                <tr key={i}>
                  <td className="profile-nowrap"><time dateTime={a.date}>{formatDay(a.date)}</time></td>
                  <td>{threads.get(a.thread) ?? a.thread}</td>
                  <td className="profile-nowrap">
                    {a.level} {PROFICIENCY_LABELS[a.level - 1]}
                  </td>
                  <td>{a.source}</td>
                  <td>{a.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="profile-feedback-title">
        <h2 id="profile-feedback-title">Feedback from rotations</h2>
        {feedback.length === 0 ? (
          <p className="muted">No feedback from hosts yet.</p>
        ) : (
          <ul className="profile-feedback">
            {feedback.map((f, i) => (
              <li key={i}>
                <blockquote>{f.text}</blockquote>
                <p className="muted">
                  {f.author}, {formatDay(f.date)} ·{' '}
                  <RouteLink route={{ screen: 'rotations', rotationId: f.rotation.id }}>rotation at {hosts.get(f.rotation.hostId) ?? f.rotation.hostId}</RouteLink>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
