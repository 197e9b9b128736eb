import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Plan, Readiness, Role } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { rankCandidates } from './candidate-ranking';
import { READINESS_ORDER, SLATE_COLUMNS } from './readiness';

interface Props {
  role: Role;
  analysed: Plan;
  analysis: PlanAnalysis;
  close(): void;
}

/** Finds people for a role's slate, ranked as DOMAIN §8.3 with the reasons, and nominates one in a click at the chosen readiness. */
export function NominatePanel({ role, analysed, analysis, close }: Props) {
  const edit = useBraid((s) => s.edit);
  const id = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const domains = useMemo(() => new Map(analysed.framework.domains.map((d) => [d.id, d.name])), [analysed.framework.domains]);
  // Ranked against the live slate, so that someone just nominated leaves the list at once.
  const ranked = useMemo(() => rankCandidates(analysed, analysis, role, deferredQuery, 8), [analysed, analysis, role, deferredQuery]);

  const nominate = (personId: string, readiness: Readiness) => void edit('successor:nominate', { roleId: role.id, personId, readiness, emergency: false });

  return (
    <div className="nominate" role="group" aria-labelledby={`${id}-title`}>
      <div className="nominate-head">
        <label htmlFor={`${id}-search`} id={`${id}-title`}>
          Nominate a successor for {role.title}
        </label>
        <button type="button" className="button small" onClick={close}>
          Done
        </button>
      </div>
      <input id={`${id}-search`} type="search" placeholder="Search by name, title or domain — best fit first" value={query} onChange={(event) => setQuery(event.target.value)} autoFocus />
      {ranked.length === 0 ? (
        <p className="muted">{query ? `No one matches “${query}”.` : 'Everyone eligible is already on the slate.'}</p>
      ) : (
        <ol className="candidates" aria-label="Candidates, best fit first">
          {ranked.map(({ person, fit, braidIndex, reasons }) => (
            <li key={person.id} className="candidate">
              <div className="candidate-who">
                <strong>{person.name}</strong>
                <span className="muted">
                  {person.title} · {domains.get(person.homeDomain) ?? person.homeDomain}
                </span>
                <span className="candidate-reasons">{reasons.slice(1).join(' · ')}</span>
              </div>
              <span className="candidate-fit" title={`${fit.gaps.length} gap${fit.gaps.length === 1 ? '' : 's'}`}>
                Fit {Math.round(fit.fit * 100)}%
              </span>
              <span className="candidate-braid">Braid {braidIndex}</span>
              <span className="candidate-actions" role="group" aria-label={`Nominate ${person.name} as`}>
                {READINESS_ORDER.map((readiness) => (
                  <button key={readiness} type="button" className={`button small${readiness === 'ready-now' && fit.fit === 1 ? ' primary' : ''}`} onClick={() => nominate(person.id, readiness)} aria-label={`Nominate ${person.name}: ${SLATE_COLUMNS[readiness]}`}>
                    {SLATE_COLUMNS[readiness]}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
