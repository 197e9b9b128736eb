import type { Handlers } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/dispatch';
import type { Plan } from '../../../shared/domain/plan/schema';
import type { ServicePorts } from '../ports';
import { reportPdf } from './report-pdf';

/** The 'report:pdf' operation over the current plan. */
export function reportHandlers(ports: ServicePorts, currentPlan: () => Plan | null): Pick<Handlers, 'report:pdf'> {
  return {
    'report:pdf': async ({ paper, ...request }) => {
      const plan = currentPlan();
      if (!plan) throw new UserFacingError('There is no plan to report on yet: open or create one first.');
      if (!ports.printPdf) throw new UserFacingError('PDF printing is not available in this version of Braid.');
      const { fileName, bytes } = await reportPdf(plan, { ...request, paper }, { printPdf: ports.printPdf, resourcesDir: ports.resourcesDir });
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
