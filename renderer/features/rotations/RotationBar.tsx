import { flagMessage } from '../../components/flag-text';
import { memo, type KeyboardEvent } from 'react';
import type { Flag } from '../../../shared/domain/analysis/types';
import { monthsBetween } from '../../../shared/domain/time';
import type { LaneBar } from './planner-lanes';
import { usePlanner } from './planner-context';
import { flagLabel } from '../../../shared/domain/model';
import { flagNames, worstSeverity } from './rotation-flags';
import { resizeRangeEnd, shiftRange } from '../../../shared/domain/time/date-range';
import { dateLabel, dayIndexOf, spanGeometry } from './timeline-scale';
import { useBarDrag } from './useBarDrag';
import { BAR_HEIGHT, ROW_HEIGHT, LANE_PADDING } from './lane-geometry';

interface Props {
  bar: LaneBar;
  flags: readonly Flag[];
  selected: boolean;
  /** One of the rotations a flag named together: shown ringed until the user goes elsewhere. */
  highlighted?: boolean;
}

const STATUS_LABEL = { planned: 'planned', active: 'active', completed: 'completed', cancelled: 'cancelled' } as const;

function monthsText(start: string, end: string): string {
  const months = monthsBetween(start, end);
  const rounded = Math.round(months * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'month' : 'months'}`;
}

/**
 * One rotation on the timeline: drag the middle to move it, an edge to resize it; on the keyboard
 * arrows move it by the snap unit, shift+arrows move its end, Enter opens its details.
 * Its flags show as a marker and explain themselves on hover and on focus.
 */
export const RotationBar = memo(function RotationBar({ bar, flags, selected, highlighted = false }: Props) {
  const planner = usePlanner();
  const { scale, snap, policy } = planner;
  const { rotation } = bar;
  const range = { start: rotation.start, end: rotation.end };
  const { preview, dragging, cancel, handlers } = useBarDrag({
    range,
    pxPerDay: scale.pxPerDay,
    snap,
    commit: (next) => planner.move(rotation, next, 'drag'),
    click: () => planner.open(rotation.id),
  });

  const shown = preview?.range ?? range;
  const startDay = preview ? dayIndexOf(scale, shown.start) : bar.startDay;
  const endDay = preview ? dayIndexOf(scale, shown.end) : bar.endDay;
  const { left, width } = spanGeometry(scale, startDay, endDay);
  const severity = worstSeverity(flags);
  const tipId = `rotation-tip-${rotation.id}`;
  const months = monthsBetween(shown.start, shown.end);
  const outOfPolicy = months < policy.minRotationMonths || months > policy.maxRotationMonths;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && dragging) {
      cancel();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      planner.open(rotation.id);
      return;
    }
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const steps = event.key === 'ArrowLeft' ? -1 : 1;
    const next = event.shiftKey ? resizeRangeEnd(range, snap, steps) : shiftRange(range, snap, steps);
    if (next.start !== range.start || next.end !== range.end) planner.move(rotation, next, 'key');
  };

  const className = [
    'rotation-bar',
    `side-${bar.side ?? 'none'}`,
    `status-${rotation.status}`,
    severity ? `flagged-${severity}` : '',
    selected ? 'selected' : '',
    highlighted ? 'highlighted' : '',
    dragging ? 'dragging' : '',
    width < 40 ? 'narrow' : '',
  ].join(' ');

  return (
    <>
      <div
        className={className}
        style={{ left, width, top: LANE_PADDING + bar.row * ROW_HEIGHT, height: BAR_HEIGHT }}
        role="button"
        tabIndex={0}
        data-rotation-id={rotation.id}
        data-highlighted={highlighted || undefined}
        data-flag-codes={flags.map((f) => f.code).join(' ')}
        aria-label={`${bar.label}, ${dateLabel(rotation.start)} to ${dateLabel(rotation.end)}, ${STATUS_LABEL[rotation.status]}${flags.length ? `, ${flags.length} ${flags.length === 1 ? 'flag' : 'flags'}: ${flagNames(flags)}` : ''}${highlighted ? ', highlighted' : ''}`}
        aria-describedby={tipId}
        aria-current={selected ? 'true' : undefined}
        onKeyDown={onKeyDown}
        {...handlers}
      >
        <span className="bar-edge start" data-edge="start" aria-hidden="true" />
        <span className="bar-content">
          {severity && (
            <span className={`flag-marker ${severity}`} aria-hidden="true">
              {flags.length > 1 ? flags.length : '!'}
            </span>
          )}
          <span className="bar-label">{bar.label}</span>
        </span>
        <span className="bar-edge end" data-edge="end" aria-hidden="true" />
      </div>
      <div id={tipId} role="tooltip" className="bar-tip" style={{ left: Math.max(0, left), top: LANE_PADDING + (bar.row + 1) * ROW_HEIGHT }}>
        <strong>{bar.label}</strong> · {dateLabel(rotation.start)} – {dateLabel(rotation.end)} · {monthsText(rotation.start, rotation.end)} · {STATUS_LABEL[rotation.status]}
        {flags.length > 0 && (
          <ul>
            {flags.map((flag) => (
              <li key={flag.id} className={flag.severity}>
                <strong>{flagLabel(flag.code)}:</strong> {flagMessage(flag)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {preview && (
        <div className={`drag-tip${outOfPolicy ? ' out-of-policy' : ''}`} style={{ left, top: LANE_PADDING + bar.row * ROW_HEIGHT - 30 }} role="status">
          {dateLabel(shown.start)} → {dateLabel(shown.end)} · {monthsText(shown.start, shown.end)}
          {outOfPolicy && (months < policy.minRotationMonths ? ` · under the ${policy.minRotationMonths}-month minimum` : ` · over the ${policy.maxRotationMonths}-month maximum`)}
        </div>
      )}
    </>
  );
});
