import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { Button, Menu, MenuItem, MenuTrigger } from 'react-aria-components';
import { AppPopover } from '../../components/OverlayContainer';
import type { Flag, FitItem, RoleFit } from '../../../shared/domain/model';
import type { Person, Readiness, Successor } from '../../../shared/domain/plan/schema';
import { FlagBadges } from './FlagBadges';
import { LeaveDialog } from '../scenarios';
import { READINESS_ORDER, SLATE_COLUMNS } from './readiness';
import { slateStandingText, type SlateStanding } from '../../../shared/domain/candidates';
import { Hint } from '../../components/Hint';

export const SUCCESSOR_DRAG_TYPE = 'application/x-braid-successor';

interface Props {
  roleId: string;
  successor: Successor;
  person: Person | undefined;
  fit: RoleFit | null;
  braidIndex: number | null;
  /** The projected ready date against the vacancy, in words (DOMAIN §8.1); absent until analysed. */
  ready?: string;
  flags: readonly Flag[];
  /** Archived, or now an incumbent elsewhere: the card says so and offers to take them off. */
  standing?: SlateStanding | null;
  threadNames: Map<string, string>;
  /** Set after a keyboard move: the card takes the focus in its new column. */
  focusOnMount: boolean;
  move(readiness: Readiness): void;
  setEmergency(emergency: boolean): void;
  remove(): void;
  openProfile(): void;
}

function gapText(item: FitItem, threadNames: Map<string, string>): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  if (item.kind === 'thread') return `${threadNames.get(item.threadId!) ?? item.threadId} ${round(item.actual)} of ${item.required}`;
  return `${item.kind === 'frontMonths' ? 'Client-facing' : 'Technical'} months ${round(item.actual)} of ${item.required}`;
}

/**
 * One successor on a slate: fit, braid index, flags, emergency mark. Drag it to another column,
 * or on the keyboard press Alt+←/→ on any of its buttons, or use its menu.
 */
export function SuccessorCard(props: Props) {
  const { roleId, successor, person, fit, braidIndex, ready, flags, threadNames, focusOnMount } = props;
  const nameRef = useRef<HTMLButtonElement>(null);
  const [leaving, setLeaving] = useState(false);
  const name = person?.name ?? successor.personId;
  const fitPercent = fit ? Math.round(fit.fit * 100) : null;
  const index = READINESS_ORDER.indexOf(successor.readiness);

  useEffect(() => {
    if (focusOnMount) nameRef.current?.focus();
  }, [focusOnMount]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    const next = READINESS_ORDER[index + (event.key === 'ArrowLeft' ? -1 : 1)];
    event.preventDefault();
    if (next) props.move(next);
  };

  const onDragStart = (event: DragEvent<HTMLElement>) => {
    event.dataTransfer.setData(SUCCESSOR_DRAG_TYPE, JSON.stringify({ roleId, personId: successor.personId }));
    event.dataTransfer.effectAllowed = 'move';
  };

  const gaps = fit?.gaps.map((g) => gapText(g, threadNames)) ?? [];
  return (
    <li
      className={`successor-card${successor.emergency ? ' emergency' : ''}`}
      draggable
      onDragStart={onDragStart}
      onKeyDown={onKeyDown}
      data-person-id={successor.personId}
      aria-label={`${name}, ${SLATE_COLUMNS[successor.readiness]}`}
    >
      <div className="successor-head">
        <Hint text="Open the braid profile (Alt+←/→ moves between columns)">
          <button ref={nameRef} type="button" className="successor-name" onClick={props.openProfile}>
            {name}
          </button>
        </Hint>
        {successor.emergency && (
          <span className="emergency-mark" title="Emergency cover: can step in at short notice">
            Emergency cover
          </span>
        )}
        <SuccessorMenu {...props} name={name} leave={person && !person.archived ? () => setLeaving(true) : null} />
      </div>
      {person && <div className="successor-title muted">{person.title}</div>}
      <div className="successor-measures">
        <span className="measure" title={gaps.length ? `Gaps: ${gaps.join('; ')}` : 'Meets every requirement of the role'}>
          <span className="measure-bar" aria-hidden="true">
            <span style={{ width: `${fitPercent ?? 0}%` }} className={fitPercent === 100 ? 'full' : ''} />
          </span>
          Fit {fitPercent === null ? '…' : `${fitPercent}%`}
        </span>
        <span className="measure" title="Braid index: time on both sides and thread levels, 0–100">
          Braid {braidIndex ?? '…'}
        </span>
      </div>
      {ready && <div className="successor-ready">{ready}</div>}
      {gaps.length > 0 && <div className="successor-gaps">Gaps: {gaps.join(' · ')}</div>}
      {props.standing && (
        <div className="successor-standing" role="status">
          <span>{slateStandingText(props.standing, name)}</span>{' '}
          <button type="button" className="button small" onClick={props.remove}>
            Remove {name} from this slate
          </button>
        </div>
      )}
      <FlagBadges flags={flags} />
      {leaving && <LeaveDialog personId={successor.personId} onClose={() => setLeaving(false)} />}
    </li>
  );
}

type MenuAction = 'emergency' | 'profile' | 'leave' | 'remove' | Readiness;

/** The card's actions (React Aria's Menu: arrow keys, typeahead, Escape back to the button). */
function SuccessorMenu({ name, successor, move, setEmergency, remove, openProfile, leave }: Props & { name: string; leave: (() => void) | null }) {
  const act = (key: MenuAction) => {
    if (key === 'emergency') setEmergency(!successor.emergency);
    else if (key === 'profile') openProfile();
    else if (key === 'leave') leave?.();
    else if (key === 'remove') remove();
    else move(key);
  };
  return (
    <MenuTrigger>
      <Button className="card-menu-button" aria-label={`Actions for ${name}`}>
        ⋯
      </Button>
      <AppPopover placement="bottom end" className="card-menu-popover">
        <Menu className="card-menu" onAction={(key) => act(key as MenuAction)}>
          {READINESS_ORDER.filter((r) => r !== successor.readiness).map((readiness) => (
            <MenuItem key={readiness} id={readiness} className="card-menu-item">
              Move to {SLATE_COLUMNS[readiness]}
            </MenuItem>
          ))}
          <MenuItem id="emergency" className="card-menu-item">
            {successor.emergency ? 'Remove emergency cover' : 'Mark as emergency cover'}
          </MenuItem>
          <MenuItem id="profile" className="card-menu-item">
            Open braid profile
          </MenuItem>
          {leave && (
            <MenuItem id="leave" className="card-menu-item">
              Leaves on… (what-if)
            </MenuItem>
          )}
          <MenuItem id="remove" className="card-menu-item danger">
            Remove from slate
          </MenuItem>
        </Menu>
      </AppPopover>
    </MenuTrigger>
  );
}
