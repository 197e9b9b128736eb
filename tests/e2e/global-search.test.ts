import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/domain/plan/schema';
import { closeBrowser, RESOURCES_DIR, startApp } from './harness';

afterAll(closeBrowser);

const demo = JSON.parse(readFileSync(join(RESOURCES_DIR, 'demo.braid.json'), 'utf8')) as Plan;
const zoe = demo.people.find((p) => p.name === 'Zoë Łukasiewicz');
const role = demo.roles.find((r) => !r.retired && r.title === 'Head of Managed Services');

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('dialog.global-search').analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('global search (Ctrl+K)', () => {
  it('finds a person with or without accents and a role, opens them, and closes back to where the focus was', async () => {
    expect(zoe, 'the demo plan has Zoë Łukasiewicz').toBeDefined();
    expect(role, 'the demo plan has the role Head of Managed Services').toBeDefined();
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
      const dialog = page.getByRole('dialog', { name: 'Search people and roles' });
      const box = dialog.getByRole('combobox', { name: 'Search people and roles' });

      // Escape hands the focus back to the control that had it.
      const peopleLink = page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'People' });
      await peopleLink.focus();
      await page.keyboard.press('Control+k');
      await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await peopleLink.evaluate((el) => el === document.activeElement)).toBe(true);

      // Without the accent: "zoe luk" lists Zoë Łukasiewicz first.
      await page.keyboard.press('Control+k');
      await box.fill('zoe luk');
      const options = dialog.getByRole('option');
      await expect.poll(() => options.first().textContent()).toContain('Zoë Łukasiewicz');
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      // Typing leaves the focus on the text; ↓ makes the first hit the active one, read out by its name.
      expect(await box.getAttribute('aria-activedescendant')).toBeNull();
      await page.keyboard.press('ArrowDown');
      const firstId = await options.first().getAttribute('id');
      await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(firstId);

      // With the accent, and by first name only: both Zoës; the arrow keys move the selection.
      await box.fill('Zoë');
      await expect.poll(() => options.count()).toBeGreaterThanOrEqual(2);
      const texts = await options.allTextContents();
      const target = texts.findIndex((t) => t.includes('Zoë Łukasiewicz'));
      expect(target).toBeGreaterThanOrEqual(0);

      // What a screen reader is told: a combobox controlling the listbox of hits, grouped and named.
      const list = dialog.getByRole('listbox', { name: 'People and roles' });
      expect(await box.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
      expect(await list.getByRole('group', { name: 'People' }).getByRole('option', { name: /Zoë Łukasiewicz/ }).count()).toBe(1);
      for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      const targetId = await options.nth(target).getAttribute('id');
      await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(targetId);

      await page.screenshot({ path: '/tmp/global-search-light.png' });
      expect(await seriousViolations(page)).toEqual([]);

      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Zoë Łukasiewicz', level: 1 }).waitFor();
      expect(page.url()).toContain(`personId=${zoe!.id}`);

      // A role title from the profile: Enter opens its succession slate.
      await page.keyboard.press('Control+k');
      // Enter before any arrow opens the first hit.
      await box.fill('managed serv');
      await expect.poll(() => dialog.getByRole('group', { name: 'Roles' }).getByRole('option').first().textContent()).toContain('Head of Managed Services');
      // The role outranks Daniel Hughes, who only holds that job title: it is the first row.
      expect(await options.first().textContent()).toContain('Succession slate');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Succession', level: 1 }).waitFor();
      const roleHeading = page.getByRole('heading', { name: 'Head of Managed Services', level: 3 });
      await roleHeading.waitFor();
      await expect.poll(() => roleHeading.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(page.url()).toContain(`roleId=${role!.id}`);

      // Nothing found says so, and Enter does nothing.
      await page.keyboard.press('Control+k');
      await box.fill('qqqzzz');
      await dialog.getByText('Nothing matches “qqqzzz”.').waitFor();
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Enter');
      expect(await dialog.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
    } finally {
      await app.close();
    }
  });

  it('looks like Braid in the dark theme and passes axe there too', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const { page } = app;
      await page.goto(app.shell.url + '&theme=dark');
      await page.getByRole('heading', { name: 'Pipeline', level: 1 }).waitFor();
      await page.getByRole('button', { name: /Search…/ }).click();
      await page.getByRole('combobox', { name: 'Search people and roles' }).fill('head');
      await page.getByRole('group', { name: 'Roles' }).waitFor();
      await page.screenshot({ path: '/tmp/global-search-dark.png' });
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('does nothing without a plan', async () => {
    const app = await startApp({ plan: 'none' });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Load the demo organisation' }).waitFor();
      await page.keyboard.press('Control+k');
      expect(await page.locator('dialog.global-search').count()).toBe(0);
      expect(await page.getByRole('button', { name: /Search…/ }).count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
