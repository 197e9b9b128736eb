import { createContext, useContext } from 'react';
import type { ResolvedPolicy } from '../../../shared/domain/plan/defaults';
import type { Rotation } from '../../../shared/domain/plan/schema';
import type { PlannerFlags } from '../../../shared/domain/analysis/flags-by-rotation';
import type { PlannerView } from './planner-lanes';
import type { DateRange, SnapUnit } from '../../../shared/domain/time/date-range';
import type { TimelineScale } from './timeline-scale';

/** A rotation about to be created: the lane it was drawn on says whose or where. */
export interface RotationDraft extends DateRange {
  personId?: string;
  hostId?: string;
}

/** What every lane and bar of the planner shares; changes only with zoom, snap, view or the plan. */
export interface Planner {
  scale: TimelineScale;
  snap: SnapUnit;
  view: PlannerView;
  policy: ResolvedPolicy;
  flags: PlannerFlags;
  selectedId: string | null;
  /** Rotations shown together because a flag names them together (both bars of an overlap). */
  highlightedIds: ReadonlySet<string>;
  open(rotationId: string): void;
  draft(draft: RotationDraft): void;
  /** Commits new dates as one undoable step. */
  move(rotation: Rotation, range: DateRange, how: 'drag' | 'key'): void;
}

export const PlannerContext = createContext<Planner | null>(null);

export function usePlanner(): Planner {
  const planner = useContext(PlannerContext);
  if (!planner) throw new Error('usePlanner outside the rotation planner');
  return planner;
}
