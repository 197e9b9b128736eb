import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { HEADER_HEIGHT, LABEL_WIDTH, laneHeight } from './lane-geometry';
import type { Lane } from './planner-lanes';
import { usePlanner } from './planner-context';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLane } from './TimelineLane';
import { axisTicks, dayIndexOf, epochDayOf, visibleDays, xOfDate } from './timeline-scale';

/** Where the planner should look: a rotation (scrolled to, then focused), a lane, or just a day. */
export interface TimelineTarget {
  /** Empty: stay on the same lanes. */
  laneKey: string;
  date: string;
  rotationId?: string;
  /** Changes each time the same target is asked for again. */
  nonce: number;
}

interface Props {
  lanes: Lane[];
  asOf: string;
  target: TimelineTarget | null;
  highlightedLane: string | null;
  asOfLabel: string;
}

/**
 * The scrolling timeline: lanes are virtualized vertically, and each lane renders only the bars
 * in the window of days on screen, so 5 000 rotations cost what a screenful costs.
 */
export function Timeline({ lanes, asOf, target, highlightedLane, asOfLabel }: Props) {
  const { scale, view, flags } = usePlanner();
  const scrollRef = useRef<HTMLDivElement>(null);
  const shownView = useRef(view);
  const [window, setWindow] = useState(() => visibleDays(scale, 0, 1600));
  // The day in the middle of the view (days since 2000-01-01), kept so that zooming — or the axis
  // growing to a rotation dragged past its end — keeps it in place.
  const centerDay = useRef<number | null>(null);

  const virtualizer = useVirtualizer({
    count: lanes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => laneHeight(lanes[index]),
    getItemKey: (index) => lanes[index].key,
    overscan: 6,
    scrollMargin: HEADER_HEIGHT,
  });
  useLayoutEffect(() => virtualizer.measure(), [lanes, virtualizer]);

  // Other lanes, other list: start it from the top (a target, if any, scrolls after this).
  useLayoutEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [view]);

  const updateWindow = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const trackWidth = el.clientWidth - LABEL_WIDTH;
    centerDay.current = epochDayOf(scale.originIso) + (el.scrollLeft + trackWidth / 2) / scale.pxPerDay;
    const next = visibleDays(scale, el.scrollLeft, trackWidth);
    setWindow((current) => (current.from === next.from && current.to === next.to ? current : next));
  }, [scale]);

  // On a zoom change, keep the same day in the middle; the first time, open on asOf.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const trackWidth = el.clientWidth - LABEL_WIDTH;
    const day = centerDay.current !== null ? centerDay.current - epochDayOf(scale.originIso) : dayIndexOf(scale, asOf) + trackWidth / 3 / scale.pxPerDay;
    el.scrollLeft = Math.max(0, day * scale.pxPerDay - trackWidth / 2);
    updateWindow();
  }, [scale, asOf, updateWindow]);

  useEffect(() => {
    if (!target) return;
    const el = scrollRef.current;
    if (!el) return;
    const index = lanes.findIndex((lane) => lane.key === target.laneKey);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
    el.scrollLeft = Math.max(0, xOfDate(scale, target.date) - (target.rotationId ? 120 : (el.clientWidth - LABEL_WIDTH) / 3));
    updateWindow();
    if (!target.rotationId) return;
    // The bar appears once the virtualizer and the day window have caught up with the scroll.
    let tries = 0;
    let frame = requestAnimationFrame(function focusBar() {
      const bar = el.querySelector<HTMLElement>(`[data-rotation-id="${CSS.escape(target.rotationId!)}"]`);
      if (bar) bar.focus({ preventScroll: true });
      else if (++tries < 30) frame = requestAnimationFrame(focusBar);
    });
    return () => cancelAnimationFrame(frame);
    // Only a new target moves the view; lanes changing under it must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  const ticks = useMemo(() => axisTicks(scale), [scale]);
  const asOfX = xOfDate(scale, asOf);
  const gridLines = ticks.minor.filter((t) => t.x + t.width >= window.from * scale.pxPerDay && t.x <= window.to * scale.pxPerDay);
  const items = virtualizer.getVirtualItems();

  return (
    <div className="timeline" ref={scrollRef} onScroll={updateWindow} tabIndex={-1} data-analysis={flags.provisional ? 'provisional' : 'settled'}>
      <TimelineAxis asOfLabel={asOfLabel} ticks={ticks} width={scale.width} asOfX={asOfX} fromX={window.from * scale.pxPerDay} toX={window.to * scale.pxPerDay} />
      <div className="timeline-body" style={{ height: virtualizer.getTotalSize(), width: LABEL_WIDTH + scale.width }} role="list" aria-label="Planner lanes">
        <div className="timeline-grid" aria-hidden="true">
          {gridLines.map((tick) => (
            <div key={tick.x} className="grid-line" style={{ left: LABEL_WIDTH + tick.x }} />
          ))}
          <div className="as-of-line" style={{ left: LABEL_WIDTH + asOfX }} />
        </div>
        {items.map((item) => {
          const lane = lanes[item.index];
          return (
            <TimelineLane
              key={lane.key}
              lane={lane}
              top={item.start - HEADER_HEIGHT}
              height={item.size}
              fromDay={window.from}
              toDay={window.to}
              highlighted={lane.key === highlightedLane}
            />
          );
        })}
      </div>
    </div>
  );
}
