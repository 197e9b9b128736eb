import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The select button of this accessible name. React Aria names the button "<value> <label>", so the label
 * is what the name ends with.
 */
export function selectNamed(label: string, container: HTMLElement = document.body): HTMLElement {
  return within(container).getByRole('button', { name: new RegExp(`(^|\\s)${escape(label)}$`) });
}

/** Opens the select named `label` and picks the option named `option`, as a user would with the mouse. */
export async function chooseOption(label: string, option: string | RegExp, options: { within?: HTMLElement; user?: ReturnType<typeof userEvent.setup> } = {}) {
  const user = options.user ?? userEvent;
  await user.click(selectNamed(label, options.within));
  const listbox = await screen.findByRole('listbox', { name: label });
  await user.click(within(listbox).getByRole('option', { name: option }));
}

/** The option the select named `label` shows. */
export function selectedOption(label: string, container?: HTMLElement): string {
  const button = selectNamed(label, container);
  return button.querySelector('.select-field-value')?.textContent ?? '';
}
