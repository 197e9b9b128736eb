import { memo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { actionsTop, BAR_HEIGHT, LABEL_WIDTH, LANE_PADDING, ROW_HEIGHT } from './lane-geometry';
import { LaneActionMark } from './LaneActionMark';
import type { Lane } from './planner-lanes';
import { usePlanner } from './planner-context';
import { drawnRange, type DateRange } from '../../../shared/domain/time/date-range';
import { RotationBar } from './RotationBar';
import { dateLabel, dayAtX, dayIndexOf, isoOfDayIndex, spanGeometry } from './timeline-scale';
import { CapacityButton } from '../scenarios';

interface Props {
  lane: Lane;
  top: number;
  height: number;
  /** The days on screen (with a margin): only bars touching them are rendered. */
  fromDay: number;
  toDay: number;
  highlighted: boolean;
}

/** A host's or a person's row: its label, its capacity slots, its over-capacity runs and its bars. */
export const TimelineLane = memo(function TimelineLane({ lane, top, height, fromDay, toDay, highlighted }: Props) {
  const planner = usePlanner();
  const { scale, flags, selectedId, highlightedIds } = planner;
  const overloaded = lane.overCapacity.length > 0;
  const drawing = useDrawing(lane);

  return (
    <div className={`lane lane-${lane.kind}${highlighted ? ' highlighted' : ''}${overloaded ? ' overloaded' : ''}`} style={{ top, height, width: LABEL_WIDTH + scale.width }} data-lane={lane.key} role="listitem">
      <div className="lane-label" style={{ width: LABEL_WIDTH, height }}>
        <span className="lane-title-row">
          <span className={`lane-title side-${lane.side ?? 'none'}`} title={lane.title}>
            {lane.title}
          </span>
          {lane.capacity !== null && (
            <span className={`capacity-chip${overloaded ? ' over' : ''}`} title={`Capacity: ${lane.capacity} ${lane.capacity === 1 ? 'rotation' : 'rotations'} at once`}>
              {lane.capacity} {lane.capacity === 1 ? 'slot' : 'slots'}
            </span>
          )}
          {lane.linear && <span className="capacity-chip">Linear</span>}
          {lane.kind === 'host' && lane.capacity !== null && <CapacityButton hostId={lane.key.replace(/^host:/, '')} className="capacity-what-if link-button" />}
        </span>
        <span className="lane-detail">{lane.detail}</span>
        {overloaded && (
          <span className="lane-alert">
            Over capacity {lane.overCapacity.length === 1 ? `from ${dateLabel(lane.overCapacity[0].from)}` : `${lane.overCapacity.length} times`}
          </span>
        )}
      </div>
      <div
        className="lane-track"
        style={{ left: LABEL_WIDTH, width: scale.width, height }}
        {...drawing.handlers}
      >
        {lane.capacity !== null &&
          Array.from({ length: lane.capacity }, (_, row) => (
            <div key={row} className="capacity-slot" style={{ top: LANE_PADDING + row * ROW_HEIGHT - 3, height: BAR_HEIGHT + 6 }} aria-hidden="true" />
          ))}
        {lane.overCapacity.map((run) => {
          if (run.toDay < fromDay || run.fromDay > toDay) return null;
          const { left, width } = spanGeometry(scale, run.fromDay, run.toDay, 3);
          return (
            <div
              key={run.flagId}
              className="over-capacity"
              style={{ left, width }}
              title={`Over capacity from ${dateLabel(run.from)} to ${dateLabel(run.to)}`}
              aria-hidden="true"
            />
          );
        })}
        {lane.bars.map((bar) =>
          bar.endDay < fromDay || bar.startDay > toDay ? null : (
            <RotationBar key={bar.rotation.id} bar={bar} flags={flags.ofRotation(bar.rotation.id)} selected={bar.rotation.id === selectedId} highlighted={highlightedIds.has(bar.rotation.id)} />
          ),
        )}
        {lane.actions.map((item) =>
          item.endDay < fromDay || item.startDay > toDay ? null : <LaneActionMark key={item.action.id} item={item} personId={lane.id} top={actionsTop(lane)} />,
        )}
        {drawing.ghost && <DrawnGhost range={drawing.ghost} />}
      </div>
    </div>
  );
});

function DrawnGhost({ range }: { range: DateRange }) {
  const { scale } = usePlanner();
  const { left, width } = spanGeometry(scale, dayIndexOf(scale, range.start), dayIndexOf(scale, range.end));
  return (
    <>
      <div className="rotation-ghost" style={{ left, width, top: LANE_PADDING, height: BAR_HEIGHT }} aria-hidden="true" />
      <div className="drag-tip" style={{ left, top: LANE_PADDING - 30 }} role="status">
        New rotation: {dateLabel(range.start)} → {dateLabel(range.end)}
      </div>
    </>
  );
}

/** Press on an empty part of a lane and drag: the snapped range becomes a new rotation's dates. */
function useDrawing(lane: Lane) {
  const planner = usePlanner();
  const [ghost, setGhost] = useState<DateRange | null>(null);
  const anchor = useRef<{ pointerId: number; day: number; x: number; moved: boolean } | null>(null);
  const defaultMonths = planner.policy.defaultRotationMonths;

  const dayOf = (event: ReactPointerEvent<HTMLElement>) =>
    dayAtX(planner.scale, event.clientX - event.currentTarget.getBoundingClientRect().left);
  const rangeOf = (event: ReactPointerEvent<HTMLElement>, from: number) =>
    drawnRange(isoOfDayIndex(planner.scale, from), isoOfDayIndex(planner.scale, dayOf(event)), planner.snap, defaultMonths);

  return {
    ghost,
    handlers: {
      onPointerDown(event: ReactPointerEvent<HTMLElement>) {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        anchor.current = { pointerId: event.pointerId, day: dayOf(event), x: event.clientX, moved: false };
      },
      onPointerMove(event: ReactPointerEvent<HTMLElement>) {
        const start = anchor.current;
        if (!start || start.pointerId !== event.pointerId) return;
        if (!start.moved && Math.abs(event.clientX - start.x) < 4) return;
        start.moved = true;
        const next = rangeOf(event, start.day);
        setGhost((current) => (current && current.start === next.start && current.end === next.end ? current : next));
      },
      onPointerUp(event: ReactPointerEvent<HTMLElement>) {
        const start = anchor.current;
        if (!start || start.pointerId !== event.pointerId) return;
        anchor.current = null;
        setGhost(null);
        const range = start.moved ? rangeOf(event, start.day) : drawnRange(isoOfDayIndex(planner.scale, start.day), isoOfDayIndex(planner.scale, start.day), planner.snap === 'day' ? 'day' : 'month', defaultMonths);
        planner.draft({ ...range, ...(lane.kind === 'host' ? { hostId: lane.id } : { personId: lane.id }) });
      },
      onPointerCancel() {
        anchor.current = null;
        setGhost(null);
      },
    },
  };
}
