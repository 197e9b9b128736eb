import type { Handlers } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/dispatch';
import type { Plan } from '../../../shared/domain/plan/schema';
import type { ServicePorts } from '../ports';
import { reportPdf } from './report-pdf';
import { entriesMatching, type AuditEntry } from '../../../shared/domain/audit';

/** The entries of the audit trail about one role, newest first. */
export function roleAuditFrom(read: () => Promise<{ entries: AuditEntry[] }>) {
  return async (roleId: string) => entriesMatching((await read()).entries, { roleId });
}

/** The 'report:pdf' operation over the current plan. */
export function reportHandlers(
  ports: ServicePorts,
  currentPlan: () => Plan | null,
  auditOfRole: (roleId: string) => Promise<AuditEntry[]> = async () => [],
): Pick<Handlers, 'report:pdf'> {
  return {
    'report:pdf': async ({ paper, includeAudit, ...request }) => {
      const plan = currentPlan();
      if (!plan) throw new UserFacingError('There is no plan to report on yet: open or create one first.');
      if (!ports.printPdf) throw new UserFacingError('PDF printing is not available in this version of Braid.');
      const audit = includeAudit && request.report === 'role' && request.roleId ? await auditOfRole(request.roleId) : undefined;
      const { fileName, bytes } = await reportPdf(plan, { ...request, paper, audit }, { printPdf: ports.printPdf, resourcesDir: ports.resourcesDir });
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
