import type { Lane } from './planner-lanes';
import { actionRowsOf } from './planner-actions';

/** Vertical rhythm of the planner, shared by lanes, bars and the virtualizer. */
export const BAR_HEIGHT = 22;
export const ROW_HEIGHT = 28;
export const LANE_PADDING = 8;
export const LABEL_WIDTH = 264;
export const HEADER_HEIGHT = 52;
/** A row of development actions under a person's rotations: a thin mark, not a bar to drag. */
export const ACTION_ROW_HEIGHT = 18;
const LABEL_LINE = 17;

/** As many rows as the lane needs (rotations, then actions), and never less than its label's lines (name, detail, an alert). */
export function laneHeight(lane: Lane): number {
  const lines = lane.overCapacity.length > 0 ? 3 : 2;
  const actions = actionRowsOf(lane.actions) * ACTION_ROW_HEIGHT;
  return Math.max(12 + lines * LABEL_LINE, lane.rows * ROW_HEIGHT + 2 * LANE_PADDING - (ROW_HEIGHT - BAR_HEIGHT) + actions);
}

/** Where a lane's actions begin: under its rotation rows. */
export const actionsTop = (lane: Lane): number => LANE_PADDING + lane.rows * ROW_HEIGHT - 2;
