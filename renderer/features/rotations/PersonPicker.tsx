import { useMemo, useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Text } from 'react-aria-components';
import type { Person } from '../../../shared/domain/plan/schema';
import { AppPopover } from '../../components/OverlayContainer';
import { usePersonText } from '../../components/PersonLabel';
import './person-picker.css';
import { foldForMatch } from '../../../shared/domain/text/fold';

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
  disabled?: boolean;
  placeholder?: string;
}

const LIMIT = 12;

/**
 * A searchable person field (React Aria's ComboBox): thousands of people do not fit a <select>, and two
 * people can share a name, so the pick is by id, each option shows the title, and the chosen person's name
 * carries what tells them apart from a namesake.
 */
export function PersonPicker({ label, people, value, onChange, describe, exclude, optional, error, autoFocus, disabled, placeholder }: Props) {
  const personText = usePersonText();
  const selected = useMemo(() => people.find((p) => p.id === value) ?? null, [people, value]);
  const selectedText = selected ? personText(selected) : '';
  // null: the field shows the chosen person; a string: what the user is typing.
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? selectedText;

  // Spec choice: the field showing the chosen person lists everyone (as a <select> would), not just them.
  const query = typed === null || typed === selectedText ? '' : foldForMatch(typed.trim());
  const options = useMemo(() => {
    const found: Person[] = [];
    for (const person of people) {
      if (person.archived || exclude?.has(person.id)) continue;
      if (query && !foldForMatch(person.name).includes(query) && !foldForMatch(person.title).includes(query)) continue;
      found.push(person);
      if (found.length === LIMIT) break;
    }
    // The chosen person stays among the options so that the listbox can show them selected.
    if (selected && !found.includes(selected) && !query) found.unshift(selected);
    return found;
  }, [people, exclude, query, selected]);

  return (
    <ComboBox
      className="person-picker"
      items={options}
      inputValue={text}
      onInputChange={(next) => setTyped(next === selectedText ? null : next)}
      selectedKey={value}
      onSelectionChange={(key) => {
        setTyped(null);
        if (key !== null) onChange(String(key));
      }}
      menuTrigger="focus"
      isInvalid={error ? true : undefined}
      autoFocus={autoFocus}
      isDisabled={disabled}
      allowsCustomValue={false}
    >
      <Label>{label}</Label>
      <div className="person-picker-field">
        <Input placeholder={placeholder ?? 'Type a name…'} />
        {optional && selected && (
          <Button
            className="button small"
            onPress={() => {
              setTyped(null);
              onChange(null);
            }}
            aria-label={`Clear ${label.toLowerCase()}`}
          >
            Clear
          </Button>
        )}
      </div>
      {error && (
        <Text slot="errorMessage" className="field-error">
          {error}
        </Text>
      )}
      <AppPopover className="person-options-popover" placement="bottom start" offset={2}>
        <ListBox<Person> className="person-options" aria-label={label}>
          {(person) => (
            <ListBoxItem id={person.id} textValue={personText(person)} className="person-option">
              <span>{personText(person)}</span>
              <span className="muted">{describe ? describe(person) : person.title}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </AppPopover>
    </ComboBox>
  );
}
