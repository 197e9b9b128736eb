import { FLAG_CODES } from '../../../shared/domain/analysis/types';
import type { Domain } from '../../../shared/domain/plan/schema';
import { FLAG_CODE_LABELS } from '../../navigation/flag-subject';
import { NINE_BOX_BANDS, NO_FILTER, type RosterFilter } from './roster';
import { usePeopleView } from './people-view';

const NINE_BOX_KEYS = NINE_BOX_BANDS.flatMap((potential) => NINE_BOX_BANDS.map((performance) => `${performance}-${potential}`));

export function RosterFilters({ domains }: { domains: Domain[] }) {
  const filter = usePeopleView((s) => s.filter);
  const setFilter = usePeopleView((s) => s.setFilter);
  const active = (Object.keys(NO_FILTER) as (keyof RosterFilter)[]).some((k) => k !== 'showArchived' && filter[k] !== NO_FILTER[k]);
  return (
    <div className="people-filters" role="search" aria-label="Filter people">
      <label className="people-search">
        Find
        <input
          type="search"
          placeholder="Name, title or id"
          value={filter.text}
          onChange={(e) => setFilter({ text: e.target.value })}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <label>
        Domain
        <select value={filter.domain} onChange={(e) => setFilter({ domain: e.target.value })}>
          <option value="">All domains</option>
          {domains.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Side
        <select value={filter.side} onChange={(e) => setFilter({ side: e.target.value as RosterFilter['side'] })}>
          <option value="">Both sides</option>
          <option value="front">Front</option>
          <option value="back">Back</option>
        </select>
      </label>
      <label>
        Track
        <select value={filter.track} onChange={(e) => setFilter({ track: e.target.value as RosterFilter['track'] })}>
          <option value="">Any track</option>
          <option value="braided">Braided</option>
          <option value="linear">Linear</option>
        </select>
      </label>
      <label>
        9-box
        <select value={filter.nineBox} onChange={(e) => setFilter({ nineBox: e.target.value })}>
          <option value="">Any cell</option>
          {NINE_BOX_KEYS.map((key) => (
            <option key={key} value={key}>
              {key.replace('-', ' perf · ')} pot
            </option>
          ))}
          <option value="none">Not rated</option>
        </select>
      </label>
      <label>
        Flag
        <select value={filter.flag} onChange={(e) => setFilter({ flag: e.target.value as RosterFilter['flag'] })}>
          <option value="">Any or none</option>
          <option value="any">Has a flag</option>
          <option value="none">No flags</option>
          {FLAG_CODES.map((code) => (
            <option key={code} value={code}>
              {FLAG_CODE_LABELS[code]}
            </option>
          ))}
        </select>
      </label>
      <label className="people-check">
        <input type="checkbox" checked={filter.showArchived} onChange={(e) => setFilter({ showArchived: e.target.checked })} />
        Show archived
      </label>
      {active && (
        <button type="button" className="button small" onClick={() => setFilter({ ...NO_FILTER, showArchived: filter.showArchived })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
