import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { UserFacingError } from '../../shared/api/dispatch';
import { EDIT_NAMES, type EditName } from '../../shared/domain/edits';
import { emptyPlan } from '../../shared/domain/plan/defaults';
import type { ServicePorts } from './ports';
import { PlanStore } from './plan-store';
import { planOrRefuse, serializePlan } from './plan-document';
import { reportHandlers, roleAuditFrom } from './reports/handlers';
import { importExportHandlers } from './import-export';
import { openProtectedStore, refusingWhileLocked } from './protection/protected-store';
import type { KdfCost } from './protection/passphrase-kdf';
import { protectionHandlers } from './protection/protection-handlers';
import { erasureHandlers } from './erasure-handlers';
import { auditHandlers } from './audit/audit-handlers';
import { openPlanText } from './protection/protected-file';
import { lockDataFolder } from './data-folder-lock';
import { makePrivateFolder } from './private-folder';
import { fileStem } from '../../shared/domain/plan/file-stem';
import { ScenarioStore } from './scenarios/scenario-store';
import { scenarioHandlers, withScenarioReport } from './scenarios/handlers';

export const DEMO_FILE_NAME = 'demo.braid.json';

export interface Services {
  handlers: Handlers;
  store: PlanStore;
  scenarios: ScenarioStore;
}

/** The implementation of every contract operation, over the given platform ports. */
export async function createServices(ports: ServicePorts, options: { kdfCost?: KdfCost } = {}): Promise<Services> {
  makePrivateFolder(ports.dataDir);
  await lockDataFolder(ports.dataDir);
  // Encryption at rest and the audit log wrap the store (electron/services/protection); erasure and the audit trail's handlers share it.
  const protectedStore = await openProtectedStore(ports, options);
  const { store, protection } = protectedStore;

  const scenarios = new ScenarioStore(store);
  const savedThisSession = new Set<string>();
  const editHandlers = Object.fromEntries(
    EDIT_NAMES.map((name: EditName) => [name, (input: unknown) => store.edit(name, input)]),
  ) as Pick<Handlers, EditName>;

  const handlers: Handlers = {
    ...editHandlers,
    ...reportHandlers(ports, () => store.current(), roleAuditFrom(() => protectedStore.audit.read())),
    ...importExportHandlers(store, ports.dataDir),
    ...protectionHandlers(protectedStore),
    ...erasureHandlers(protectedStore),
    ...auditHandlers(protectedStore),
    ...refusingWhileLocked(scenarioHandlers(scenarios, store), protection),
    'app:info': async () => ({
      version: ports.version,
      transport: ports.transport,
      dataDir: ports.dataDir,
      planPath: store.planPath,
      backupsDir: store.backups.dir,
    }),
    'plan:get': async () => ({ ...store.snapshot(), locked: !protection.readable }),
    'plan:new': async ({ name }) => store.replace(emptyPlan(name), 'New plan'),
    'plan:loadDemo': async () => {
      const text = await fs.readFile(join(ports.resourcesDir, DEMO_FILE_NAME), 'utf8');
      return store.replace(planOrRefuse(text, DEMO_FILE_NAME), 'Load demo organisation');
    },
    'plan:open': async ({ fileName, text, passphrase }) => store.replace(await openPlanText(fileName, text, passphrase), `Open ${fileName}`),
    'plan:export': async () => {
      const plan = store.current();
      if (!plan) throw new UserFacingError('There is no plan to export yet.');
      return { fileName: `${fileStem(plan.organization.name)}.braid.json`, text: serializePlan(plan) };
    },
    'plan:undo': async () => store.undo(),
    'plan:redo': async () => store.redo(),
    'backups:list': async () => store.backups.list(),
    'backups:restore': async ({ id }) => store.restoreBackup(id),
    'prefs:get': async () => ({ ...ports.preferences.get(), notice: ports.preferences.takeNotice() }),
    'prefs:set': async (change) => ports.preferences.set(change),
    'file:save': async ({ suggestedName, base64 }) => {
      if (!ports.saveFile) throw new UserFacingError('Saving through a dialog is only available in the desktop app.');
      const path = await ports.saveFile(suggestedName, Buffer.from(base64, 'base64'));
      if (path) savedThisSession.add(path);
      return { path };
    },
    'file:open': async ({ path }) => {
      if (!ports.openFile) throw new UserFacingError('Opening files is only available in the desktop app.');
      // Only what the user just saved through Braid's own dialog: never a path the page makes up.
      if (!savedThisSession.has(path)) throw new UserFacingError('Braid opens only files it saved for you in this session.');
      await ports.openFile(path);
      return { opened: true };
    },
  };
  handlers['report:pdf'] = withScenarioReport(handlers['report:pdf'], scenarios, store, ports);
  const erase = handlers['person:erase'];
  // Scenarios held in memory (and their undo) still hold the person; the erased files on disk are the truth.
  handlers['person:erase'] = (input) =>
    store.writer.run(async () => {
      const result = await erase(input);
      scenarios.forgetHeld();
      return result;
    });
  return { handlers, store, scenarios };
}
