// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProtectionStatus } from '../../../shared/api/protection-schemas';
import { fakeApi } from '../../testing/fake-api';
import { ProtectionPanel } from './ProtectionPanel';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';
import { useProtection } from './protection-store';

const unlocked: ProtectionStatus = {
  state: 'unlocked',
  mode: 'passphrase',
  keystore: 'unavailable',
  recoveryKey: { createdAt: '2026-11-01T10:00:00.000Z' },
  cipher: 'AES-256-GCM',
  kdf: 'scrypt (N = 2^17, r = 8, p = 1)',
  message: null,
};
beforeEach(() => {
  fakeApi
    .respond('protection:disable', { ...unlocked, state: 'off', mode: 'off', recoveryKey: null, kdf: null })
    .respond('protection:recoveryKey', { status: unlocked, recoveryKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF' });
  useProtection.setState({ status: unlocked, pendingRecoveryKey: null });
});
afterEach(cleanup);

describe('the protection settings', () => {
  it('say in plain words what protection is in force', () => {
    render(<ProtectionPanel />);
    expect(screen.getByTestId('protection-in-force').textContent).toBe(
      'Encrypted Encrypted at rest with AES-256-GCM; the key is protected by your passphrase (scrypt (N = 2^17, r = 8, p = 1)). The plan, every backup and the audit log are encrypted.',
    );
  });

  it('turn encryption off only after a plain warning and the passphrase', async () => {
    const user = userEvent.setup();
    render(<ProtectionPanel />);
    await user.click(screen.getByRole('button', { name: 'Turn encryption off…' }));
    expect(screen.getByText(/anyone who can read this computer’s disk/)).toBeTruthy();
    await user.type(screen.getByLabelText('Your passphrase, to confirm'), 'river otter lantern quay');
    await user.click(screen.getByRole('button', { name: 'Store everything unencrypted' }));
    expect(fakeApi.calls).toEqual([{ name: 'protection:disable', input: { passphrase: 'river otter lantern quay' } }]);
    expect((await screen.findByTestId('protection-in-force')).textContent).toMatch(/^Not encrypted The plan, its backups and the audit log are stored in clear/);
    expect(screen.getByRole('button', { name: 'Turn encryption on…' })).toBeTruthy();
  });

  it('show a new recovery key once, with a Print button', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ProtectionPanel />
        <RecoveryKeyDialog />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Make a new recovery key' }));
    expect((await screen.findByTestId('recovery-key')).textContent).toBe('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF');
    const print = vi.fn();
    window.print = print;
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });
});
