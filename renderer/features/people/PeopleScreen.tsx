import { useMemo, useState } from 'react';
import { useBraid } from '../../store';
import { usePlanAnalysis } from '../../store/analysis';
import { filterRoster, rosterRowsOf, sortRoster } from './roster';
import { usePeopleView } from './people-view';
import { RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { PersonFormDialog } from './PersonFormDialog';
import { ExportMenu, ImportButton } from '../import';
import './people.css';

export default function PeopleScreen() {
  const { plan, analysis } = usePlanAnalysis();
  const navigate = useBraid((s) => s.navigate);
  const { filter, sort, activeId, setSort, setActiveId } = usePeopleView();
  const [adding, setAdding] = useState(false);

  const rows = useMemo(() => (plan && analysis ? rosterRowsOf(plan, analysis) : []), [plan, analysis]);
  // Sorting once per sort change and filtering the sorted list keeps typing in the search box cheap.
  const sorted = useMemo(() => sortRoster(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterRoster(sorted, filter), [sorted, filter]);
  const activeIndex = Math.max(0, activeId === null ? 0 : shown.findIndex((r) => r.id === activeId));
  if (!plan) return null;
  const total = rows.filter((r) => !r.archived || filter.showArchived).length;
  const open = (personId: string) => {
    setActiveId(personId);
    navigate({ screen: 'profile', personId });
  };

  return (
    <div className="people">
      <header className="people-header">
        <h1>People</h1>
        <p className="muted people-count" role="status" aria-live="polite">
          {shown.length === total ? `${total.toLocaleString()} people` : `${shown.length.toLocaleString()} of ${total.toLocaleString()} people`}
        </p>
        <span className="people-spacer" />
        <ImportButton target="people" label="Import…" />
        <ExportMenu />
        <button type="button" className="button primary" onClick={() => setAdding(true)}>
          Add person
        </button>
      </header>
      <RosterFilters domains={plan.framework.domains} />
      {shown.length === 0 ? (
        <p className="card people-empty">{rows.length === 0 ? 'No one on the roster yet. Add the first person.' : 'No one matches these filters.'}</p>
      ) : (
        <RosterTable
          rows={shown}
          sort={sort}
          onSort={setSort}
          activeIndex={activeIndex}
          onActiveIndex={(index) => setActiveId(shown[index]?.id ?? null)}
          onOpen={open}
        />
      )}
      <p className="muted people-keys">Tip: focus the table, move with ↑ ↓ Page Up/Down, press Enter to open a braid profile.</p>
      {adding && <PersonFormDialog personId={null} onClose={() => setAdding(false)} onSaved={(id) => open(id)} />}
    </div>
  );
}
