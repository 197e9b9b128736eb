import type { Handlers } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/dispatch';
import { auditChange } from '../../../shared/domain/audit/types';
import { serializePlan } from '../plan-document';
import { protectPlanText } from './protected-file';
import { openWhenReadable, requireReadable, type ProtectedStore } from './protected-store';
import { PROTECTED_PLAN_EXTENSION } from '../../../shared/api/protection-schemas';
import { fileStem } from '../../../shared/domain/plan/file-stem';

export type ProtectionOperation =
  | 'protection:status'
  | 'protection:choose'
  | 'protection:unlock'
  | 'protection:unlockWithRecovery'
  | 'protection:changePassphrase'
  | 'protection:recoveryKey'
  | 'protection:disable'
  | 'plan:exportProtected';

/** Encryption at rest: choosing, unlocking, changing and turning off protection; protected copies. */
export function protectionHandlers({ store, protection, audit }: ProtectedStore): Pick<Handlers, ProtectionOperation> {
  /** After an unlock or a first choice the plan becomes readable: open the store then. */
  const openIfReadable = () => openWhenReadable({ store, protection, audit });
  const log = (action: string, summary: string) => audit.append([auditChange({ area: 'protection', action, summary })]);

  return {
    'protection:status': async () => protection.status(),
    'protection:choose': async (choice) => {
      const recoveryKey = await protection.choose(choice);
      await openIfReadable();
      await log(
        'Choose protection',
        choice.mode === 'off' ? 'Continued without encryption' : `Encryption at rest turned on (${choice.mode === 'keystore' ? 'system keychain' : 'passphrase'})`,
      );
      return { status: protection.status(), recoveryKey };
    },
    'protection:unlock': async ({ passphrase }) => {
      await protection.unlock(passphrase);
      await openIfReadable();
      return protection.status();
    },
    'protection:unlockWithRecovery': async ({ recoveryKey, newPassphrase }) => {
      await protection.unlockWithRecovery(recoveryKey, newPassphrase);
      await openIfReadable();
      await log('Unlock with recovery key', 'Unlocked with the recovery key; a new passphrase was set');
      return protection.status();
    },
    'protection:changePassphrase': async ({ current, next }) => {
      await protection.changePassphrase(current, next);
      await log('Change passphrase', 'The passphrase was changed');
      return protection.status();
    },
    'protection:recoveryKey': async () => {
      const recoveryKey = await protection.newRecoveryKey();
      await log('New recovery key', 'A new recovery key was made; the previous one no longer works');
      return { status: protection.status(), recoveryKey };
    },
    'protection:disable': async ({ passphrase }) => {
      await protection.disable(passphrase);
      await log('Turn protection off', 'Encryption at rest turned off: the plan, backups and audit log are now stored in clear');
      return protection.status();
    },
    'plan:exportProtected': async ({ passphrase }) => {
      requireReadable(protection);
      const plan = store.current();
      if (!plan) throw new UserFacingError('There is no plan to export yet.');
      const text = await protectPlanText(serializePlan(plan), passphrase);
      return { fileName: `${fileStem(plan.organization.name)}${PROTECTED_PLAN_EXTENSION}`, text };
    },
  };
}
