import type { Locator, Page } from 'playwright-core';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The select button of this accessible name: React Aria names it "<value> <label>". */
export function selectNamed(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`(^|\\s)${escape(label)}$`) });
}

/** Opens the select named `label` and picks the option named `option`, as a user would. */
export async function chooseOption(scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
  await selectNamed(scope, label).click();
  const listbox = page.getByRole('listbox', { name: label, exact: true });
  await listbox.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
  await listbox.waitFor({ state: 'hidden' });
}

/** The text of the option the select named `label` shows. */
export async function selectedOption(scope: Page | Locator, label: string): Promise<string> {
  return ((await selectNamed(scope, label).locator('.select-field-value').textContent()) ?? '').trim();
}
