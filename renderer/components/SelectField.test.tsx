// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { SelectField, type SelectOption } from './SelectField';
import { chooseOption, selectNamed } from '../testing/choose-option';

afterEach(cleanup);

const RISKS: SelectOption[] = [
  { value: '', label: 'Not rated' },
  { value: 'low', label: 'Low', description: 'Unlikely to leave within a year' },
  { value: 'high', label: 'High', description: 'Could leave soon', disabled: true },
];

function Risk(props: { onChange?(value: string): void; error?: string; name?: string; labelHidden?: boolean }) {
  const [value, setValue] = useState('');
  return (
    <form aria-label="Risk form">
      <SelectField
        label="Flight risk"
        value={value}
        onChange={(next) => {
          setValue(next);
          props.onChange?.(next);
        }}
        options={RISKS}
        error={props.error}
        name={props.name}
        labelHidden={props.labelHidden}
      />
    </form>
  );
}

describe('SelectField', () => {
  it('is a pop-up button named by its value and its label, opening a listbox named by the label', async () => {
    render(<Risk />);
    const button = screen.getByRole('button', { name: 'Not rated Flight risk' });
    expect(button.getAttribute('aria-haspopup')).toBe('listbox');
    await userEvent.click(button);
    const listbox = screen.getByRole('listbox', { name: 'Flight risk' });
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Not rated', 'LowUnlikely to leave within a year', 'HighCould leave soon']);
    // The description is read as the option's description, not as part of its name.
    const low = within(listbox).getByRole('option', { name: 'Low' });
    expect(low.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(low.getAttribute('aria-describedby')!.split(' ')[0])?.textContent).toBe('Unlikely to leave within a year');
    expect(within(listbox).getByRole('option', { name: 'High' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('gives the chosen value, an empty one included, and keeps it in a hidden input for FormData', async () => {
    const onChange = vi.fn();
    render(<Risk onChange={onChange} name="flightRisk" />);
    await chooseOption('Flight risk', 'Low');
    expect(onChange).toHaveBeenLastCalledWith('low');
    expect(selectNamed('Flight risk').textContent).toMatch(/^Low/);
    expect(new FormData(screen.getByRole('form', { name: 'Risk form' }) as HTMLFormElement).get('flightRisk')).toBe('low');
    await chooseOption('Flight risk', 'Not rated');
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('is chosen from the keyboard: arrows open the list, Enter picks', async () => {
    const onChange = vi.fn();
    render(<Risk onChange={onChange} />);
    await userEvent.tab();
    expect(document.activeElement).toBe(selectNamed('Flight risk'));
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox', { name: 'Flight risk' })).toBeTruthy();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('low');
  });

  it('says what is wrong next to the field and marks it invalid; a hidden label still names it', () => {
    render(<Risk error="Flight risk must be low, medium or high." labelHidden />);
    const button = selectNamed('Flight risk');
    const described = (button.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Flight risk must be low, medium or high.');
    expect(screen.queryByText('Flight risk', { selector: 'label' })).toBeNull();
  });
});
