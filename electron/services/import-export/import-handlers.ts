import { performance } from 'node:perf_hooks';
import type { Handlers } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/dispatch';
import { cellText, decideImport, planImport, refusedRowsTable, TARGET_LABELS, templateGuideTable, templateTable, type ImportMapping, type ImportPreview, type ImportTarget } from '../../../shared/import';
import { fileStem } from '../../../shared/domain/plan/file-stem';
import { CSV_MIME, tablesToXlsx, tableToCsv, XLSX_MIME } from './export-files';
import type { Plan } from '../../../shared/domain/plan/schema';
import type { PlanStore } from '../plan-store';
import { MappingStore } from './mapping-store';
import { RememberedMappings } from './remembered-mappings';
import { readImportFile } from './read-import-file';

/** Lists in a preview stop here; the counts are always whole. */
const MAX_LISTED = 500;
const SAMPLE_ROWS = 5;

export interface ImportRequestInput {
  fileName: string;
  bytes: Uint8Array;
  sheet?: string;
  target?: ImportTarget;
  mapping?: ImportMapping;
  /** The answers given last time for a file with these headers, used when no mapping is given. */
  remembered?: (headers: readonly string[]) => Promise<ImportMapping | null>;
}

function currentPlan(store: PlanStore): Plan {
  const plan = store.current();
  if (!plan) throw new UserFacingError('There is no plan open yet. Load the demo or start a new plan, then import.');
  return plan;
}

/** Reads a file and works out what importing it into `plan` would do. Shared by the app and the CLI. */
export async function previewFile(plan: Plan, input: ImportRequestInput) {
  const started = performance.now();
  const file = await readImportFile(input.fileName, input.bytes, input.sheet);
  const found = input.mapping || !input.remembered ? null : await input.remembered(file.table.headers);
  const remembered = found && (!input.target || input.target === found.target) ? found : null;
  const planning = planImport(plan, file.table, input.mapping ?? remembered, input.target);
  planning.warnings.unshift(...file.warnings);
  return { file, planning, remembered: remembered !== null, elapsedMs: Math.round(performance.now() - started) };
}

export function toPreview(fileName: string, result: Awaited<ReturnType<typeof previewFile>>): ImportPreview {
  const { file, planning, elapsedMs } = result;
  const { outcome } = planning;
  const cut = <T>(list: T[]) => list.slice(0, MAX_LISTED);
  return {
    fileName,
    sheets: file.sheets,
    sheet: file.sheet,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: file.table.headers,
    guessedMapping: planning.guessedMapping,
    mapping: planning.mapping,
    columns: planning.columns,
    sample: file.table.rows.slice(0, SAMPLE_ROWS).map((row) => file.table.headers.map((_, i) => cellText(row.cells[i]))),
    warnings: planning.warnings,
    guess: planning.guess,
    namesMissing: planning.namesMissing,
    protectedLeftOut: planning.protectedLeftOut,
    remembered: result.remembered,
    preview: {
      adds: cut(outcome.adds),
      updates: cut(outcome.updates),
      refusals: cut(outcome.refusals),
      notes: cut(outcome.notes),
      duplicates: cut(outcome.duplicates),
      problems: outcome.problems,
      counts: { ...outcome.counts, refusals: outcome.refusals.length, notes: outcome.notes.length },
      truncated: [outcome.adds, outcome.updates, outcome.refusals, outcome.notes, outcome.duplicates].some((l) => l.length > MAX_LISTED),
    },
    elapsedMs,
  };
}

const decode = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

export function importLabel(target: ImportTarget): string {
  return `Import ${TARGET_LABELS[target].toLowerCase()}`;
}

type ImportOperation = 'import:preview' | 'import:commit' | 'import:mappings' | 'import:saveMapping' | 'import:deleteMapping' | 'import:template' | 'import:refusedRows';
const bytesOut = (fileName: string, bytes: Uint8Array, mime: string) => ({ fileName, base64: Buffer.from(bytes).toString('base64'), mime });

export function importHandlers(store: PlanStore, dataDir: string): Pick<Handlers, ImportOperation> {
  const mappings = new MappingStore(dataDir);
  const remembered = new RememberedMappings(dataDir);
  return {
    'import:preview': async ({ fileName, base64, sheet, target, mapping }) => {
      const result = await previewFile(currentPlan(store), { fileName, bytes: decode(base64), sheet, target, mapping, remembered: (headers) => remembered.find(headers) });
      return toPreview(fileName, result);
    },
    'import:commit': ({ fileName, base64, sheet, mapping, skipInvalid }) =>
      // The file is read again rather than trusting a preview held by the window: what is
      // committed is exactly what this file and mapping give against the plan as it is now,
      // read in the writer's turn so no edit lands between the reading and the replacing.
      store.writer.run(async () => {
        const { file, planning } = await previewFile(currentPlan(store), { fileName, bytes: decode(base64), sheet, mapping });
        const decision = decideImport(planning, { skipInvalid });
        if (!decision.ok) throw new UserFacingError(decision.message, decision.details);
        const replaced = await store.replace(decision.plan, importLabel(mapping.target));
        await remembered.remember(file.table.headers, planning.mapping);
        return replaced;
      }),
    'import:template': async ({ format }) => {
      const plan = currentPlan(store);
      if (format === 'csv') return bytesOut('braid-people-template.csv', tableToCsv(templateTable(plan)), CSV_MIME);
      return bytesOut('braid-people-template.xlsx', await tablesToXlsx([templateTable(plan), templateGuideTable(plan)]), XLSX_MIME);
    },
    'import:refusedRows': async ({ fileName, base64, sheet, mapping }) => {
      const { file, planning } = await previewFile(currentPlan(store), { fileName, bytes: decode(base64), sheet, mapping });
      if (!planning.outcome.refusals.length) throw new UserFacingError('No row of this file is refused: there is nothing to save.');
      const stem = fileStem(fileName.replace(/\.[^.]+$/, ''), 'import');
      return bytesOut(`${stem}-refused-rows.csv`, tableToCsv(refusedRowsTable(file.table, planning.outcome.refusals)), CSV_MIME);
    },
    'import:mappings': async () => mappings.list(),
    'import:saveMapping': async (entry) => mappings.save(entry),
    'import:deleteMapping': async ({ name }) => mappings.remove(name),
  };
}
