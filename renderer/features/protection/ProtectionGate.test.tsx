// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProtectionStatus } from '../../../shared/api/protection-schemas';
import { fakeApi, refusal } from '../../testing/fake-api';
import { ProtectionGate } from './ProtectionGate';
import { useProtection } from './protection-store';

const base: ProtectionStatus = { state: 'setup', mode: null, keystore: 'unavailable', recoveryKey: null, cipher: 'AES-256-GCM', kdf: null, message: null };

const PASSPHRASE = 'river otter lantern quay';
/** The services' protection state: what `status` the tests start from, changed by choose and unlock. */
let status: ProtectionStatus;

beforeEach(() => {
  useProtection.setState({ status: null, pendingRecoveryKey: null });
  const unlocked = (): ProtectionStatus => ({ ...status, state: 'unlocked', mode: 'passphrase' });
  fakeApi
    .respond('protection:status', () => status)
    .respond('protection:choose', (choice) => {
      status = choice.mode === 'off' ? { ...status, state: 'off', mode: 'off' } : unlocked();
      return { status, recoveryKey: choice.mode === 'off' ? null : '7K2QD-MX4PA-00000-11111-VVVVV-ABCDE' };
    })
    .respond('protection:unlock', ({ passphrase }) => {
      if (passphrase !== PASSPHRASE) throw refusal('That passphrase is not right. Nothing was changed; try again.');
      return (status = unlocked());
    })
    .respond('plan:get', { plan: null, revision: 0, history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }, problem: null });
});
afterEach(cleanup);

const app = () => render(<ProtectionGate><p>The plan</p></ProtectionGate>);

describe('first run', () => {
  it('asks for the passphrase twice, refuses a mismatch, then shows the recovery key once', async () => {
    status = base;
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
    expect(fakeApi.inputsOf('protection:choose')).toEqual([]);

    await user.type(screen.getByLabelText('Type it again'), ' quay');
    await user.click(screen.getByRole('button', { name: 'Encrypt with this passphrase' }));
    expect(fakeApi.inputsOf('protection:choose')).toEqual([{ mode: 'passphrase', passphrase: 'river otter lantern quay' }]);
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
    status = base;
    const user = userEvent.setup();
    app();
    await user.click(await screen.findByRole('button', { name: 'Continue without encryption…' }));
    expect(screen.getByText(/anyone who can read this computer’s disk/)).toBeTruthy();
    expect(fakeApi.inputsOf('protection:choose')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Continue without encryption' }));
    expect(fakeApi.inputsOf('protection:choose')).toEqual([{ mode: 'off' }]);
    expect(await screen.findByText('The plan')).toBeTruthy();
  });
});

describe('the unlock screen', () => {
  it('says plainly when the passphrase is wrong, and opens the plan with the right one', async () => {
    status = { ...base, state: 'locked', mode: 'passphrase', kdf: 'scrypt (N = 2^17, r = 8, p = 1)' };
    const user = userEvent.setup();
    app();
    await user.type(await screen.findByLabelText('Passphrase'), 'wrong passphrase{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase is not right. Nothing was changed; try again.');
    expect(screen.queryByText('The plan')).toBeNull();
    await user.type(screen.getByLabelText('Passphrase'), 'river otter lantern quay{Enter}');
    expect(await screen.findByText('The plan')).toBeTruthy();
    expect(fakeApi.names()).toContain('plan:get');
  });

  it('offers the recovery key with a new passphrase when the passphrase is forgotten', async () => {
    status = { ...base, state: 'locked', mode: 'passphrase' };
    const user = userEvent.setup();
    app();
    await user.click(await screen.findByRole('button', { name: /Forgot your passphrase/ }));
    expect(screen.getByLabelText('Recovery key')).toBeTruthy();
    expect(screen.getByLabelText('New passphrase')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unlock and set the new passphrase' })).toBeTruthy();
  });
});
