import { performance } from 'node:perf_hooks';
import type { Handlers } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/dispatch';
import { cellText, decideImport, planImport, TARGET_LABELS, type ImportMapping, type ImportPreview, type ImportTarget } from '../../../shared/import';
import type { Plan } from '../../../shared/domain/plan/schema';
import type { PlanStore } from '../plan-store';
import { MappingStore } from './mapping-store';
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
  const planning = planImport(plan, file.table, input.mapping, input.target);
  planning.warnings.unshift(...file.warnings);
  return { file, planning, elapsedMs: Math.round(performance.now() - started) };
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
    preview: {
      adds: cut(outcome.adds),
      updates: cut(outcome.updates),
      refusals: cut(outcome.refusals),
      notes: cut(outcome.notes),
      problems: outcome.problems,
      counts: { ...outcome.counts, refusals: outcome.refusals.length, notes: outcome.notes.length },
      truncated: [outcome.adds, outcome.updates, outcome.refusals, outcome.notes].some((l) => l.length > MAX_LISTED),
    },
    elapsedMs,
  };
}

const decode = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

export function importLabel(target: ImportTarget): string {
  return `Import ${TARGET_LABELS[target].toLowerCase()}`;
}

export function importHandlers(store: PlanStore, dataDir: string): Pick<Handlers, 'import:preview' | 'import:commit' | 'import:mappings' | 'import:saveMapping' | 'import:deleteMapping'> {
  const mappings = new MappingStore(dataDir);
  return {
    'import:preview': async ({ fileName, base64, sheet, target, mapping }) => {
      const result = await previewFile(currentPlan(store), { fileName, bytes: decode(base64), sheet, target, mapping });
      return toPreview(fileName, result);
    },
    'import:commit': async ({ fileName, base64, sheet, mapping, skipInvalid }) => {
      // The file is read again rather than trusting a preview held by the window: what is
      // committed is exactly what this file and mapping give against the plan as it is now.
      const { planning } = await previewFile(currentPlan(store), { fileName, bytes: decode(base64), sheet, mapping });
      const decision = decideImport(planning, { skipInvalid });
      if (!decision.ok) throw new UserFacingError(decision.message, decision.details);
      return store.replace(decision.plan, importLabel(mapping.target));
    },
    'import:mappings': async () => mappings.list(),
    'import:saveMapping': async (entry) => mappings.save(entry),
    'import:deleteMapping': async ({ name }) => mappings.remove(name),
  };
}
