import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { draggedRange, sameRange, type DateRange, type DragMode, type SnapUnit } from '../../../shared/domain/time/date-range';

interface DragState {
  pointerId: number;
  mode: DragMode;
  startX: number;
  moved: boolean;
  original: DateRange;
}

/** Pixels a pointer may wander before a press becomes a drag (below it, a press is a click). */
const DRAG_THRESHOLD = 3;

/**
 * Dragging a bar: the new dates live in this component only while the pointer moves, and are
 * handed to `commit` once, on release — one undoable step per drop, and no plan (or analysis)
 * work while dragging.
 */
export function useBarDrag(options: {
  range: DateRange;
  pxPerDay: number;
  snap: SnapUnit;
  commit: (range: DateRange) => void;
  click: () => void;
}) {
  const [preview, setPreview] = useState<{ range: DateRange; mode: DragMode } | null>(null);
  const drag = useRef<DragState | null>(null);
  const latest = useRef<DateRange | null>(null);

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    // The lane behind starts a new rotation on press: this press is the bar's.
    event.stopPropagation();
    const edge = (event.target as HTMLElement).dataset.edge;
    const mode: DragMode = edge === 'start' || edge === 'end' ? edge : 'move';
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { pointerId: event.pointerId, mode, startX: event.clientX, moved: false, original: options.range };
    latest.current = null;
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const state = drag.current;
    if (!state || state.pointerId !== event.pointerId) return;
    const dx = event.clientX - state.startX;
    if (!state.moved && Math.abs(dx) < DRAG_THRESHOLD) return;
    state.moved = true;
    const next = draggedRange(state.original, state.mode, Math.round(dx / options.pxPerDay), options.snap);
    if (latest.current && sameRange(latest.current, next)) return;
    latest.current = next;
    setPreview({ range: next, mode: state.mode });
  };

  const finish = (event: ReactPointerEvent<HTMLElement>, keep: boolean) => {
    const state = drag.current;
    if (!state || state.pointerId !== event.pointerId) return;
    drag.current = null;
    setPreview(null);
    const final = latest.current;
    latest.current = null;
    if (!keep) return;
    if (!state.moved) options.click();
    else if (final && !sameRange(final, state.original)) options.commit(final);
  };

  return {
    preview,
    dragging: preview !== null,
    /** Escape while dragging puts the bar back. */
    cancel: () => {
      drag.current = null;
      latest.current = null;
      setPreview(null);
    },
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (event: ReactPointerEvent<HTMLElement>) => finish(event, true),
      onPointerCancel: (event: ReactPointerEvent<HTMLElement>) => finish(event, false),
    },
  };
}
