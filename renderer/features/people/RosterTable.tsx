import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { RouteLink } from '../../navigation/RouteLink';
import { NineBoxCell } from './NineBoxCell';
import { type RosterColumn, type RosterRow, type RosterSort } from './roster';
import { LeavesOnButton } from '../scenarios';

const ROW_HEIGHT = 36;
// Whole months in the roster: the profile shows the decimals.
const months = (value: number | null) => (value === null ? '—' : String(Math.round(value)));
const column = createColumnHelper<RosterRow>();

const COLUMNS = [
  column.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <span className={c.row.original.placeholder ? 'people-name people-name-placeholder' : 'people-name'}>
        <RouteLink route={{ screen: 'profile', personId: c.row.original.id }} tabIndex={-1}>
          {c.getValue() || c.row.original.id}
        </RouteLink>
        {c.row.original.archived && <span className="badge people-archived">archived</span>}
        {c.row.original.placeholder && (
          <span className="badge info people-placeholder" title="A placeholder name: imported from a file without names. Edit the person to give the real name.">
            unnamed
          </span>
        )}
      </span>
    ),
  }),
  column.accessor('title', { header: 'Title' }),
  column.accessor('domainName', {
    header: 'Home domain',
    cell: (c) => (
      <>
        {c.row.original.side && <span className={`badge ${c.row.original.side} people-side`}>{c.row.original.side}</span>}
        {c.getValue()}
      </>
    ),
  }),
  column.accessor('track', { header: 'Track' }),
  column.accessor('nineBox', { header: '9-box perf / pot', cell: (c) => <NineBoxCell row={c.row.original} /> }),
  column.accessor('braidIndex', { header: 'Braid index', meta: { numeric: true }, cell: (c) => c.getValue() ?? '—' }),
  column.accessor('front', { header: 'Front months', meta: { numeric: true }, cell: (c) => months(c.getValue()) }),
  column.accessor('back', { header: 'Back months', meta: { numeric: true }, cell: (c) => months(c.getValue()) }),
  column.accessor('flagCount', {
    header: 'Flags',
    meta: { numeric: true },
    cell: (c) =>
      c.getValue() > 0 ? <span className={`badge ${c.row.original.worstSeverity ?? 'info'}`}>{c.getValue()}</span> : <span className="muted">0</span>,
  }),
  column.display({ id: 'whatIf', enableSorting: false, header: () => <span className="visually-hidden">What if</span>, cell: (c) => <LeavesOnButton personId={c.row.original.id} className="link-button" /> }),
];

interface Props {
  rows: RosterRow[];
  sort: RosterSort;
  onSort(sort: RosterSort): void;
  activeIndex: number;
  onActiveIndex(index: number): void;
  onOpen(personId: string): void;
}

/**
 * The roster as a grid: only the rows in view are in the page, so 10 000 people scroll and filter
 * without a stutter. Keyboard: arrows/Page/Home/End move the active row, Enter opens the profile.
 */
export function RosterTable({ rows, sort, onSort, activeIndex, onActiveIndex, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const sorting: SortingState = useMemo(() => [{ id: sort.column, desc: sort.descending }], [sort]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items.length ? items[0].index : 0;
  // The table is given only the rows in view: sorting and filtering are ours already, and building
  // table rows for all 10 000 people on every keystroke is what made typing lag.
  const visible = useMemo(() => rows.slice(first, first + items.length), [rows, first, items.length]);
  const table = useReactTable({
    data: visible,
    columns: COLUMNS,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (next[0]) onSort({ column: next[0].id as RosterColumn, descending: next[0].desc });
    },
    getCoreRowModel: getCoreRowModel(),
  });
  const tableRows = table.getRowModel().rows;

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < rows.length) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, rows.length, virtualizer]);

  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = rows.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      if (last >= 0) onActiveIndex(Math.max(0, Math.min(last, moves[event.key])));
    } else if (event.key === 'Enter' && rows[activeIndex]) {
      event.preventDefault();
      onOpen(rows[activeIndex].id);
    }
  };

  return (
    <div className="people-scroller" ref={scroller}>
      <table
        className="people-table"
        role="grid"
        aria-label="People"
        aria-rowcount={rows.length + 1}
        aria-activedescendant={rows[activeIndex] ? `roster-row-${activeIndex}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          <col style={{ width: '17%' }} />
          <col style={{ width: '18%' }} />
          <col style={{ width: '19%' }} />
          <col style={{ width: '7%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '7%' }} />
          <col style={{ width: '7%' }} />
          <col style={{ width: '7%' }} />
          <col style={{ width: '6%' }} />
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const numeric = (header.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={numeric ? 'numeric' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button type="button" className="people-sort" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span className="people-sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" className="people-pad">
              <td colSpan={COLUMNS.length} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index - first];
            if (!row) return null;
            const active = item.index === activeIndex;
            return (
              <tr
                key={row.original.id}
                id={`roster-row-${item.index}`}
                aria-rowindex={item.index + 2}
                aria-selected={active}
                data-person-id={row.original.id}
                data-archived={row.original.archived || undefined}
                className={active ? 'active' : undefined}
                style={{ height: ROW_HEIGHT }}
                onClick={() => onActiveIndex(item.index)}
                onDoubleClick={() => onOpen(row.original.id)}
              >
                {row.getVisibleCells().map((cell) => {
                  const numeric = (cell.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <td key={cell.id} role="gridcell" className={numeric ? 'numeric' : undefined}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="people-pad">
              <td colSpan={COLUMNS.length} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
