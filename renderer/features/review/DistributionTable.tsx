import { useId } from 'react';
import { distributionOf, type CellKey, type LivePlacement, type Review } from '../../../shared/domain/review';
import { useBraid } from '../../store';
import { ColumnHeads } from '../../components/ColumnHeads';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Counts and shares per cell, now and as proposed, beside the ceiling the team set for each cell. */
export function DistributionTable({ review, placements, readOnly }: { review: Review; placements: LivePlacement[]; readOnly: boolean }) {
  const id = useId();
  const edit = useBraid((s) => s.edit);
  const guideline = (review.guideline ?? {}) as Partial<Record<CellKey, number>>;
  const now = distributionOf(placements, 'current', guideline);
  const proposed = distributionOf(placements, 'proposed', guideline);

  const setCeiling = (key: CellKey, text: string) => {
    const value = text.trim() === '' ? null : Number(text);
    if (value !== null && (!Number.isFinite(value) || value < 0 || value > 100)) return;
    const next: Record<string, number> = { ...guideline } as Record<string, number>;
    if (value === null) delete next[key];
    else next[key] = value;
    if (next[key] === guideline[key]) return;
    void edit('review:update', { reviewId: review.id, guideline: next });
  };

  return (
    <section className="distribution" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Distribution</h2>
      <p className="muted">
        Of {now.placed} people placed now ({proposed.placed} as proposed). Set a ceiling per cell to see when a team has everyone in the top boxes.
      </p>
      <table className="distribution-table">
        <ColumnHeads columns={['Cell', 'Now', 'Proposed', 'Guideline (at most)']} />
        <tbody>
          {now.cells.map((cell, i) => {
            const after = proposed.cells[i];
            return (
              <tr key={cell.key} className={after.overGuideline ? 'over' : undefined}>
                <th scope="row">{cell.name}</th>
                <td>
                  {cell.count} · {percent(cell.share)}
                </td>
                <td>
                  {after.count} · {percent(after.share)}
                  {after.overGuideline && <span className="badge warning"> above guideline</span>}
                </td>
                <td>
                  {readOnly ? (
                    guideline[cell.key] === undefined ? '—' : `${guideline[cell.key]} %`
                  ) : (
                    <input
                      type="number"
                      min={0}
                      max={100}
                      step={1}
                      className="guideline-input"
                      aria-label={`Guideline for ${cell.name}, percent at most`}
                      defaultValue={guideline[cell.key] ?? ''}
                      key={`${cell.key}-${guideline[cell.key] ?? ''}`}
                      onBlur={(e) => setCeiling(cell.key, e.target.value)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') setCeiling(cell.key, e.currentTarget.value);
                      }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
