import type { Flag } from '../../../shared/domain/analysis/types';
import { gapText } from '../../../shared/domain/flags/wording';
import { READINESS_LABELS } from '../../../shared/domain/plan/defaults';
import type { Plan } from '../../../shared/domain/plan/schema';
import type { CalibrationRow, RoleCalibration } from '../../../shared/domain/review';
import { successorReadinessWords } from '../../../shared/domain/readiness';
import { formatDay } from '../../components/dates';
import { FlagBadges } from '../succession/FlagBadges';
import type { MoveRequest } from './MoveDialog';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  plan: Plan;
  /** The day the analysis is made as of. */
  analysisAsOf: string;
  calibration: RoleCalibration[];
  inflation: CalibrationRow[];
  readOnly: boolean;
  compare: readonly string[];
  toggleCompare(personId: string): void;
  requestMove(request: MoveRequest): void;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The slates of the roles in scope with the evidence for each successor, and the ready-now inflation list to walk through. */
export function SlateCalibration({ plan, analysisAsOf, calibration, inflation, readOnly, compare, toggleCompare, requestMove }: Props) {
  const threadNames = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const propose = (row: CalibrationRow) =>
    requestMove({
      kind: 'readiness',
      personId: row.personId,
      name: row.person?.name ?? row.personId,
      roleId: row.role.id,
      roleTitle: row.role.title,
      current: row.readiness,
      to: row.proposed?.to ?? row.readiness,
    });

  const rowView = (row: CalibrationRow, showRole: boolean) => {
    const name = row.person?.name ?? row.personId;
    const gaps = row.fit?.gaps.map((g) => gapText(g, threadNames)) ?? [];
    return (
      <tr key={`${row.role.id}-${row.personId}`} className={row.person?.archived ? 'archived' : undefined}>
        <th scope="row">
          {name}
          <span className="sub">{row.person?.title}</span>
          {showRole && <span className="sub">for {row.role.title}</span>}
        </th>
        <td>
          {READINESS_LABELS[row.readiness]}
          {row.proposed && <span className="proposal">→ {READINESS_LABELS[row.proposed.to]} (proposed)</span>}
        </td>
        <td>{row.fit ? percent(row.fit.fit) : '—'}</td>
        <td className="gaps">{gaps.length ? gaps.join('; ') : row.fit ? 'None' : '—'}</td>
        <td>{readyByText(row, analysisAsOf, plan.framework.threads)}</td>
        <td>
          <FlagBadges flags={row.flags as Flag[]} />
        </td>
        <td className="row-actions">
          {!readOnly && (
            <button type="button" className="button small" onClick={() => propose(row)} aria-label={`Propose readiness of ${name} for ${row.role.title}`}>
              Propose readiness…
            </button>
          )}
          <label className="check">
            <input type="checkbox" checked={compare.includes(row.personId)} onChange={() => toggleCompare(row.personId)} />
            Compare<span className="visually-hidden"> {name}</span>
          </label>
        </td>
      </tr>
    );
  };

  const head = (
    <ColumnHeads columns={['Successor', 'Readiness', 'Fit', 'Gaps', 'Ready by', 'Flags', { label: 'Actions', hidden: true }]} />
  );

  return (
    <div className="slate-calibration">
      <section className="card inflation" aria-labelledby="inflation-title">
        <h2 id="inflation-title">Ready now, but fit below 100 % ({inflation.length})</h2>
        {inflation.length === 0 ? (
          <p className="muted">Every ready-now successor in scope meets all the requirements of their role.</p>
        ) : (
          <table className="calibration-table">
            <caption className="visually-hidden">Ready-now successors whose fit is below 100 %</caption>
            {head}
            <tbody>{inflation.map((row) => rowView(row, true))}</tbody>
          </table>
        )}
      </section>
      {calibration.length === 0 && <p className="muted">No critical role is in this session&apos;s scope.</p>}
      {calibration.map(({ role, rows, flags }) => (
        <section key={role.id} className="card role-calibration" aria-labelledby={`cal-${role.id}`}>
          <h2 id={`cal-${role.id}`}>
            {role.title}
            {role.expectedVacancy && <span className="sub"> · expected vacancy {formatDay(role.expectedVacancy)}</span>}
          </h2>
          <FlagBadges flags={flags} />
          {rows.length === 0 ? (
            <p className="muted">Nobody is on this slate yet.</p>
          ) : (
            <table className="calibration-table">
              <caption className="visually-hidden">Slate of {role.title}</caption>
              {head}
              <tbody>{rows.map((row) => rowView(row, false))}</tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}

function readyByText(row: CalibrationRow, asOf: string, threads: Plan['framework']['threads']): string {
  if (row.standing === undefined) return '—';
  return successorReadinessWords(row.standing, asOf, row.role.expectedVacancy, threads);
}
