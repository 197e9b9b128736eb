import { useId, useMemo, useState } from 'react';
import type { NineBoxBand, PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Plan, Side } from '../../../shared/domain/plan/schema';
import { PersonLabel } from '../../components/PersonLabel';
import { useBraid } from '../../store';
import { nineBoxCells, type NineBoxFilter, type NineBoxPopulation } from './nine-box';
import { SelectField } from '../../components/SelectField';
import { SIDE_FILTER_OPTIONS } from '../../components/select-options';
import { CellHeading, cellBands, NineBoxFrame } from '../../components/NineBoxFrame';

const SHOWN_PER_CELL = 8;

/** People rated on performance but not potential have no cell: their bands are shown beside the grid. */
function PerformanceOnly({ counts }: { counts: Record<NineBoxBand, number> }) {
  const total = counts.high + counts.medium + counts.low;
  if (!total) return null;
  return (
    <span className="muted nine-box-performance-only">
      Performance only, potential not rated: {total} ({counts.high} high · {counts.medium} medium · {counts.low} low)
    </span>
  );
}

/** Performance × potential of the successors (or everyone): each cell with its count and its people. */
export function NineBoxGrid({ plan, analysis }: { plan: Plan; analysis: PlanAnalysis }) {
  const navigate = useBraid((s) => s.navigate);
  const id = useId();
  const [filter, setFilter] = useState<NineBoxFilter>({ population: 'successors', domain: '', side: '' });
  const { cells, unrated, performanceOnly, total } = useMemo(() => nineBoxCells(plan, analysis, filter), [plan, analysis, filter]);
  const domains = plan.framework.domains.filter((d) => !filter.side || d.side === filter.side);

  return (
    <section className="nine-box" aria-labelledby={`${id}-title`}>
      <div className="nine-box-toolbar">
        <h2 id={`${id}-title`}>9-box</h2>
        <SelectField<NineBoxPopulation>
          label="Who"
          value={filter.population}
          onChange={(population) => setFilter({ ...filter, population })}
          options={[
            { value: 'successors', label: 'Successors on a slate' },
            { value: 'everyone', label: 'Everyone' },
          ]}
        />
        <SelectField<Side | ''>
          label="Side"
          value={filter.side}
          onChange={(side) => setFilter({ ...filter, side, domain: '' })}
          options={SIDE_FILTER_OPTIONS}
        />
        <SelectField
          label="Home domain"
          value={filter.domain}
          onChange={(domain) => setFilter({ ...filter, domain })}
          options={[{ value: '', label: 'All domains' }, ...domains.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <span className="muted">
          {total - unrated} placed{unrated > 0 && ` · ${unrated} not rated on both axes`}
        </span>
        <PerformanceOnly counts={performanceOnly} />
      </div>
      <NineBoxFrame className="nine-box-grid" label="9-box cells, high potential first">
        {cells.map((cell) => {
          const hidden = cell.people.length - SHOWN_PER_CELL;
          return (
            <div key={`${cell.potential}/${cell.performance}`} role="listitem" className={`nine-box-cell pot-${cell.potential} perf-${cell.performance}`} aria-label={`${cellBands(cell)}, ${cell.people.length} ${cell.people.length === 1 ? 'person' : 'people'}`}>
              <CellHeading cell={cell} count={cell.people.length} />
              <ul className="cell-people">
                {cell.people.slice(0, SHOWN_PER_CELL).map((person) => (
                  <li key={person.id}>
                    <button type="button" className="link-button" onClick={() => navigate({ screen: 'profile', personId: person.id })}>
                      <PersonLabel person={person} />
                    </button>
                  </li>
                ))}
                {hidden > 0 && <li className="muted">and {hidden} more</li>}
              </ul>
            </div>
          );
        })}
      </NineBoxFrame>
    </section>
  );
}
