import type { Action, Plan } from '../../../shared/domain/plan/schema';
import { stackActions } from '../../../shared/report/braid-picture';
import { epochDayOf } from './timeline-scale';

/**
 * Development actions in the planner's person lanes (DOMAIN §9): under a person's rotations, one
 * thin row per set of actions running at once. Day numbers are relative to the scale's origin, as bars' are.
 */
export interface LaneAction {
  action: Action;
  startDay: number;
  endDay: number;
  row: number;
}

interface Built {
  actions: Plan['actions'];
  originIso: string;
  showCancelled: boolean;
  byPerson: Map<string, LaneAction[]>;
}
let built: Built | null = null;

/** Each person's actions, stacked; rebuilt only when the actions, the origin or the cancelled filter change. */
export function laneActionsByPerson(plan: Plan, originIso: string, showCancelled: boolean): Map<string, LaneAction[]> {
  if (built && built.actions === plan.actions && built.originIso === originIso && built.showCancelled === showCancelled) return built.byPerson;
  const origin = epochDayOf(originIso);
  const grouped = new Map<string, Action[]>();
  for (const action of plan.actions ?? []) {
    if (action.status === 'cancelled' && !showCancelled) continue;
    const list = grouped.get(action.personId);
    if (list) list.push(action);
    else grouped.set(action.personId, [action]);
  }
  const byPerson = new Map<string, LaneAction[]>();
  for (const [personId, actions] of grouped) {
    byPerson.set(
      personId,
      stackActions(actions).map(({ action, row }) => ({ action, row, startDay: epochDayOf(action.start) - origin, endDay: epochDayOf(action.end) - origin })),
    );
  }
  built = { actions: plan.actions, originIso, showCancelled, byPerson };
  return byPerson;
}

export const actionRowsOf = (actions: readonly LaneAction[]): number => actions.reduce((rows, a) => Math.max(rows, a.row + 1), 0);

/** Whether two builds of a lane's actions draw the same: same actions (objects), same rows. */
export const sameLaneActions = (a: readonly LaneAction[], b: readonly LaneAction[]): boolean =>
  a.length === b.length && a.every((x, i) => x.action === b[i].action && x.row === b[i].row && x.startDay === b[i].startDay);
