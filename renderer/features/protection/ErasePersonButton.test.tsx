// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ErasurePreview } from '../../../shared/api/protection-schemas';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { fakeApi } from '../../testing/fake-api';
import { useBraid } from '../../store';
import { ErasePersonButton, erasureLines } from './ErasePersonButton';

const preview: ErasurePreview = {
  personId: 'zoe',
  name: 'Zoë Łukasiewicz',
  rotations: 2,
  mentoring: 1,
  nominations: 1,
  assessments: 3,
  reports: 0,
  incumbentOf: 1,
  backups: 24,
  keptAside: 1,
  scenarios: 0,
  auditEntries: 5,
  undoSteps: 12,
  unreadable: [],
};
const erasure = (remaining: string[] = []) => ({
  plan: planWith({}),
  revision: 9,
  history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  problem: null,
  erasure: {
    marker: 'Erased person #3',
    backupsRewritten: 24,
    keptAsideRewritten: 1,
    scenariosRewritten: 0,
    otherFilesRewritten: 0,
    auditEntriesAnonymised: 5,
    deleted: [],
    remaining,
    complete: remaining.length === 0,
  },
});

beforeEach(() => {
  fakeApi.respond('person:erasePreview', preview).respond('person:erase', erasure());
});
afterEach(cleanup);

describe('erasing a person', () => {
  it('lists exactly what will go, including the backups and the undo history', () => {
    expect(erasureLines(preview)).toEqual([
      'Zoë Łukasiewicz from the plan, with 3 assessments',
      '2 rotations of theirs',
      '1 nomination as a successor',
      'their name as mentor on 1 rotation (left without a mentor)',
      'their name as incumbent of 1 role (left vacant)',
      'every trace of them in 24 backups and 1 plan file kept aside — each is rewritten without them',
      'their name in 5 audit entries, replaced by “Erased person #…”',
      'the undo history (12 steps): this cannot be undone',
    ]);
  });

  it('erases only after the user confirms they understand, then leaves the profile', async () => {
    useBraid.setState({ plan: planWith({ people: [{ id: 'zoe' }] }), loaded: true, route: { screen: 'profile', personId: 'zoe' } });
    const user = userEvent.setup();
    render(<ErasePersonButton personId="zoe" />);
    await user.click(screen.getByRole('button', { name: 'Erase this person…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Zoë Łukasiewicz?' });
    const erase = within(dialog).getByRole('button', { name: 'Erase Zoë Łukasiewicz' }) as HTMLButtonElement;
    expect(erase.disabled).toBe(true);
    await user.click(within(dialog).getByLabelText('I understand this cannot be undone'));
    await user.click(erase);
    expect(fakeApi.names()).toEqual(['person:erasePreview', 'person:erase']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useBraid.getState().route.screen).toBe('people');
    expect(useBraid.getState().history.canUndo).toBe(false);
    expect(useBraid.getState().notices.at(-1)?.message).toContain('Erased person #3');
  });

  it('names the files it cannot read and erases only once the user agrees to delete them', async () => {
    const damaged = 'plan.unreadable-2026-11-30T09-00-00-000Z.braid.json';
    fakeApi.respond('person:erasePreview', { ...preview, unreadable: [{ file: damaged, detail: 'This file was changed or is damaged, so Braid will not use it.' }] });
    useBraid.setState({ plan: planWith({ people: [{ id: 'zoe' }] }), loaded: true, route: { screen: 'profile', personId: 'zoe' } });
    const user = userEvent.setup();
    render(<ErasePersonButton personId="zoe" />);
    await user.click(screen.getByRole('button', { name: 'Erase this person…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Zoë Łukasiewicz?' });
    expect(within(dialog).getByText(damaged)).toBeTruthy();
    const erase = within(dialog).getByRole('button', { name: 'Erase Zoë Łukasiewicz' }) as HTMLButtonElement;
    await user.click(within(dialog).getByLabelText('I understand this cannot be undone'));
    expect(erase.disabled).toBe(true);
    await user.click(within(dialog).getByLabelText('Delete the 1 file Braid cannot read'));
    await user.click(erase);
    expect(fakeApi.calls.at(-1)?.input).toEqual({ personId: 'zoe', deleteUnreadable: [damaged] });
  });

  it('never says "erased" while a file that may hold the person remains', async () => {
    const remaining = ['backups/plan-2026-11-30T09-00-00-000Z-r000004.braid.json'];
    fakeApi.respond('person:erase', erasure(remaining));
    useBraid.setState({ plan: planWith({ people: [{ id: 'zoe' }] }), loaded: true, route: { screen: 'profile', personId: 'zoe' } });
    const user = userEvent.setup();
    render(<ErasePersonButton personId="zoe" />);
    await user.click(screen.getByRole('button', { name: 'Erase this person…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Zoë Łukasiewicz?' });
    await user.click(within(dialog).getByLabelText('I understand this cannot be undone'));
    await user.click(within(dialog).getByRole('button', { name: 'Erase Zoë Łukasiewicz' }));
    const notice = useBraid.getState().notices.at(-1)!;
    expect(notice.tone).toBe('error');
    expect(notice.message).not.toMatch(/was erased/);
    expect(notice.message).toMatch(/not completely erased/);
    expect(notice.details).toEqual(remaining);
  });
});
