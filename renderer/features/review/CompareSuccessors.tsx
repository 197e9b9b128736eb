import { useMemo, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import { PROFICIENCY_LABELS } from '../../../shared/domain/plan/defaults';
import type { Person, Plan, Role } from '../../../shared/domain/plan/schema';
import { COMPARE_MAX, COMPARE_MIN, compareSuccessors, type ComparedPerson } from '../../../shared/domain/review';
import { braidPictureSvg } from '../../../shared/report/braid-picture';
import { successorReadinessWords } from '../../../shared/domain/readiness';
import { formatDay } from '../../components/dates';
import { PersonLabel } from '../../components/PersonLabel';
import { SCREEN_COLORS, SCREEN_DATES } from '../profile/BraidPicture';
import { exportReportPdf, useReportJob } from '../reports';
import { SelectField } from '../../components/SelectField';
import { PersonPicker } from '../rotations/PersonPicker';

const RISK = { low: 'Low', medium: 'Medium', high: 'High' } as const;
const months = (n: number) => `${Math.round(n * 10) / 10} mo`;

interface Props {
  plan: Plan;
  analysis: PlanAnalysis;
  reviewId: string;
  roles: Role[];
  candidates: Person[];
  chosen: readonly string[];
  setChosen(ids: string[]): void;
}

/** 2–4 successors side by side: fit per requirement, exposure, threads, braid index, potential, flight risk, readyBy, braid pictures. */
export function CompareSuccessors({ plan, analysis, reviewId, roles, candidates, chosen, setChosen }: Props) {
  const [roleId, setRoleId] = useState<string>(() => roles.find((r) => chosen.some((id) => r.successors.some((s) => s.personId === id)))?.id ?? roles[0]?.id ?? '');
  const running = useReportJob((s) => s.running);
  const comparison = useMemo(() => compareSuccessors(plan, analysis, chosen, roleId || null), [plan, analysis, chosen, roleId]);
  const available = candidates.filter((p) => !chosen.includes(p.id));
  const threadNames = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const domainNames = new Map(plan.framework.domains.map((d) => [d.id, d.name]));
  const role = comparison.role;
  const cells = (render: (p: ComparedPerson) => React.ReactNode) => comparison.people.map((p) => <td key={p.person.id}>{render(p)}</td>);

  return (
    <div className="compare">
      <div className="compare-toolbar">
        <SelectField label="Against the role" value={roleId} onChange={setRoleId} options={[{ value: '', label: 'No role' }, ...roles.map((r) => ({ value: r.id, label: r.title }))]} />
        <PersonPicker
          label="Add a person"
          people={available}
          value={null}
          disabled={chosen.length >= COMPARE_MAX}
          placeholder={chosen.length >= COMPARE_MAX ? `At most ${COMPARE_MAX} people` : undefined}
          onChange={(personId) => {
            if (personId) setChosen([...chosen, personId]);
          }}
        />
        <span className="spacer" />
        <button
          type="button"
          className="button"
          disabled={chosen.length < COMPARE_MIN || running !== null}
          onClick={() => void exportReportPdf({ report: 'review-compare', reviewId, personIds: [...chosen], ...(roleId ? { roleId } : {}) })}
        >
          {running ? 'Making PDF…' : 'Print comparison (PDF)'}
        </button>
      </div>
      {chosen.length < COMPARE_MIN && (
        <p className="muted">
          Choose {COMPARE_MIN}–{COMPARE_MAX} people: tick <em>Compare</em> on a slate, select them on the 9-box, or add them here.
        </p>
      )}
      {comparison.people.length > 0 && (
        <table className="compare-table">
          <caption className="visually-hidden">Successors side by side{role ? ` for ${role.title}` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Measure</span>
              </th>
              {comparison.people.map((p) => (
                <th scope="col" key={p.person.id}>
                  {p.person.name}
                  <span className="sub">{p.person.title}</span>
                  <button type="button" className="button small" onClick={() => setChosen(chosen.filter((id) => id !== p.person.id))} aria-label={`Remove ${p.person.name} from the comparison`}>
                    Remove
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {role && (
              <tr>
                <th scope="row">Fit for {role.title}</th>
                {cells((p) => (p.fit === null ? '—' : `${Math.round(p.fit * 100)} %`))}
              </tr>
            )}
            {role &&
              (comparison.people[0]?.items ?? []).map((item, i) => (
                <tr key={`item-${i}`}>
                  <th scope="row" className="indent">
                    {item.kind === 'thread' ? `${threadNames.get(item.threadId!) ?? item.threadId} ≥ ${item.required}` : `${item.kind === 'frontMonths' ? 'Client-facing' : 'Technical'} ≥ ${item.required} months`}
                  </th>
                  {cells((p) => {
                    const own = p.items[i];
                    if (!own) return '—';
                    const actual = own.kind === 'thread' ? (own.actual === 0 ? 'unassessed' : String(own.actual)) : months(own.actual);
                    return <span className={own.met ? 'met' : 'unmet'}>{own.met ? '✓ ' : '✗ '}{actual}</span>;
                  })}
                </tr>
              ))}
            <tr>
              <th scope="row">Client-facing time</th>
              {cells((p) => months(p.front))}
            </tr>
            <tr>
              <th scope="row">Technical time</th>
              {cells((p) => months(p.back))}
            </tr>
            {comparison.domainIds.map((d) => (
              <tr key={d}>
                <th scope="row" className="indent">
                  {domainNames.get(d) ?? d}
                </th>
                {cells((p) => (p.byDomain[d] ? months(p.byDomain[d]) : '—'))}
              </tr>
            ))}
            {plan.framework.threads.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                {cells((p) => {
                  const level = p.threads.find((l) => l.threadId === t.id);
                  return level && level.level > 0 ? `${level.level} ${PROFICIENCY_LABELS[level.level - 1]}${level.date ? `, ${formatDay(level.date)}` : ''}` : 'unassessed';
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">Braid index</th>
              {cells((p) => p.braidIndex)}
            </tr>
            <tr>
              <th scope="row">Performance</th>
              {cells((p) => p.performance ?? 'not rated')}
            </tr>
            <tr>
              <th scope="row">Potential</th>
              {cells((p) => (p.potential ? RISK[p.potential] : 'not rated'))}
            </tr>
            <tr>
              <th scope="row">Flight risk</th>
              {cells((p) => (p.flightRisk ? RISK[p.flightRisk] : 'not rated'))}
            </tr>
            {role && (
              <tr>
                <th scope="row">Ready by{role.expectedVacancy ? ` (vacancy ${formatDay(role.expectedVacancy)})` : ''}</th>
                {cells((p) => (p.standing === undefined ? 'not on its slate' : successorReadinessWords(p.standing, analysis.asOf, role.expectedVacancy, plan.framework.threads)))}
              </tr>
            )}
          </tbody>
        </table>
      )}
      <div className="compare-braids">
        {comparison.people.map((p) => (
          <figure key={p.person.id}>
            <figcaption>
              <PersonLabel person={p.person} />
            </figcaption>
            <div
              className="compare-braid-svg"
              // braidPictureSvg escapes every text it writes.
              dangerouslySetInnerHTML={{
                __html: braidPictureSvg(plan, analysis, p.person.id, { width: 960, height: 150, colors: SCREEN_COLORS, fontFamily: 'inherit', idPrefix: `compare-braid-${p.person.id}`, ...SCREEN_DATES }),
              }}
            />
          </figure>
        ))}
      </div>
    </div>
  );
}
