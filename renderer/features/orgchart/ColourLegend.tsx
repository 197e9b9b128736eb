import { COLOUR_BY, type ColourBy } from '../../../shared/domain/orgchart';

/** Choose what the colour says; each band is a swatch with its pattern, its name and what it means. */
export function ColourLegend({ value, onChange }: { value: ColourBy; onChange(by: ColourBy): void }) {
  return (
    <fieldset className="orgchart-legend">
      <legend>Colour by</legend>
      <div className="orgchart-legend-choices">
        {(Object.keys(COLOUR_BY) as ColourBy[]).map((by) => (
          <label key={by}>
            <input type="radio" name="orgchart-colour-by" value={by} checked={value === by} onChange={() => onChange(by)} /> {COLOUR_BY[by].label}
          </label>
        ))}
      </div>
      <ul className="orgchart-legend-bands" aria-label={`What the colours mean: ${COLOUR_BY[value].label}`}>
        {COLOUR_BY[value].bands.map((band) => (
          <li key={band.id}>
            <span className={`orgchart-swatch band-${value}-${band.id}`} aria-hidden="true" />
            <strong>{band.label}</strong> <span className="muted">— {band.meaning}</span>
          </li>
        ))}
      </ul>
      <p className="orgchart-bench-key">
        <span>Beside a critical role holder, the role’s bench:</span>
        <span className="orgchart-bench cover-ready-now" aria-hidden="true">
          <span className="now">n</span>
          <span className="soon">n</span>
          <span className="later">n</span>
        </span>
        <span>successors ready now · in 1–2 years · in 3–5 years, then its flags by severity.</span>
      </p>
    </fieldset>
  );
}
