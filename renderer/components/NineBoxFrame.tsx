import type { ReactNode } from 'react';
import type { NineBoxBand } from '../../shared/domain/model';
import { BAND_LABELS } from '../../shared/domain/review/move-wording';

/** The 9-box's axes around its nine cells (the succession board's and the talent review's). */
export function NineBoxFrame({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    <div className="nine-box-frame">
      <div className="axis-y" aria-hidden="true">
        Potential →
      </div>
      <div className={className} role="list" aria-label={label}>
        {children}
      </div>
      <div className="axis-x" aria-hidden="true">
        Performance →
      </div>
    </div>
  );
}

interface Banded {
  name: string;
  potential: NineBoxBand;
  performance: NineBoxBand;
}

/** "Core player: Medium potential, High performance", the start of a cell's accessible name. */
export const cellBands = (cell: Banded): string => `${cell.name}: ${BAND_LABELS[cell.potential]} potential, ${BAND_LABELS[cell.performance]} performance`;

/** A cell's name and count, and the bands it stands for. */
export function CellHeading({ cell, count }: { cell: Banded; count: ReactNode }) {
  return (
    <>
      <div className="cell-head">
        <span className="cell-name">{cell.name}</span>
        <span className="cell-count">{count}</span>
      </div>
      <div className="cell-axes">
        {BAND_LABELS[cell.potential]} potential · {BAND_LABELS[cell.performance]} performance
      </div>
    </>
  );
}
