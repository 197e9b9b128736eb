import { flagAction, flagMessage } from '../../components/flag-text';
import { formatDay } from '../../components/dates';
import { ExportPdfButton } from '../reports';
import { FallsVacantButton } from '../scenarios';
import { memo, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Person, Plan, Role } from '../../../shared/domain/plan/schema';
import { PersonLabel } from '../../components/PersonLabel';
import { useBraid } from '../../store';
import { NominatePanel } from './NominatePanel';
import { flagLabel } from '../../../shared/domain/model';
import { roleFlags } from './succession-flags';
import { SuccessorSlate } from './SuccessorSlate';
import { calendarMonthsBetween } from '../../../shared/domain/time/calendar';

interface Props {
  role: Role;
  analysed: Plan;
  analysis: PlanAnalysis;
  people: Map<string, Person>;
  threadNames: Map<string, string>;
  domainNames: Map<string, { name: string; side: string }>;
  highlighted: boolean;
  edit(role: Role): void;
}

const RISK_TONE = { high: 'critical', medium: 'warning', low: 'info' } as const;

function vacancyText(date: string | null, asOf: string): string {
  if (!date) return 'No vacancy expected';
  const months = calendarMonthsBetween(asOf, date);
  const when = months < 0 ? 'overdue' : months === 0 ? 'this month' : `in ${months} month${months === 1 ? '' : 's'}`;
  return `Expected vacancy ${formatDay(date)} (${when})`;
}

/** A critical role: who holds it, how likely and how soon it falls vacant, what it needs, and its successor slate. */
export const RoleCard = memo(function RoleCard({ role, analysed, analysis, people, threadNames, domainNames, highlighted, edit }: Props) {
  const navigate = useBraid((s) => s.navigate);
  const retire = useBraid((s) => s.edit);
  const [nominating, setNominating] = useState(false);
  const flags = roleFlags(analysis, role.id);
  const incumbent = role.incumbentId ? people.get(role.incumbentId) : undefined;
  const joint = analysis.roles.get(role.id)?.spansBothSides ?? false;
  const needs = [
    ...Object.entries(role.requirements.threads).map(([id, level]) => `${threadNames.get(id) ?? id} ${level}`),
    ...(role.requirements.frontMonths > 0 ? [`${role.requirements.frontMonths} months client-facing`] : []),
    ...(role.requirements.backMonths > 0 ? [`${role.requirements.backMonths} months technical`] : []),
  ];

  return (
    <article className={`role-card${highlighted ? ' highlighted' : ''}`} aria-labelledby={`role-${role.id}`} data-role-id={role.id}>
      <header className="role-head">
        <div className="role-title-block">
          <h3 id={`role-${role.id}`} tabIndex={-1}>
            {role.title}
          </h3>
          <div className="role-domains">
            {role.domains.map((id) => (
              <span key={id} className={`badge ${domainNames.get(id)?.side ?? ''}`}>
                {domainNames.get(id)?.name ?? id}
              </span>
            ))}
            {joint && <span className="badge joint">Joint role · both sides</span>}
          </div>
        </div>
        <dl className="role-facts">
          <div>
            <dt>Incumbent</dt>
            <dd>
              {incumbent ? (
                <button type="button" className="link-button" onClick={() => navigate({ screen: 'profile', personId: incumbent.id })}>
                  <PersonLabel person={incumbent} />
                </button>
              ) : (
                <span className="muted">Vacant</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Vacancy risk</dt>
            <dd>
              <span className={`badge ${RISK_TONE[role.vacancyRisk]}`}>{role.vacancyRisk[0].toUpperCase() + role.vacancyRisk.slice(1)}</span>
            </dd>
          </div>
          <div>
            <dt>Vacancy</dt>
            <dd>{vacancyText(role.expectedVacancy, analysis.asOf)}</dd>
          </div>
        </dl>
        <div className="role-actions">
          <button type="button" className="button small" onClick={() => edit(role)}>
            Edit role
          </button>
          <button type="button" className="button small" onClick={() => void retire('role:retire', { roleId: role.id, retired: true })}>
            Retire
          </button>
          <FallsVacantButton roleId={role.id} />
          <ExportPdfButton report="role" roleId={role.id} className="button small" />
        </div>
      </header>
      <p className="role-needs">
        <span className="muted">Needs:</span> {needs.length ? needs.join(' · ') : 'no requirements set'}
      </p>
      {flags.length > 0 && (
        <details className="role-flags">
          <summary>
            {flags.map((flag) => (
              <span key={flag.id} className={`badge ${flag.severity}`} data-flag-code={flag.code}>
                {flagLabel(flag.code)}
              </span>
            ))}
            <span className="muted why">Why?</span>
          </summary>
          <ul>
            {flags.map((flag) => (
              <li key={flag.id}>
                {flagMessage(flag)} {flag.action && <span className="muted">{flagAction(flag)}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <SuccessorSlate role={role} analysed={analysed} analysis={analysis} people={people} threadNames={threadNames} />
      {nominating ? (
        <NominatePanel role={role} analysed={analysed} analysis={analysis} close={() => setNominating(false)} />
      ) : (
        <button type="button" className="button small nominate-open" onClick={() => setNominating(true)}>
          + Nominate successor
        </button>
      )}
    </article>
  );
});
