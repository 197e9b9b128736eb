import { performanceBand } from '../../../shared/domain/threads';
import { nineBoxLabel, nineBoxLongLabel, type RosterRow } from './roster';

/**
 * A person's 9-box in the roster: both bands when both are rated; the performance band alone
 * when only performance is (imports often bring ratings without potential), so an imported
 * rating shows at once instead of "not rated".
 */
export function NineBoxCell({ row }: { row: Pick<RosterRow, 'nineBox' | 'performance'> }) {
  if (row.nineBox) return <span title={nineBoxLongLabel(row.nineBox)}>{nineBoxLabel(row.nineBox)}</span>;
  if (row.performance !== null) {
    const band = performanceBand(row.performance);
    return <span title={`Performance ${row.performance} (${band}); potential not rated yet`}>{band} / —</span>;
  }
  return <span className="muted">not rated</span>;
}
