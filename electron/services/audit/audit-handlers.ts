import type { Handlers } from '../../../shared/api/contract';
import { auditCsv, entriesMatching } from '../../../shared/domain/audit/audit-query';
import { fileStem } from '../../../shared/domain/plan/file-stem';
import { requireReadable, type ProtectedStore } from '../protection/protected-store';

export type AuditOperation = 'audit:list' | 'audit:exportCsv';

/** The audit trail: listing its entries and exporting them as CSV. */
export function auditHandlers({ store, protection, audit }: ProtectedStore): Pick<Handlers, AuditOperation> {
  return {
    'audit:list': async (query) => {
      requireReadable(protection);
      const { entries, damaged } = await audit.read();
      return { entries: entriesMatching(entries, query), damaged };
    },
    'audit:exportCsv': async (query) => {
      requireReadable(protection);
      const { entries } = await audit.read();
      const plan = store.current();
      const stem = fileStem(plan?.organization.name ?? 'Braid');
      return { fileName: `${stem}-audit-trail.csv`, text: auditCsv(entriesMatching(entries, query)) };
    },
  };
}
