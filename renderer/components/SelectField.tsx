import type { ReactNode } from 'react';
import { Button, FieldError, Label, ListBox, ListBoxItem, Select, SelectValue, Text, type Key } from 'react-aria-components';
import { AppPopover } from './OverlayContainer';
import './select-field.css';

export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
  /** A second, quieter line under the label (e.g. what the choice means). */
  description?: string;
  disabled?: boolean;
}

export interface SelectFieldProps<V extends string> {
  label: string;
  /** The label is read by screen readers only: the row around the select already says what it is for. */
  labelHidden?: boolean;
  value: V;
  onChange(value: NoInfer<V>): void;
  options: readonly SelectOption<NoInfer<V>>[];
  disabled?: boolean;
  required?: boolean;
  /** Help under the field; read with it. */
  description?: ReactNode;
  error?: string;
  /** For a form read with FormData: the value goes into a hidden input of this name. */
  name?: string;
  autoFocus?: boolean;
  className?: string;
  onBlur?(): void;
  /** The id of help shown elsewhere on the screen that belongs to this field. */
  describedBy?: string;
}

// React Aria keys its options by id, and an empty id reads as "none"; our "all"/"not rated" choices are ''.
const EMPTY = '\u2205';
const keyOf = (value: string): Key => (value === '' ? EMPTY : value);
const valueOf = (key: Key): string => (key === EMPTY ? '' : String(key));

/**
 * The one select of the app: React Aria's Select (a button that opens a listbox), so every screen reader
 * hears the same "label, value, pop-up button", options can carry a description, and it takes our look
 * in both themes instead of the platform's.
 */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { label, labelHidden, value, onChange, options, disabled, required, description, error, name, autoFocus, className, onBlur, describedBy } = props;
  const disabledKeys = options.filter((o) => o.disabled).map((o) => keyOf(o.value));
  return (
    <Select
      className={['select-field', className].filter(Boolean).join(' ')}
      selectedKey={keyOf(value)}
      onSelectionChange={(key) => {
        if (key !== null && valueOf(key) !== value) onChange(valueOf(key) as V);
      }}
      aria-label={labelHidden ? label : undefined}
      aria-describedby={describedBy}
      isDisabled={disabled}
      isRequired={required}
      isInvalid={error ? true : undefined}
      disabledKeys={disabledKeys}
      autoFocus={autoFocus}
      onBlur={onBlur}
    >
      {!labelHidden && <Label>{label}</Label>}
      <Button className="select-field-button">
        <SelectValue className="select-field-value" />
        <span className="select-field-chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      {description && (
        <Text slot="description" className="muted select-field-description">
          {description}
        </Text>
      )}
      {error && <FieldError className="field-error">{error}</FieldError>}
      {name !== undefined && <input type="hidden" name={name} value={value} />}
      <AppPopover className="select-field-popover" placement="bottom start" offset={2}>
        <ListBox className="select-field-options" items={options.map((o) => ({ ...o, id: keyOf(o.value) }))}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="select-field-option">
              <Text slot="label">{option.label}</Text>
              {option.description && (
                <Text slot="description" className="muted">
                  {option.description}
                </Text>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </AppPopover>
    </Select>
  );
}
