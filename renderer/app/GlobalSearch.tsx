import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { useBraid } from '../store';
import type { Plan } from '../../shared/domain/plan/schema';
import { searchIndexOf, searchPlan, type SearchHit } from './global-search';
import './global-search.css';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SHORTCUT_LABEL = IS_MAC ? '⌘K' : 'Ctrl+K';

/**
 * Ctrl/Cmd+K from any screen: find a person or a role by name and jump to the profile or the
 * succession slate. The header button is the same door for mouse users.
 */
export function GlobalSearch() {
  const plan = useBraid((s) => s.plan);
  const [open, setOpen] = useState(false);
  const openerRef = useRef<Element | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'k') return;
      if (!useBraid.getState().plan) return;
      event.preventDefault();
      // Never stack on another dialog: its unsaved form would be hidden behind the search.
      if (document.querySelector('dialog[open]:not(.global-search)')) return;
      setOpen((wasOpen) => {
        if (!wasOpen) openerRef.current = document.activeElement;
        return true;
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The dialog is unmounted rather than closed, so the browser will not hand focus back itself;
  // and only once it is gone, as the page behind a modal dialog cannot take the focus.
  useEffect(() => {
    if (open) return;
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  }, [open]);
  const close = () => setOpen(false);

  if (!plan) return null;
  return (
    <>
      <button
        type="button"
        className="button small global-search-trigger"
        aria-keyshortcuts={IS_MAC ? 'Meta+K' : 'Control+K'}
        onClick={(event) => {
          openerRef.current = event.currentTarget;
          setOpen(true);
        }}
      >
        <span>Search…</span>
        <kbd>{SHORTCUT_LABEL}</kbd>
      </button>
      {open && <SearchDialog plan={plan} onClose={close} />}
    </>
  );
}

function optionId(index: number): string {
  return `global-search-option-${index}`;
}

function SearchDialog({ plan, onClose }: { plan: Plan; onClose(): void }) {
  const navigate = useBraid((s) => s.navigate);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const index = useMemo(() => searchIndexOf(plan), [plan]);
  const results = useMemo(() => searchPlan(index, query), [index, query]);
  const groups = results.rolesFirst ? (['roles', 'people'] as const) : (['people', 'roles'] as const);
  const rows = groups.flatMap<SearchHit>((group) => results[group]);
  const activeIndex = Math.min(active, rows.length - 1);
  const expanded = rows.length > 0;

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const choose = (hit: SearchHit) => {
    onClose();
    navigate(hit.kind === 'person' ? { screen: 'profile', personId: hit.id } : { screen: 'succession', roleId: hit.id });
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + rows.length) % rows.length);
    } else if (event.key === 'Home' || event.key === 'End') {
      if (!expanded || !event.ctrlKey) return;
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : rows.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded) choose(rows[activeIndex]);
    }
  };

  const status = query.trim() === '' ? '' : expanded ? `${rows.length} ${rows.length === 1 ? 'match' : 'matches'}` : `Nothing matches “${query.trim()}”.`;

  return (
    <ModalDialog labelledBy="global-search-title" onClose={onClose} className="global-search">
      <h2 id="global-search-title" className="visually-hidden">
        Search people and roles
      </h2>
      <div className="global-search-field">
        <SearchGlyph />
        <input
          type="text"
          role="combobox"
          aria-label="Search people and roles"
          aria-describedby="global-search-hint"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls="global-search-results"
          aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
          placeholder="Search people and roles"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <kbd aria-hidden="true">Esc</kbd>
      </div>
      <div role="listbox" id="global-search-results" aria-label="People and roles" className="global-search-results" hidden={!expanded}>
        {groups.map((group, i) => (
          <ResultGroup
            key={group}
            label={group === 'people' ? 'People' : 'Roles'}
            groupId={group}
            hits={results[group]}
            offset={i === 0 ? 0 : results[groups[0]].length}
            active={activeIndex}
            onPick={choose}
            onHover={setActive}
          />
        ))}
      </div>
      <p className={`global-search-status muted${expanded ? ' visually-hidden' : ''}`} role="status">
        {status}
      </p>
      <p id="global-search-hint" className="global-search-hint muted">
        Name, job title or id. ↑ ↓ to move, Enter to open, Esc to close.
      </p>
    </ModalDialog>
  );
}

interface GroupProps {
  label: string;
  groupId: string;
  hits: SearchHit[];
  offset: number;
  active: number;
  onPick(hit: SearchHit): void;
  onHover(index: number): void;
}

function ResultGroup({ label, groupId, hits, offset, active, onPick, onHover }: GroupProps) {
  if (hits.length === 0) return null;
  const labelId = `global-search-group-${groupId}`;
  return (
    <div role="group" aria-labelledby={labelId} className="global-search-group">
      <div role="presentation" id={labelId} className="global-search-group-label">
        {label}
      </div>
      {hits.map((hit, i) => {
        const index = offset + i;
        return (
          <div
            key={`${hit.kind}-${hit.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="global-search-option"
            // Keep the focus in the field: a click must not blur the combobox before it opens the row.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => index !== active && onHover(index)}
            onClick={() => onPick(hit)}
          >
            <HitText hit={hit} />
          </div>
        );
      })}
    </div>
  );
}

function HitText({ hit }: { hit: SearchHit }) {
  if (hit.kind === 'role') {
    return (
      <>
        <span className="global-search-name">{hit.title || hit.id}</span>
        <span className="global-search-detail">Succession slate · {hit.id}</span>
      </>
    );
  }
  return (
    <>
      <span className="global-search-name">
        {hit.name || hit.id}
        {hit.archived && <span className="badge global-search-archived">archived</span>}
      </span>
      <span className="global-search-detail">
        {hit.title ? `${hit.title} · ` : ''}
        {hit.id}
      </span>
    </>
  );
}

function SearchGlyph() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" className="global-search-glyph">
      <circle cx="7.5" cy="7.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M11.6 11.6 L16 16" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
