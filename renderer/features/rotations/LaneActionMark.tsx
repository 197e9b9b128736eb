import { ACTION_KIND_LABELS } from '../../../shared/domain/plan/action-kinds';
import { ActionKindMark } from '../../components/ActionKindMark';
import { formatMonth } from '../../components/dates';
import { RouteLink } from '../../navigation/RouteLink';
import { ACTION_ROW_HEIGHT } from './lane-geometry';
import { usePlanner } from './planner-context';
import type { LaneAction } from './planner-actions';
import { spanGeometry } from './timeline-scale';

/**
 * A development action in a person's lane: its kind's mark and its title over its span. It links to the
 * profile, where actions are planned, completed and cancelled; it is not dragged like a rotation.
 */
export function LaneActionMark({ item, personId, top }: { item: LaneAction; personId: string; top: number }) {
  const { scale } = usePlanner();
  const { action } = item;
  const { left, width } = spanGeometry(scale, item.startDay, item.endDay, 14);
  const words = `${ACTION_KIND_LABELS[action.kind]}: ${action.title}, ${formatMonth(action.start)} – ${formatMonth(action.end)}, ${action.status}`;
  return (
    // A press here opens the profile; it must not start drawing a rotation on the lane behind it.
    <span className="lane-action-wrap" style={{ left, width, top: top + item.row * ACTION_ROW_HEIGHT }} onPointerDown={(event) => event.stopPropagation()}>
      <RouteLink route={{ screen: 'profile', personId }} className={`lane-action status-${action.status}`}>
        <ActionKindMark kind={action.kind} hollow={action.status === 'planned'} wordless />
        <span className="lane-action-title" title={words}>
          {action.title}
        </span>
        <span className="visually-hidden">
          {' '}
          ({ACTION_KIND_LABELS[action.kind]}, {formatMonth(action.start)} – {formatMonth(action.end)}, {action.status})
        </span>
      </RouteLink>
    </span>
  );
}
