import { useEffect, useMemo, useRef, useState } from 'react';
import { Autocomplete, Collection, Header, Input, ListBox, ListBoxItem, ListBoxSection, TextField } from 'react-aria-components';
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

/**
 * React Aria's Autocomplete over a ListBox: the focus stays in the field while ↑ ↓ move a virtual focus
 * through the hits (aria-activedescendant), Enter or a click opens the hit. The field is marked up as a
 * combobox with its list, as the ARIA combobox pattern asks, so screen readers say "combobox, expanded" and
 * read each hit as it becomes active. Kept in the native modal <dialog> (see ModalDialog): Escape closes it
 * and the page behind stays inert. Not React Aria's SearchField: its first Escape only empties the field.
 */
function SearchDialog({ plan, onClose }: { plan: Plan; onClose(): void }) {
  const navigate = useBraid((s) => s.navigate);
  const [query, setQuery] = useState('');
  const index = useMemo(() => searchIndexOf(plan), [plan]);
  const results = useMemo(() => searchPlan(index, query), [index, query]);
  const groups = results.rolesFirst ? (['roles', 'people'] as const) : (['people', 'roles'] as const);
  const rows = groups.flatMap<SearchHit>((group) => results[group]);
  const expanded = rows.length > 0;
  const hitOf = new Map(rows.map((hit) => [keyOf(hit), hit]));

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    navigate(hit.kind === 'person' ? { screen: 'profile', personId: hit.id } : { screen: 'succession', roleId: hit.id });
  };

  const status = query.trim() === '' ? '' : expanded ? `${rows.length} ${rows.length === 1 ? 'match' : 'matches'}` : `Nothing matches “${query.trim()}”.`;

  return (
    <ModalDialog labelledBy="global-search-title" onClose={onClose} className="global-search">
      <h2 id="global-search-title" className="visually-hidden">
        Search people and roles
      </h2>
      {/* Spec choice: typing does not move the active hit (React Aria would, half a second late, and a quick
          arrow press after typing could be lost); the first hit is shown as the one Enter opens, ↓ walks the list. */}
      <Autocomplete inputValue={query} onInputChange={setQuery} disableAutoFocusFirst>
        <TextField aria-label="Search people and roles" aria-describedby="global-search-hint" className="global-search-field" autoFocus>
          <SearchGlyph />
          <Input
            className="global-search-input"
            role="combobox"
            aria-expanded={expanded}
            placeholder="Search people and roles"
            onKeyDown={(event) => {
              // Enter before ↓ ↑ opens the first hit.
              if (event.key === 'Enter' && !event.currentTarget.getAttribute('aria-activedescendant')) choose(rows[0]);
            }}
          />
          <kbd aria-hidden="true">Esc</kbd>
        </TextField>
        <ListBox
          aria-label="People and roles"
          className="global-search-results"
          data-empty={expanded ? undefined : true}
          onAction={(key) => choose(hitOf.get(String(key)))}
        >
          {groups.map((group) =>
            results[group].length === 0 ? null : (
              <ListBoxSection key={group} id={group} className="global-search-group">
                <Header className="global-search-group-label">{group === 'people' ? 'People' : 'Roles'}</Header>
                <Collection<SearchHit> items={results[group] as readonly SearchHit[]}>
                  {(hit) => (
                    <ListBoxItem id={keyOf(hit)} data-first={hit === rows[0] || undefined} textValue={hit.kind === 'role' ? hit.title || hit.id : hit.name || hit.id} className="global-search-option">
                      <HitText hit={hit} />
                    </ListBoxItem>
                  )}
                </Collection>
              </ListBoxSection>
            ),
          )}
        </ListBox>
      </Autocomplete>
      <p className={`global-search-status muted${expanded ? ' visually-hidden' : ''}`} role="status">
        {status}
      </p>
      <p id="global-search-hint" className="global-search-hint muted">
        Name, job title or id. ↑ ↓ to move, Enter to open, Esc to close.
      </p>
    </ModalDialog>
  );
}

const keyOf = (hit: SearchHit) => `${hit.kind}:${hit.id}`;

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
