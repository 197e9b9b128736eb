import type { Handlers } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/dispatch';
import type { ServicePorts } from '../ports';
import { reportPdf } from '../reports/report-pdf';
import type { PlanStore } from '../plan-store';
import type { ScenarioStore } from './scenario-store';

type ScenarioOps = Extract<keyof Handlers, `scenario:${string}`>;

export function scenarioHandlers(scenarios: ScenarioStore, store: PlanStore): Pick<Handlers, ScenarioOps> {
  return {
    'scenario:list': async () => scenarios.list(),
    'scenario:create': async ({ name, note }) => scenarios.create(name, note),
    'scenario:get': async ({ id }) => scenarios.get(id),
    'scenario:edit': async ({ id, edit, input }) => scenarios.edit(id, edit, input),
    'scenario:undo': async ({ id }) => scenarios.undo(id),
    'scenario:redo': async ({ id }) => scenarios.redo(id),
    'scenario:compare': async ({ id }) => scenarios.compare(id),
    'scenario:promote': async ({ id }) => ({ ...(await scenarios.promote(id)), snapshot: store.snapshot() }),
    'scenario:discard': async ({ id }) => scenarios.discard(id),
    'scenario:restore': async ({ id }) => scenarios.restore(id),
  };
}

/** 'report:pdf' with the scenario comparison added: that report is built from the scenario store, the others as before. */
export function withScenarioReport(report: Handlers['report:pdf'], scenarios: ScenarioStore, store: PlanStore, ports: ServicePorts): Handlers['report:pdf'] {
  return async (request) => {
    if (request.report !== 'scenario') return report(request);
    const plan = store.current();
    if (!plan) throw new UserFacingError('There is no plan to compare the scenario with.');
    if (!request.scenarioId) throw new UserFacingError('scenarioId: a scenario report needs a scenario — choose one.');
    if (!ports.printPdf) throw new UserFacingError('PDF printing is not available in this version of Braid.');
    const scenario = await scenarios.reportInput(request.scenarioId);
    const { fileName, bytes } = await reportPdf(plan, { report: 'scenario', paper: request.paper, scenario }, { printPdf: ports.printPdf, resourcesDir: ports.resourcesDir });
    return { fileName, base64: Buffer.from(bytes).toString('base64') };
  };
}
