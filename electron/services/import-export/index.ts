import type { Handlers } from '../../../shared/api/contract';
import type { PlanStore } from '../plan-store';
import { exportHandlers } from './export-handlers';
import { importHandlers } from './import-handlers';

/** The import and export operations of the contract, over the plan store. */
type ImportExportOperation =
  | 'import:preview'
  | 'import:commit'
  | 'import:mappings'
  | 'import:saveMapping'
  | 'import:deleteMapping'
  | 'import:template'
  | 'import:refusedRows'
  | 'export:table';

export function importExportHandlers(store: PlanStore, dataDir: string): Pick<Handlers, ImportExportOperation> {
  return { ...importHandlers(store, dataDir), ...exportHandlers(store) };
}
