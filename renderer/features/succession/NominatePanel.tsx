import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Plan, Readiness, Role } from '../../../shared/domain/plan/schema';
import { Button, GridList, GridListItem, Input, SearchField } from 'react-aria-components';
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

  // React Aria's SearchField and GridList: one Tab stop for the whole list, ↑ ↓ from candidate to candidate,
  // Tab through the readiness buttons of the one in focus; screen readers hear "row 2 of 8" and its name.
  return (
    <div className="nominate" role="group" aria-labelledby={`${id}-title`}>
      <div className="nominate-head">
        <span id={`${id}-title`} className="nominate-title">
          Nominate a successor for {role.title}
        </span>
        <button type="button" className="button small" onClick={close}>
          Done
        </button>
      </div>
      <SearchField aria-labelledby={`${id}-title`} value={query} onChange={setQuery} autoFocus className="nominate-search">
        <Input placeholder="Search by name, title or domain — best fit first" />
      </SearchField>
      <GridList
        aria-label="Candidates, best fit first"
        className="candidates"
        items={ranked}
        keyboardNavigationBehavior="tab"
        renderEmptyState={() => <p className="muted">{query ? `No one matches “${query}”.` : 'Everyone eligible is already on the slate.'}</p>}
      >
        {({ person, fit, braidIndex, reasons }) => (
          <GridListItem id={person.id} textValue={`${person.name}, ${person.title}`} className="candidate">
            <div className="candidate-who">
              <strong>{person.name}</strong>
              <span className="muted">
                {person.title} · {domains.get(person.homeDomain) ?? person.homeDomain}
              </span>
              <span className="candidate-reasons">{reasons.slice(1).join(' · ')}</span>
            </div>
            <span className="candidate-fit">
              Fit {Math.round(fit.fit * 100)}%<span className="candidate-gaps">{gapsText(fit.gaps.length)}</span>
            </span>
            <span className="candidate-braid">Braid {braidIndex}</span>
            <span className="candidate-actions" role="group" aria-label={`Nominate ${person.name}, ${person.title}, as`}>
              {READINESS_ORDER.map((readiness) => (
                <Button
                  key={readiness}
                  className={`button small${readiness === 'ready-now' && fit.fit === 1 ? ' primary' : ''}`}
                  onPress={() => nominate(person.id, readiness)}
                  // The title tells namesakes apart (two Omar Haddads); the visible words end the name (WCAG 2.5.3).
                  aria-label={`Nominate ${person.name}, ${person.title}: ${SLATE_COLUMNS[readiness]}`}
                >
                  {SLATE_COLUMNS[readiness]}
                </Button>
              ))}
            </span>
          </GridListItem>
        )}
      </GridList>
    </div>
  );
}

const gapsText = (n: number) => (n === 0 ? 'no gaps' : `${n} gap${n === 1 ? '' : 's'}`);
