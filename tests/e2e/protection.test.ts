import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, textsFoundIn } from '../helpers/folder-scan';
import { closeBrowser, RESOURCES_DIR, startApp } from './harness';

afterAll(closeBrowser);

const PASSPHRASE = 'river otter lantern quay';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** Names, titles and role titles of the demo organisation: none may be readable on disk. */
async function demoSecrets(): Promise<string[]> {
  const demo = JSON.parse(await readFile(join(RESOURCES_DIR, 'demo.braid.json'), 'utf8'));
  return [
    ...demo.people.slice(0, 30).map((p: { name: string }) => p.name),
    ...demo.roles.slice(0, 5).map((r: { title: string }) => r.title),
    '"flightRisk"',
    '"performance"',
  ];
}

describe('encryption at rest in the browser', () => {
  it('first run → passphrase → demo → edit → restart → wrong then right passphrase → the plan', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'braid-e2e-protection-'));
    try {
      const first = await startApp({ plan: 'none', protection: 'ask', dataDir });
      try {
        const { page } = first;
        await page.getByRole('heading', { name: 'Protect your plans' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: '/tmp/protection-first-run.png' });
        await page.getByLabel('Choose a passphrase').fill(PASSPHRASE);
        await page.getByLabel('Type it again').fill(PASSPHRASE);
        await page.getByRole('button', { name: 'Encrypt with this passphrase' }).click();

        const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
        expect(key).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$/);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: '/tmp/protection-recovery-key.png' });
        // What Print puts on paper: the key and nothing else of the app.
        await page.evaluate("document.documentElement.classList.add('printing-recovery-key')");
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: '/tmp/protection-recovery-print.png' });
        await page.emulateMedia({ media: 'screen' });
        await page.evaluate("document.documentElement.classList.remove('printing-recovery-key')");
        await page.getByLabel('I have printed or written down my recovery key').check();
        await page.getByRole('button', { name: 'Done' }).click();

        await page.getByRole('button', { name: 'Load the demo organisation' }).click();
        await page.getByTestId('plan-name').click();
        const field = page.getByRole('textbox', { name: 'Organisation name' });
        await field.fill('Zoë Łukasiewicz & Partners');
        await field.press('Enter');
        await page.getByText('All changes saved').waitFor();
        await first.services.store.flush();
      } finally {
        await first.context.close();
        await first.services.store.flush();
        await first.shell.close();
      }

      // Nothing of the plan, its backups or the audit log is readable in the data folder.
      expect((await filesUnder(dataDir)).length).toBeGreaterThan(3);
      expect(await textsFoundIn(dataDir, [...(await demoSecrets()), 'Zoë Łukasiewicz & Partners'])).toEqual([]);

      const second = await startApp({ plan: 'none', protection: 'ask', dataDir, colorScheme: 'dark' });
      try {
        const { page } = second;
        await page.getByRole('heading', { name: 'Braid is locked' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        const before = await filesUnder(dataDir);
        await page.getByLabel('Passphrase').fill('river otter lantern');
        await page.getByRole('button', { name: 'Unlock' }).click();
        await page.getByRole('alert').getByText('That passphrase is not right. Nothing was changed; try again.').waitFor();
        await page.screenshot({ path: '/tmp/protection-unlock-wrong-dark.png' });
        expect(await filesUnder(dataDir)).toEqual(before);

        await page.getByLabel('Passphrase').fill(PASSPHRASE);
        await page.getByRole('button', { name: 'Unlock' }).click();
        await expect(page.getByTestId('plan-name').textContent()).resolves.toBe('Zoë Łukasiewicz & Partners');
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('erases a person from the profile after the confirmation, leaving no byte of the name on disk', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const plan = app.services.store.current()!;
      const person = plan.people.find((p) => p.id === 'P015')!;
      const role = plan.roles.find((r) => r.successors.some((s) => s.personId === person.id))!;
      await app.services.handlers['successor:update']({ roleId: role.id, personId: person.id, emergency: true });
      await app.services.store.flush();
      expect(await textsFoundIn(app.dataDir, [person.name])).not.toEqual([]);

      const page = await app.reopen();
      await page.goto(`${app.shell.url}#/profile?personId=${person.id}`);
      const trail = page.getByRole('region', { name: `Changes about ${person.name}` });
      await trail.getByText(`${person.name} named emergency cover for ${role.title}`).waitFor();
      await trail.scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/protection-profile-audit.png' });

      await page.getByRole('button', { name: 'Erase this person…' }).click();
      const dialog = page.getByRole('dialog', { name: `Erase ${person.name}?` });
      await dialog.getByText(/the undo history/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: '/tmp/protection-erase-dialog.png' });
      await dialog.getByLabel('I understand this cannot be undone').check();
      await dialog.getByRole('button', { name: `Erase ${person.name}` }).click();
      await page.getByText(/The person was erased/).waitFor();
      expect(page.url()).toContain('#/people');
      await app.services.store.flush();
      expect(await textsFoundIn(app.dataDir, [person.name])).toEqual([]);

      await page.goto(`${app.shell.url}#/framework`);
      await page.getByRole('region', { name: 'Protection of your data' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/protection-settings-off.png' });
    } finally {
      await app.close();
    }
  }, 120_000);

  it('names a plan file it cannot read, and erases only once the user agrees to delete it', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      const person = app.services.store.current()!.people.find((p) => p.id === 'P015')!;
      // An encrypted plan kept aside from another data folder: this one has no key for it.
      const damaged = 'plan.unreadable-2026-11-30T09-00-00-000Z.braid.json';
      await writeFile(join(app.dataDir, damaged), Buffer.concat([Buffer.from('BRAIDENC\x01\x01', 'latin1'), Buffer.alloc(64, 7)]));

      const page = app.page;
      await page.goto(`${app.shell.url}#/profile?personId=${person.id}`);
      await page.getByRole('button', { name: 'Erase this person…' }).click();
      const dialog = page.getByRole('dialog', { name: `Erase ${person.name}?` });
      await dialog.getByText(damaged).waitFor();
      await dialog.getByLabel('I understand this cannot be undone').check();
      const erase = dialog.getByRole('button', { name: `Erase ${person.name}` });
      expect(await erase.isDisabled()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: 'docs/screenshots/harden-erase-unreadable.png' });
      await dialog.getByLabel('Delete the 1 file Braid cannot read').check();
      await erase.click();
      await page.getByText(/The person was erased/).waitFor();
      await app.services.store.flush();
      expect((await filesUnder(app.dataDir)).map((f) => f.path)).not.toContain(join(app.dataDir, damaged));
      expect(await textsFoundIn(app.dataDir, [person.name])).toEqual([]);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('the harness default (protection off) lands other tests straight on the plan', async () => {
    const app = await startApp({ plan: 'demo' });
    try {
      await app.page.getByTestId('plan-name').waitFor();
      expect(await app.page.getByRole('heading', { name: 'Braid is locked' }).count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
