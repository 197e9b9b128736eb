import type { Handlers } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/dispatch';
import { auditCsv, entriesMatching } from '../../../shared/domain/audit/audit-query';
import type { AuditChange } from '../../../shared/domain/audit/types';
import { erasePerson, previewErasure } from '../erasure';
import { serializePlan } from '../plan-document';
import { protectPlanText } from './protected-file';
import type { ProtectedStore } from './protected-store';
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
  | 'person:erasePreview'
  | 'person:erase'
  | 'audit:list'
  | 'audit:exportCsv'
  | 'plan:exportProtected';

const protectionEntry = (action: string, summary: string): AuditChange => ({
  area: 'protection',
  action,
  summary,
  personIds: [],
  roleIds: [],
  rotationIds: [],
  names: [],
  before: null,
  after: null,
});


/** Encryption at rest, erasure and the audit trail, over one protected store. */
export function protectionHandlers({ store, protection, audit }: ProtectedStore): Pick<Handlers, ProtectionOperation> {
  /** After an unlock or a first choice the plan becomes readable: open the store then. */
  const openIfReadable = async () => {
    if (protection.readable && !store.isOpen) await store.open();
  };
  const requireReadable = () => {
    if (!protection.readable) throw new UserFacingError('Braid is locked. Unlock it first; nothing was changed.');
  };
  const log = (action: string, summary: string) => audit.append([protectionEntry(action, summary)]);

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
    'person:erasePreview': async ({ personId }) => {
      requireReadable();
      return previewErasure({ store, audit, dataDir: store.dataDir }, personId);
    },
    'person:erase': async ({ personId, deleteUnreadable }) => {
      requireReadable();
      const { snapshot, result } = await erasePerson({ store, audit, dataDir: store.dataDir }, personId, deleteUnreadable);
      return { ...snapshot, erasure: result };
    },
    'audit:list': async (query) => {
      requireReadable();
      const { entries, damaged } = await audit.read();
      return { entries: entriesMatching(entries, query), damaged };
    },
    'audit:exportCsv': async (query) => {
      requireReadable();
      const { entries } = await audit.read();
      const plan = store.current();
      const stem = fileStem(plan?.organization.name ?? 'Braid');
      return { fileName: `${stem}-audit-trail.csv`, text: auditCsv(entriesMatching(entries, query)) };
    },
    'plan:exportProtected': async ({ passphrase }) => {
      requireReadable();
      const plan = store.current();
      if (!plan) throw new UserFacingError('There is no plan to export yet.');
      const text = await protectPlanText(serializePlan(plan), passphrase);
      return { fileName: `${fileStem(plan.organization.name)}${PROTECTED_PLAN_EXTENSION}`, text };
    },
  };
}
