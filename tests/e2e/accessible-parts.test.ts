import AxeBuilder from '@axe-core/playwright';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, startApp } from './harness';
import { selectNamed } from './choose-option';

afterAll(closeBrowser);

describe('the React Aria parts, as a screen reader meets them', () => {
  it('names each roster filter select, its open listbox and options, and shows a hint on keyboard focus', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url}#/people`);
      await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
      // Each select is a pop-up button named "<value> <label>".
      for (const [label, value] of [
        ['Domain', 'All domains'],
        ['Side', 'Both sides'],
        ['Track', 'Any track'],
        ['9-box', 'Any cell'],
        ['Flag', 'Any or none'],
      ]) {
        const button = selectNamed(page, label);
        expect(await button.getAttribute('aria-haspopup')).toBe('listbox');
        expect(await button.textContent()).toContain(value);
      }
      expect(await page.getByRole('button', { name: /Theme$/ }).count()).toBe(1);

      // From the keyboard: focus, ↓ opens the listbox named like the select, Escape closes it with the focus kept.
      await selectNamed(page, 'Side').focus();
      await page.keyboard.press('ArrowDown');
      const listbox = page.getByRole('listbox', { name: 'Side', exact: true });
      await listbox.waitFor();
      expect(await listbox.getByRole('option').allTextContents()).toEqual(['Both sides', 'Front (client-facing)', 'Back (technical)']);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      await page.keyboard.press('Escape');
      await listbox.waitFor({ state: 'detached' });
      expect(await selectNamed(page, 'Side').evaluate((el) => el === document.activeElement)).toBe(true);

      // The organisation's name button explains itself in a tooltip when reached by Tab, not only on hover.
      await page.getByTestId('plan-name').focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const tooltip = page.getByRole('tooltip');
      await expect.poll(() => tooltip.textContent()).toBe('Rename the organisation');
      expect(await page.getByTestId('plan-name').getAttribute('aria-describedby')).toBe(await tooltip.getAttribute('id'));
    } finally {
      await app.close();
    }
  });

  it('opens a long select in a short window beside its button, so the click that opens it picks nothing', async () => {
    const app = await startApp({ plan: 'demo', viewport: { width: 640, height: 400 } });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url}#/framework`);
      await page.getByRole('heading', { name: 'Framework & data', level: 1 }).waitFor();
      const currency = selectNamed(page, 'Currency');
      await currency.scrollIntoViewIfNeeded();
      const before = await currency.textContent();
      await currency.click();
      const popover = page.locator('.select-field-popover');
      await page.getByRole('listbox', { name: 'Currency', exact: true }).waitFor();
      const list = (await popover.boundingBox())!;
      const button = (await currency.boundingBox())!;
      expect(list.y + list.height <= button.y + 0.5 || list.y >= button.y + button.height - 0.5).toBe(true);
      expect(await currency.textContent()).toBe(before);
      await page.keyboard.press('Escape');
      expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    } finally {
      await app.close();
    }
  });
});
