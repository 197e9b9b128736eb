// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProtectionStatus } from '../../../shared/api/protection-schemas';

const server = vi.hoisted(() => ({
  status: null as unknown as ProtectionStatus,
  calls: [] as [string, unknown][],
  passphrase: 'river otter lantern quay',
}));

vi.mock('../../platform', () => {
  class BraidCallError extends Error {
    details: string[] = [];
  }
  return {
    transport: 'web',
    BraidCallError,
    call: vi.fn(async (name: string, input: Record<string, string>) => {
      server.calls.push([name, input]);
      const unlocked: ProtectionStatus = { ...server.status, state: 'unlocked', mode: 'passphrase' };
      if (name === 'protection:status') return server.status;
      if (name === 'protection:choose') {
        server.status = input.mode === 'off' ? { ...server.status, state: 'off', mode: 'off' } : unlocked;
        return { status: server.status, recoveryKey: input.mode === 'off' ? null : '7K2QD-MX4PA-00000-11111-VVVVV-ABCDE' };
      }
      if (name === 'protection:unlock') {
        if (input.passphrase !== server.passphrase) throw new BraidCallError('That passphrase is not right. Nothing was changed; try again.');
        return (server.status = unlocked);
      }
      if (name === 'plan:get') return { plan: null, revision: 0, history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }, problem: null };
      throw new Error(`unexpected call ${name}`);
    }),
  };
});

const { ProtectionGate } = await import('./ProtectionGate');
const { useProtection } = await import('./protection-store');

const base: ProtectionStatus = { state: 'setup', mode: null, keystore: 'unavailable', recoveryKey: null, cipher: 'AES-256-GCM', kdf: null, message: null };

beforeEach(() => {
  server.calls = [];
  useProtection.setState({ status: null, pendingRecoveryKey: null });
});
afterEach(cleanup);

const app = () => render(<ProtectionGate><p>The plan</p></ProtectionGate>);

describe('first run', () => {
  it('asks for the passphrase twice, refuses a mismatch, then shows the recovery key once', async () => {
    server.status = base;
    const user = userEvent.setup();
    app();
    await screen.findByRole('heading', { name: 'Protect your plans' });
    expect(screen.queryByText('The plan')).toBeNull();
    await user.type(screen.getByLabelText('Choose a passphrase'), 'river otter lantern quay');
    expect(screen.getByText('Strong')).toBeTruthy();
    // Said once, and never "nobody can recover it" just before the recovery key is issued.
    const strength = screen.getByText('Strong').parentElement!.textContent!;
    expect(strength).not.toMatch(/Strong: Strong|nobody can recover/);
    expect(strength).toContain('recovery key');
    await user.type(screen.getByLabelText('Type it again'), 'river otter lantern');
    await user.click(screen.getByRole('button', { name: 'Encrypt with this passphrase' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The two passphrases are not the same.');
    expect(server.calls.some(([name]) => name === 'protection:choose')).toBe(false);

    await user.type(screen.getByLabelText('Type it again'), ' quay');
    await user.click(screen.getByRole('button', { name: 'Encrypt with this passphrase' }));
    expect(server.calls).toContainEqual(['protection:choose', { mode: 'passphrase', passphrase: 'river otter lantern quay' }]);
    expect((await screen.findByTestId('recovery-key')).textContent).toBe('7K2QD-MX4PA-00000-11111-VVVVV-ABCDE');
    expect(screen.getByText('The plan')).toBeTruthy();
    const done = screen.getByRole('button', { name: 'Done' }) as HTMLButtonElement;
    expect(done.disabled).toBe(true);
    await user.click(screen.getByLabelText('I have printed or written down my recovery key'));
    await user.click(done);
    expect(screen.queryByTestId('recovery-key')).toBeNull();
    expect(useProtection.getState().pendingRecoveryKey).toBeNull();
  });

  it('goes on without encryption only after a plain warning', async () => {
    server.status = base;
    const user = userEvent.setup();
    app();
    await user.click(await screen.findByRole('button', { name: 'Continue without encryption…' }));
    expect(screen.getByText(/anyone who can read this computer’s disk/)).toBeTruthy();
    expect(server.calls.some(([name]) => name === 'protection:choose')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Continue without encryption' }));
    expect(server.calls).toContainEqual(['protection:choose', { mode: 'off' }]);
    expect(await screen.findByText('The plan')).toBeTruthy();
  });
});

describe('the unlock screen', () => {
  it('says plainly when the passphrase is wrong, and opens the plan with the right one', async () => {
    server.status = { ...base, state: 'locked', mode: 'passphrase', kdf: 'scrypt (N = 2^17, r = 8, p = 1)' };
    const user = userEvent.setup();
    app();
    await user.type(await screen.findByLabelText('Passphrase'), 'wrong passphrase{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase is not right. Nothing was changed; try again.');
    expect(screen.queryByText('The plan')).toBeNull();
    await user.type(screen.getByLabelText('Passphrase'), 'river otter lantern quay{Enter}');
    expect(await screen.findByText('The plan')).toBeTruthy();
    expect(server.calls.map(([name]) => name)).toContain('plan:get');
  });

  it('offers the recovery key with a new passphrase when the passphrase is forgotten', async () => {
    server.status = { ...base, state: 'locked', mode: 'passphrase' };
    const user = userEvent.setup();
    app();
    await user.click(await screen.findByRole('button', { name: /Forgot your passphrase/ }));
    expect(screen.getByLabelText('Recovery key')).toBeTruthy();
    expect(screen.getByLabelText('New passphrase')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unlock and set the new passphrase' })).toBeTruthy();
  });
});
