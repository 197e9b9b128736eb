import { useCallback, useEffect, useRef, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { BoxFacts, ChartRow, ColourBy } from '../../../shared/domain/orgchart';
import { OrgChartBox } from './OrgChartBox';

/** A box's row at zoom 1, and how far each level is indented. */
export const ROW_HEIGHT = 92;
const INDENT = 36;
const BOX_WIDTH = 300;
/** The box's margin-left in orgchart.css, so that the line reaches its edge. */
const BOX_MARGIN = 8;
export const ZOOMS = [0.5, 0.67, 0.8, 1, 1.25, 1.5];
const PAN_STEP = 120;

interface Props {
  rows: ChartRow[];
  facts: ReadonlyMap<string, BoxFacts>;
  nameDetail(personId: string): string | null;
  nameOf(personId: string): string;
  colourBy: ColourBy;
  activeId: string | null;
  zoom: number;
  leavers: ReadonlySet<string>;
  standIns: ReadonlySet<string>;
  label: string;
  onActive(personId: string): void;
  onToggle(personId: string, open: boolean): void;
  onOpen(personId: string): void;
  onZoom(step: 1 | -1 | 0): void;
}

/**
 * The chart as a WAI-ARIA tree laid out top-left to bottom-right: each level indented under its manager,
 * joined by lines. Only the rows in view are in the page (and the focused one, so the keyboard never
 * loses its place), so a 10 000-person line costs what a screenful does.
 */
export function OrgChartTree({ rows, facts, nameDetail, nameOf, colourBy, activeId, zoom, leavers, standIns, label, onActive, onToggle, onOpen, onZoom }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const activeIndex = Math.max(0, rows.findIndex((r) => r.personId === activeId));
  const focusWanted = useRef(false);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => ROW_HEIGHT * zoom,
    overscan: 6,
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const indexes = defaultRangeExtractor(range);
        return indexes.includes(activeIndex) ? indexes : [...indexes, activeIndex].sort((a, b) => a - b);
      },
      [activeIndex],
    ),
  });
  useEffect(() => virtualizer.measure(), [zoom, virtualizer]);

  // The active box is kept in view; after a key press it also takes the focus (a search hit does not steal it).
  useEffect(() => {
    if (!rows.length) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    if (!focusWanted.current) return;
    focusWanted.current = false;
    const id = rows[activeIndex].personId;
    requestAnimationFrame(() => document.getElementById(`orgchart-box-${id}`)?.focus({ preventScroll: true }));
  }, [activeIndex, rows, virtualizer]);

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    focusWanted.current = true;
    onActive(row.personId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, row: ChartRow) => {
    const index = rows.indexOf(row);
    const pan = (dx: number, dy: number) => viewport.current?.scrollBy({ left: dx, top: dy });
    if (event.shiftKey && event.key.startsWith('Arrow')) {
      const d = { ArrowLeft: [-PAN_STEP, 0], ArrowRight: [PAN_STEP, 0], ArrowUp: [0, -PAN_STEP], ArrowDown: [0, PAN_STEP] }[event.key]!;
      pan(d[0], d[1]);
    } else if (event.key === 'ArrowDown') moveTo(index + 1);
    else if (event.key === 'ArrowUp') moveTo(index - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(rows.length - 1);
    else if (event.key === 'ArrowRight') {
      if (row.reports > 0 && !row.expanded) onToggle(row.personId, true);
      else if (row.expanded) moveTo(index + 1);
    } else if (event.key === 'ArrowLeft') {
      if (row.expanded) onToggle(row.personId, false);
      else if (row.parentId) moveTo(rows.findIndex((r) => r.personId === row.parentId));
    } else if (event.key === 'Enter') onOpen(row.personId);
    else if (event.key === ' ' && row.reports > 0) onToggle(row.personId, !row.expanded);
    else if (event.key === '+' || event.key === '=') onZoom(1);
    else if (event.key === '-') onZoom(-1);
    else if (event.key === '0') onZoom(0);
    else return;
    event.preventDefault();
  };

  // Drag the background to pan; Ctrl+wheel zooms (the wheel alone scrolls, as everywhere else).
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || (event.target as HTMLElement).closest('.orgchart-box')) return;
    const el = viewport.current!;
    drag.current = { x: event.clientX, y: event.clientY, left: el.scrollLeft, top: el.scrollTop };
    el.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    viewport.current!.scrollTo({ left: drag.current.left - (event.clientX - drag.current.x), top: drag.current.top - (event.clientY - drag.current.y) });
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    if (!event.ctrlKey) return;
    event.preventDefault();
    onZoom(event.deltaY < 0 ? 1 : -1);
  };

  const deepest = rows.reduce((max, r) => Math.max(max, r.depth), 0);
  const width = (deepest * INDENT + BOX_WIDTH + 340) * zoom;
  return (
    <div
      ref={viewport}
      className={drag.current ? 'orgchart-viewport panning' : 'orgchart-viewport'}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onWheel={onWheel}
    >
      <div role="tree" aria-label={label} className="orgchart-tree" style={{ height: virtualizer.getTotalSize(), width }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const box = facts.get(row.personId);
          if (!box) return null;
          return (
            <div key={row.personId} className="orgchart-row" style={{ transform: `translateY(${item.start}px)`, height: item.size }}>
              <div className="orgchart-row-inner" style={{ zoom, paddingLeft: row.depth * INDENT }}>
                <Guides row={row} />
                <OrgChartBox
                  row={row}
                  facts={box}
                  nameDetail={nameDetail(row.personId)}
                  nameOf={nameOf}
                  colourBy={colourBy}
                  active={item.index === activeIndex}
                  leaver={leavers.has(row.personId)}
                  standIn={standIns.has(row.personId)}
                  onToggle={(r) => onToggle(r.personId, !r.expanded)}
                  onActivate={onActive}
                  onKeyDown={onKeyDown}
                />
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The lines joining a box to its manager, and those passing by to a later sibling of an ancestor. */
function Guides({ row }: { row: ChartRow }) {
  if (row.depth === 0) return null;
  const last = row.position === row.siblings;
  return (
    <span aria-hidden="true">
      {row.guides.map((on, i) => (on ? <span key={i} className="orgchart-guide" style={{ left: i * INDENT + INDENT / 2 }} /> : null))}
      <span className={last ? 'orgchart-elbow last' : 'orgchart-elbow'} style={{ left: (row.depth - 1) * INDENT + INDENT / 2, width: INDENT / 2 + BOX_MARGIN }} />
    </span>
  );
}
