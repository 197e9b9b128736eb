// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { fakeApi } from '../../testing/fake-api';
import FrameworkScreen from './FrameworkScreen';

beforeEach(() => {
  fakeApi
    .respond('app:info', { version: '1.0.0', transport: 'web', dataDir: '/data', planPath: '/data/plan.braid.json', backupsDir: '/data/backups' })
    .respond('protection:status', { state: 'off', mode: 'off', keystore: 'unavailable', recoveryKey: null, cipher: 'AES-256-GCM', kdf: null, message: null })
    .respond('backups:list', [{ id: 'b-12', createdAt: '2027-01-05T10:00:00.000Z', revision: 12, bytes: 20480, kind: 'recent' }]);
});
afterEach(cleanup);

describe('FrameworkScreen', () => {
  it('shows only the data section when no plan is open, with the file and its backups', async () => {
    useBraid.setState({ plan: null, loaded: true });
    // Protection is off, so the store reads the plan from the services: there is none yet.
    fakeApi.respond('plan:get', { plan: null, revision: 0, history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }, problem: null });
    render(<FrameworkScreen />);
    expect(await screen.findByText('/data/plan.braid.json')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Restore…' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Policy' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Export the plan file…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('refuses a policy value below its minimum with a message next to it, and applies a good one', async () => {
    const edit = vi.fn(async () => true);
    const plan = planWith({});
    useBraid.setState({ plan, loaded: true, edit: edit as never });
    render(<FrameworkScreen />);
    const input = screen.getByLabelText('Fully braided (months)') as HTMLInputElement;
    await userEvent.clear(input);
    await userEvent.type(input, '0{Enter}');
    expect(edit).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Fully braided: 0 is too small; it must be more than 0.');

    await userEvent.clear(input);
    await userEvent.type(input, '18{Enter}');
    expect(edit).toHaveBeenCalledWith('framework:save', { framework: { ...plan.framework, policy: { ...plan.framework.policy, braidTargetMonths: 18 } } });
  });

  it('changes which threads a domain develops with one click', async () => {
    const edit = vi.fn(async () => true);
    const plan = planWith({});
    useBraid.setState({ plan, loaded: true, edit: edit as never });
    render(<FrameworkScreen />);
    const row = document.querySelector('tr[data-domain="security"]')!;
    const checkbox = [...row.querySelectorAll('label')].find((l) => l.textContent === 'Financial Acumen')!.querySelector('input')!;
    await userEvent.click(checkbox);
    const framework = (edit.mock.calls[0] as unknown as [string, { framework: typeof plan.framework }])[1].framework;
    expect(framework.domains.find((d) => d.id === 'security')!.develops).toEqual(['financial-acumen', 'recovery-growth']);
  });
});
