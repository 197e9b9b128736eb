import type { Lane } from './planner-lanes';

/** Vertical rhythm of the planner, shared by lanes, bars and the virtualizer. */
export const BAR_HEIGHT = 22;
export const ROW_HEIGHT = 28;
export const LANE_PADDING = 8;
export const LABEL_WIDTH = 264;
export const HEADER_HEIGHT = 52;
const LABEL_LINE = 17;

/** As many rows as the lane needs, and never less than its label's lines (name, detail, an alert). */
export function laneHeight(lane: Lane): number {
  const lines = lane.overCapacity.length > 0 ? 3 : 2;
  return Math.max(12 + lines * LABEL_LINE, lane.rows * ROW_HEIGHT + 2 * LANE_PADDING - (ROW_HEIGHT - BAR_HEIGHT));
}
