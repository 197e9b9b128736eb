import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { NineBoxCell } from '../../../shared/domain/model';
import { cellName, moveChangeText, type LiveCell, type LivePlacement } from '../../../shared/domain/review';
import { neighbourCell } from './move-proposal';
import type { MoveRequest } from './MoveDialog';
import { CellHeading, cellBands, NineBoxFrame } from '../../components/NineBoxFrame';

export const PERSON_DRAG_TYPE = 'application/x-braid-review-person';
const SHOWN_PER_CELL = 6;

interface Props {
  cells: LiveCell[];
  unrated: LivePlacement[];
  readOnly: boolean;
  /** People chosen for the side-by-side comparison. */
  compare: readonly string[];
  selecting: boolean;
  toggleCompare(personId: string): void;
  requestMove(request: MoveRequest): void;
}

/**
 * The session's 9-box: everyone in scope by name and title. Drag a person to another cell, or
 * focus them and press Alt+arrow keys (↑↓ potential, ←→ performance): each is a proposed move
 * that asks for a reason and shows in the cells as from → to.
 */
export function LiveNineBox({ cells, unrated, readOnly, compare, selecting, toggleCompare, requestMove }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [over, setOver] = useState<string | null>(null);
  const byId = new Map<string, LivePlacement>();
  for (const cell of cells) for (const p of [...cell.people, ...cell.incoming]) byId.set(p.person.id, p);
  for (const p of unrated) byId.set(p.person.id, p);

  const onDrop = (event: DragEvent<HTMLElement>, cell: NineBoxCell) => {
    event.preventDefault();
    setOver(null);
    const placement = byId.get(event.dataTransfer.getData(PERSON_DRAG_TYPE));
    if (!placement || readOnly) return;
    requestMove({ kind: 'cell', placement, target: cell });
  };

  const chip = (placement: LivePlacement, where: 'here' | 'incoming') => {
    const from = placement.current;
    const to = placement.proposed;
    const moving = placement.moves.length > 0;
    const chosen = compare.includes(placement.person.id);
    const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
      if (!event.altKey || readOnly) return;
      const start = to ?? from;
      const next = start && neighbourCell(start, event.key);
      if (!next) return;
      event.preventDefault();
      requestMove({ kind: 'cell', placement, target: next });
    };
    const proposal = placement.moves.map((m) => moveChangeText(m)).join('; ');
    const label =
      where === 'incoming'
        ? `${placement.person.name}, ${placement.person.title}: proposed here from ${from ? cellName(from) : 'not rated'}`
        : `${placement.person.name}, ${placement.person.title}${moving && to ? `: proposed move to ${cellName(to)}` : ''}`;
    return (
      <li key={`${where}-${placement.person.id}`} data-person-id={placement.person.id} className={`review-chip${where === 'incoming' ? ' incoming' : ''}${moving && where === 'here' ? ' leaving' : ''}${chosen ? ' chosen' : ''}`}>
        <button
          type="button"
          draggable={!readOnly && !selecting}
          aria-label={label}
          aria-pressed={selecting ? chosen : undefined}
          title={proposal ? `Proposed: ${proposal}` : readOnly ? undefined : 'Drag to another cell, or Alt+arrow keys, to propose a move'}
          onDragStart={(event) => {
            event.dataTransfer.setData(PERSON_DRAG_TYPE, placement.person.id);
            event.dataTransfer.effectAllowed = 'move';
          }}
          onKeyDown={onKeyDown}
          onClick={() => {
            if (selecting) toggleCompare(placement.person.id);
            else if (!readOnly) requestMove({ kind: 'cell', placement, target: to ?? from! });
          }}
        >
          <span className="chip-name">{placement.person.name}</span>
          <span className="chip-title">{placement.person.title}</span>
          {where === 'incoming' && <span className="chip-move">from {from ? cellName(from) : 'not rated'}</span>}
          {where === 'here' && moving && to && <span className="chip-move">→ {cellName(to)}</span>}
        </button>
      </li>
    );
  };

  return (
    <div className="live-nine-box">
      <NineBoxFrame className="live-grid" label="9-box of the session, high potential first">
        {cells.map((cell) => {
          const open = expanded.has(cell.key);
          const shown = open ? cell.people : cell.people.slice(0, SHOWN_PER_CELL);
          const hidden = cell.people.length - shown.length;
          return (
            <div
              key={cell.key}
              role="listitem"
              className={`live-cell pot-${cell.potential} perf-${cell.performance}${over === cell.key ? ' drop-over' : ''}`}
              aria-label={`${cellBands(cell)}, ${cell.people.length} now${cell.incoming.length ? `, ${cell.incoming.length} proposed in` : ''}`}
              onDragOver={(event) => {
                if (readOnly || !event.dataTransfer.types.includes(PERSON_DRAG_TYPE)) return;
                event.preventDefault();
                setOver(cell.key);
              }}
              onDragLeave={() => setOver((k) => (k === cell.key ? null : k))}
              onDrop={(event) => onDrop(event, cell)}
            >
              <CellHeading
                cell={cell}
                count={
                  <>
                    {cell.people.length}
                    {cell.incoming.length > 0 && <span className="cell-incoming"> +{cell.incoming.length}</span>}
                  </>
                }
              />
              <ul className="chips">
                {shown.map((p) => chip(p, 'here'))}
                {cell.incoming.map((p) => chip(p, 'incoming'))}
              </ul>
              {(hidden > 0 || open) && cell.people.length > SHOWN_PER_CELL && (
                <button
                  type="button"
                  className="more-button"
                  aria-expanded={open}
                  onClick={() =>
                    setExpanded((set) => {
                      const next = new Set(set);
                      if (open) next.delete(cell.key);
                      else next.add(cell.key);
                      return next;
                    })
                  }
                >
                  {open ? 'Show fewer' : `and ${hidden} more`}
                </button>
              )}
            </div>
          );
        })}
      </NineBoxFrame>
      <section className="unrated" aria-labelledby="unrated-title">
        <h2 id="unrated-title">Not rated on both axes ({unrated.length})</h2>
        {unrated.length === 0 ? (
          <p className="muted">Everyone in scope has a performance and a potential rating.</p>
        ) : (
          <ul className="unrated-list">
            {unrated.map((placement) => (
              <li key={placement.person.id}>
                <span className="chip-name">{placement.person.name}</span> <span className="muted">{placement.person.title}</span>
                {placement.moves.length > 0 && <span className="chip-move"> proposed: {placement.moves.map((m) => moveChangeText(m)).join('; ')}</span>}
                {!readOnly && (
                  <button type="button" className="button small" onClick={() => requestMove({ kind: 'rate', placement })} aria-label={`Rate ${placement.person.name}, ${placement.person.title}`}>
                    Rate…
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
