import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserFacingError } from '../../../shared/api/dispatch';
import { EXPORT_TABLES, type ExportTableName } from '../../../shared/export';
import { exportFile } from '../../services/import-export/export-handlers';
import { writeFileAtomic } from '../../services/plan-file';
import { onePath, parseCommandArgs, stringOption, UsageError } from '../args';
import { EXIT_BAD_INPUT, EXIT_OK } from '../io';
import { readPlanFile, reportRefusedPlan } from '../plan-file';
import type { CliCommand } from './command';

const HELP = `Usage: braid export PLAN --format csv|xlsx --out PATH [--table ${EXPORT_TABLES.join('|')}]

Exports a plan's tables for Excel: people (with braid index, exposure, 9-box cell and flag
count), assessments, rotations, development actions, roles with their successors, the flag list and the programme
cost (spend per year and quarter against the budget, by side and host domain).

  --format xlsx            PATH is one workbook, a sheet per table (or the one --table)
  --format csv --table T   PATH is one CSV file
  --format csv             PATH is a folder (made if missing) with one CSV per table:
                           people.csv, assessments.csv, rotations.csv, actions.csv, roles.csv,
                           flags.csv, cost.csv

CSV files are UTF-8 with a byte order mark, comma-separated, so Excel opens them with every
name intact. Text that a spreadsheet would run as a formula (starting with = + - or @) is
written with a leading ' so that it stays text.

Options:
  --format F        csv or xlsx (required)
  --out PATH        where to write (required)
  --table T         one table only
  -h, --help        show this help

Exit status: 0 written, 2 bad arguments or an invalid plan, 1 something unexpected went wrong.
`;

export const exportCommand: CliCommand = {
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' }, table: { type: 'string' } });
    const planPath = onePath(args, 'PLAN');
    const format = stringOption(args, 'format');
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError(`--format must be csv or xlsx${format === undefined ? '' : `, not "${format}"`}`);
    const out = stringOption(args, 'out');
    if (!out) throw new UsageError('--out PATH is required');
    const table = stringOption(args, 'table');
    if (table !== undefined && !(EXPORT_TABLES as readonly string[]).includes(table)) throw new UsageError(`--table must be one of ${EXPORT_TABLES.join(', ')}, not "${table}"`);

    const reading = await readPlanFile(io, planPath, stringOption(args, 'passphrase-file'));
    if (!reading.ok) {
      reportRefusedPlan(io, 'export', planPath, reading);
      return EXIT_BAD_INPUT;
    }
    try {
      if (format === 'csv' && table === undefined) {
        await mkdir(out, { recursive: true });
        for (const name of EXPORT_TABLES) {
          const file = await exportFile(reading.plan, name, 'csv');
          await writeFileAtomic(join(out, `${name}.csv`), file.bytes);
        }
        io.stdout(`Wrote ${EXPORT_TABLES.map((n) => `${n}.csv`).join(', ')} to ${out}\n`);
        return EXIT_OK;
      }
      const file = await exportFile(reading.plan, (table as ExportTableName | undefined) ?? 'all', format);
      await writeFileAtomic(out, file.bytes);
      io.stdout(`Wrote ${table ?? 'every table'} to ${out}\n`);
      return EXIT_OK;
    } catch (error) {
      const errno = (error as NodeJS.ErrnoException).code;
      if (!(error instanceof UserFacingError) && !errno) throw error;
      io.stderr(`braid export: ${error instanceof UserFacingError ? error.message : `cannot write ${out}: ${(error as Error).message}`}\n`);
      return EXIT_BAD_INPUT;
    }
  },
};
