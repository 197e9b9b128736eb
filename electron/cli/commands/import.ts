import { copyFile, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decideImport, IMPORT_TARGETS, ImportMapping, refusalLine, type ImportPlanning, type ImportTarget } from '../../../shared/import';
import { UserFacingError } from '../../../shared/api/dispatch';
import { previewFile } from '../../services/import-export/import-handlers';
import { serializePlan } from '../../services/plan-document';
import { protectPlanText } from '../../services/protection/protected-file';
import { writeFileAtomic } from '../../services/plan-file';
import { onePath, parseCommandArgs, stringOption, UsageError } from '../args';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo } from '../io';
import { readPlanFile, reportRefusedPlan } from '../plan-file';
import type { CliCommand } from './command';

const HELP = `Usage: braid import FILE --into PLAN [--map MAP.json] [--sheet NAME] [--dry-run]
                    [--skip-invalid] [--target people|experience|assessments|actions] [--save-map MAP.json]
                    [--scale FIELD=MIN-MAX,…]

Imports people (or experience entries, or assessments) from an HRIS export — CSV in any
common encoding and delimiter, or an .xlsx workbook — into a plan file. People are matched
by employee id: known ones are updated, new ones added. Prints what would be added, updated
and refused (row, column, value, why).

All or nothing: when any row is refused, nothing is written and the exit status is 2,
unless --skip-invalid. PLAN is replaced atomically; its previous content is kept as PLAN.bak.

Options:
  --into PLAN       the plan file to import into (required)
  --map MAP.json    how columns and values map (saved from the app's Import wizard, or by
                    --save-map); without it the mapping is guessed from the headers
  --sheet NAME      the sheet of a workbook (default: the widest table)
  --target KIND     what the file holds, when there is no --map (default: guessed)
  --dry-run         only show what would happen; write nothing
  --skip-invalid    import the rows that are fine and leave out the refused ones
  --save-map FILE   write the mapping used (guessed or given) to FILE, to edit and reuse
  --scale F=MIN-MAX the numeric scale of a rating field, e.g. performance=1-4 (several
                    separated by commas); needed when the values fit two scales (only 3s
                    and 4s: 1–4 or 1–5?) and the mapping does not say
  -h, --help        show this help

Exit status: 0 imported (or nothing to import, or a clean dry run), 2 refused rows, a bad
mapping or an unreadable file (nothing written), 1 something unexpected went wrong.
`;

const MAX_PRINTED = 50;

/** `performance=1-4,level:innovation=0-10` → scales by field. */
function parseScales(text: string | undefined): ImportMapping['scales'] {
  const scales: ImportMapping['scales'] = {};
  if (text === undefined) return scales;
  for (const part of text.split(',')) {
    const match = /^\s*([\w:-]+)\s*=\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!match || Number(match[3]) <= Number(match[2])) throw new UsageError(`--scale takes FIELD=MIN-MAX with MAX above MIN, e.g. performance=1-4, not "${part}"`);
    scales[match[1]] = { min: Number(match[2]), max: Number(match[3]) };
  }
  return scales;
}

async function readMapping(io: CliIo, path: string): Promise<ImportMapping> {
  let json: unknown;
  try {
    json = JSON.parse(await io.readFile(path));
  } catch (error) {
    throw new UserFacingError(`cannot read the mapping ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = ImportMapping.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(mapping)'}: ${i.message}`);
    throw new UserFacingError(`${path} is not a Braid import mapping:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function describeFile(file: Awaited<ReturnType<typeof previewFile>>['file'], fileName: string): string {
  const rows = `${file.table.rows.length} row${file.table.rows.length === 1 ? '' : 's'}`;
  if (file.sheet !== null) return `Read ${fileName}: sheet "${file.sheet}" of ${file.sheets.length}, ${rows}`;
  const delimiter = file.delimiter === '\t' ? 'tab' : file.delimiter === ';' ? 'semicolon' : file.delimiter === '|' ? 'pipe' : 'comma';
  return `Read ${fileName}: ${rows}, ${file.encoding?.toUpperCase()}, ${delimiter}-separated`;
}

/** The preview in words: what maps to what, what happens to how many rows, and every refusal. */
function printPreview(io: CliIo, planning: ImportPlanning, fromMap: boolean): void {
  const { mapping, outcome, columns, warnings, guess } = planning;
  if (planning.namesMissing) io.stdout(`${planning.namesMissing}\n`);
  if (planning.protectedLeftOut) io.stdout(`${planning.protectedLeftOut}\n`);
  io.stdout(`Mapping (${fromMap ? 'from --map' : 'guessed; save it with --save-map'}):\n`);
  for (const [key, header] of Object.entries(mapping.columns)) io.stdout(`  ${header} → ${key}${guess.why[key] ? ` (${guess.why[key]})` : ''}\n`);
  for (const line of guess.passedOver) io.stdout(`Warning: ${line}\n`);
  for (const column of columns) {
    if (column.rule) io.stdout(`  ${column.header}: ${column.rule}\n`);
    for (const value of column.values) io.stdout(`  ${column.header} "${value.value}" → ${value.mappedTo ?? 'not mapped (refused)'}\n`);
  }
  const c = outcome.counts;
  const extra = [c.experienceAdded && `${c.experienceAdded} experience entries`, c.assessmentsAdded && `${c.assessmentsAdded} assessments`, c.actionsAdded && `${c.actionsAdded} development actions`].filter(Boolean).join(', ');
  if (mapping.nameOrder === 'first-last') io.stdout(`  Names written "Last, First" are turned to "First Last" (mapping: "nameOrder": "as-written" keeps them)\n`);
  const leavers = c.leftOut ? `, ${c.leftOut} who have left not imported` : '';
  io.stdout(`Preview: ${c.rows} rows — ${c.adds} to add, ${c.updates} to update, ${c.unchanged} unchanged${leavers}, ${c.refused} refused${extra ? ` (new: ${extra})` : ''}\n`);
  for (const problem of outcome.problems) io.stdout(`Problem: ${problem}\n`);
  for (const warning of warnings) io.stdout(`Warning: ${warning}\n`);
  const list = (title: string, lines: string[]) => {
    if (!lines.length) return;
    io.stdout(`${title}:\n${lines.slice(0, MAX_PRINTED).map((l) => `  ${l}\n`).join('')}`);
    if (lines.length > MAX_PRINTED) io.stdout(`  … and ${lines.length - MAX_PRINTED} more\n`);
  };
  list('Refused', outcome.refusals.map(refusalLine));
  list('Notes', outcome.notes.map(refusalLine));
}

export const importCommand: CliCommand = {
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(argv, {
      into: { type: 'string' },
      map: { type: 'string' },
      sheet: { type: 'string' },
      target: { type: 'string' },
      'save-map': { type: 'string' },
      scale: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
    });
    const filePath = onePath(args);
    const into = stringOption(args, 'into');
    if (!into) throw new UsageError('--into PLAN is required: the plan file to import into');
    const target = stringOption(args, 'target');
    if (target !== undefined && !(IMPORT_TARGETS as readonly string[]).includes(target)) throw new UsageError(`--target must be one of ${IMPORT_TARGETS.join(', ')}, not "${target}"`);
    const scales = parseScales(stringOption(args, 'scale'));

    try {
      const reading = await readPlanFile(io, into, stringOption(args, 'passphrase-file'));
      if (!reading.ok) {
        reportRefusedPlan(io, 'import', into, reading);
        return EXIT_BAD_INPUT;
      }
      const mapPath = stringOption(args, 'map');
      let mapping = mapPath === undefined ? undefined : await readMapping(io, mapPath);
      const bytes = await readFile(filePath).catch((error: NodeJS.ErrnoException) => {
        throw new UserFacingError(`cannot read ${filePath}: ${error.code === 'ENOENT' ? 'there is no such file' : error.message}`);
      });
      const fileName = basename(filePath);
      const request = { fileName, bytes, sheet: stringOption(args, 'sheet'), target: target as ImportTarget | undefined };
      if (Object.keys(scales).length) {
        // --scale answers on top of the mapping given, or of the guess.
        const base = mapping ?? (await previewFile(reading.plan, request)).planning.guessedMapping;
        mapping = { ...base, scales: { ...base.scales, ...scales } };
      }
      const { file, planning } = await previewFile(reading.plan, { ...request, mapping });
      io.stdout(`${describeFile(file, fileName)}\n`);
      printPreview(io, planning, mapping !== undefined);

      const saveMap = stringOption(args, 'save-map');
      if (saveMap) {
        await writeFileAtomic(saveMap, `${JSON.stringify(planning.mapping, null, 2)}\n`);
        io.stdout(`Saved the mapping to ${saveMap}\n`);
      }
      const decision = decideImport(planning, { skipInvalid: args.values['skip-invalid'] === true });
      if (!decision.ok) {
        const nothingToDo = planning.outcome.problems.length === 0 && planning.outcome.refusals.length === 0;
        if (nothingToDo) {
          io.stdout(`${decision.message}\n`);
          return EXIT_OK;
        }
        io.stderr(`braid import: ${decision.message}\n`);
        return EXIT_BAD_INPUT;
      }
      if (args.values['dry-run'] === true) {
        io.stdout(`Dry run: ${into} was not changed.\n`);
        return EXIT_OK;
      }
      await copyFile(into, `${into}.bak`);
      // A protected plan stays protected, with the same passphrase.
      const text = serializePlan(decision.plan);
      await writeFileAtomic(into, reading.passphrase ? await protectPlanText(text, reading.passphrase) : text);
      const c = decision.outcome.counts;
      io.stdout(`Imported into ${into}: ${c.adds} added, ${c.updates} updated${c.refused ? `, ${c.refused} refused rows left out` : ''}. The previous plan is in ${into}.bak\n`);
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      io.stderr(`braid import: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join('')}`);
      return EXIT_BAD_INPUT;
    }
  },
};
