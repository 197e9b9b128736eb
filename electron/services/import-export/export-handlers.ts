import type { Handlers } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/dispatch';
import type { Plan } from '../../../shared/domain/plan/schema';
import { EXPORT_TABLES, exportTables, type ExportTableName } from '../../../shared/export';
import type { PlanStore } from '../plan-store';
import { CSV_MIME, tablesToXlsx, tableToCsv, XLSX_MIME } from './export-files';
import { fileStem } from '../../../shared/domain/plan/file-stem';

export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
  mime: string;
}

export function fileStemOf(plan: Plan): string {
  return fileStem(plan.organization.name);
}

/** One table as CSV or XLSX, or (xlsx only) every table as the sheets of one workbook. */
export async function exportFile(plan: Plan, table: ExportTableName | 'all', format: 'csv' | 'xlsx'): Promise<ExportedFile> {
  const stem = fileStemOf(plan);
  if (table === 'all') {
    if (format === 'csv') throw new UserFacingError('A CSV file holds one table: choose a table, or export everything as an Excel workbook.');
    return { fileName: `${stem}.xlsx`, bytes: await tablesToXlsx(exportTables(plan, EXPORT_TABLES)), mime: XLSX_MIME };
  }
  const [built] = exportTables(plan, [table]);
  if (format === 'csv') return { fileName: `${stem}-${table}.csv`, bytes: tableToCsv(built), mime: CSV_MIME };
  return { fileName: `${stem}-${table}.xlsx`, bytes: await tablesToXlsx([built]), mime: XLSX_MIME };
}

export function exportHandlers(store: PlanStore): Pick<Handlers, 'export:table'> {
  return {
    'export:table': async ({ table, format }) => {
      const plan = store.current();
      if (!plan) throw new UserFacingError('There is no plan to export yet.');
      const file = await exportFile(plan, table, format);
      return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64'), mime: file.mime };
    },
  };
}
