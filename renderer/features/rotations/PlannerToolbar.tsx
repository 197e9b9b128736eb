import type { PlannerView } from './planner-lanes';
import { SNAP_UNITS, type SnapUnit } from '../../../shared/domain/time/date-range';
import { ZOOMS, type Zoom } from './timeline-scale';
import { Hint } from '../../components/Hint';

export interface PlannerSettings {
  view: PlannerView;
  zoom: Zoom;
  snap: SnapUnit;
  query: string;
  showCancelled: boolean;
  everyone: boolean;
}

interface Props {
  settings: PlannerSettings;
  change(settings: Partial<PlannerSettings>): void;
  onToday(): void;
}

function Segmented<T extends string>({ name, legend, options, value, onChange }: { name: string; legend: string; options: { id: T; label: string }[]; value: T; onChange(value: T): void }) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className={value === option.id ? 'checked' : undefined}>
          <input type="radio" name={name} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

const VIEWS: { id: PlannerView; label: string }[] = [
  { id: 'host', label: 'By host' },
  { id: 'person', label: 'By person' },
];

export function PlannerToolbar({ settings, change, onToday }: Props) {
  return (
    <div className="planner-toolbar">
      <Segmented name="planner-view" legend="Lanes" options={VIEWS} value={settings.view} onChange={(view) => change({ view })} />
      <Segmented name="planner-zoom" legend="Zoom" options={ZOOMS} value={settings.zoom} onChange={(zoom) => change({ zoom })} />
      <Segmented name="planner-snap" legend="Snap to" options={SNAP_UNITS} value={settings.snap} onChange={(snap) => change({ snap })} />
      <label className="planner-search">
        <span className="visually-hidden">Find a {settings.view === 'host' ? 'host' : 'person'}</span>
        <input
          type="search"
          placeholder={settings.view === 'host' ? 'Find a host or domain…' : 'Find a person or domain…'}
          value={settings.query}
          onChange={(event) => change({ query: event.target.value })}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.showCancelled} onChange={(event) => change({ showCancelled: event.target.checked })} />
        Cancelled
      </label>
      {settings.view === 'person' && (
        <label className="check">
          <input type="checkbox" checked={settings.everyone} onChange={(event) => change({ everyone: event.target.checked })} />
          Everyone
        </label>
      )}
      <span className="spacer" />
      <Hint text="Scroll to today (the plan's as-of date)">
        <button className="button" onClick={onToday}>
          Today
        </button>
      </Hint>
    </div>
  );
}
