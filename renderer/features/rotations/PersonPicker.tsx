import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Person } from '../../../shared/domain/plan/schema';
import './person-picker.css';

interface Props {
  label: string;
  people: readonly Person[];
  value: string | null;
  onChange(personId: string | null): void;
  /** Shown under the name of each option, e.g. the person's title and domain. */
  describe?(person: Person): string;
  /** People who cannot be picked here (e.g. the person the rotation is for, as their own mentor). */
  exclude?: ReadonlySet<string>;
  optional?: boolean;
  error?: string;
  autoFocus?: boolean;
}

const LIMIT = 12;

/**
 * A searchable person field (ARIA combobox with a listbox): thousands of people do not fit a
 * <select>, and two people can share a name, so the pick is by id with the title as a hint.
 */
export function PersonPicker({ label, people, value, onChange, describe, exclude, optional, error, autoFocus }: Props) {
  const id = useId();
  const selected = useMemo(() => people.find((p) => p.id === value) ?? null, [people, value]);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const query = (text ?? '').trim().toLocaleLowerCase();
  const options = useMemo(() => {
    if (!open) return [];
    const found: Person[] = [];
    for (const person of people) {
      if (person.archived || exclude?.has(person.id)) continue;
      if (query && !person.name.toLocaleLowerCase().includes(query) && !person.title.toLocaleLowerCase().includes(query)) continue;
      found.push(person);
      if (found.length === LIMIT) break;
    }
    return found;
  }, [open, people, exclude, query]);

  const pick = (person: Person | null) => {
    onChange(person?.id ?? null);
    setText(null);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(0, options.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setText(null);
    }
  };

  const listId = `${id}-list`;
  return (
    <div className="person-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="person-picker-field">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          placeholder="Type a name…"
          autoFocus={autoFocus}
          value={text ?? selected?.name ?? ''}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setText(null);
          }}
          onKeyDown={onKeyDown}
        />
        {optional && selected && (
          <button type="button" className="button small" onClick={() => pick(null)} aria-label={`Clear ${label.toLowerCase()}`}>
            Clear
          </button>
        )}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="person-options" hidden={!open || options.length === 0}>
        {options.map((person, index) => (
          <li
            key={person.id}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(person);
            }}
          >
            <span>{person.name}</span>
            <span className="muted">{describe ? describe(person) : person.title}</span>
          </li>
        ))}
      </ul>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
