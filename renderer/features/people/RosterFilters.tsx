import { memo } from 'react';
import { FLAG_CODES } from '../../../shared/domain/analysis/types';
import type { Domain } from '../../../shared/domain/plan/schema';
import { flagLabel } from '../../../shared/domain/model';
import { NINE_BOX_BANDS, NO_FILTER, type RosterFilter } from './roster';
import { usePeopleView } from './people-view';
import { SelectField } from '../../components/SelectField';
import { SIDE_FILTER_OPTIONS } from '../../components/select-options';

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
      <RosterSelects domains={domains} />
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

/**
 * The five selects, apart from the text field: a keystroke in Find re-renders none of them (each builds its
 * option list), so typing stays as fast on 10 000 people as it was with native selects.
 */
const RosterSelects = memo(function RosterSelects({ domains }: { domains: Domain[] }) {
  const domain = usePeopleView((s) => s.filter.domain);
  const side = usePeopleView((s) => s.filter.side);
  const track = usePeopleView((s) => s.filter.track);
  const nineBox = usePeopleView((s) => s.filter.nineBox);
  const flag = usePeopleView((s) => s.filter.flag);
  const setFilter = usePeopleView((s) => s.setFilter);
  return (
    <>
      <SelectField label="Domain" value={domain} onChange={(domain) => setFilter({ domain })} options={[{ value: '', label: 'All domains' }, ...domains.map((d) => ({ value: d.id, label: d.name }))]} />
      <SelectField<RosterFilter['side']>
        label="Side"
        value={side}
        onChange={(side) => setFilter({ side })}
        options={SIDE_FILTER_OPTIONS}
      />
      <SelectField<RosterFilter['track']>
        label="Track"
        value={track}
        onChange={(track) => setFilter({ track })}
        options={[
          { value: '', label: 'Any track' },
          { value: 'braided', label: 'Braided' },
          { value: 'linear', label: 'Linear' },
        ]}
      />
      <SelectField
        label="9-box"
        value={nineBox}
        onChange={(nineBox) => setFilter({ nineBox })}
        options={[{ value: '', label: 'Any cell' }, ...NINE_BOX_KEYS.map((key) => ({ value: key, label: `${key.replace('-', ' perf · ')} pot` })), { value: 'none', label: 'Not rated' }]}
      />
      <SelectField<RosterFilter['flag']>
        label="Flag"
        value={flag}
        onChange={(flag) => setFilter({ flag })}
        options={[
          { value: '', label: 'Any or none' },
          { value: 'any', label: 'Has a flag' },
          { value: 'none', label: 'No flags' },
          ...FLAG_CODES.map((code) => ({ value: code, label: flagLabel(code) })),
        ]}
      />
    </>
  );
});
