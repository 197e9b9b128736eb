import { basename } from 'node:path';
import { analyzePlan } from '../../../shared/domain/analysis';
import { isIsoDate } from '../../../shared/domain/plan/real-date';
import { onePath, parseCommandArgs, stringOption, UsageError } from '../args';
import { checkReportJson, checkReportText } from '../check-report';
import { EXIT_BAD_INPUT, EXIT_OK } from '../io';
import { readPlanFile, reportRefusedPlan } from '../plan-file';
import type { CliCommand } from './command';

const HELP = `Usage: braid check FILE [--json] [--all] [--as-of YYYY-MM-DD]

Validates a plan file and analyses it: the pipeline metrics and every flag, by severity.
Where one kind of flag is raised more than 5 times, the text shows it once with its count.
A file that breaks the plan format is refused with the JSON path of each problem.

Options:
  --json            print one JSON object instead of text (every flag, never grouped):
                    {"valid":true,"metrics":{...},"flags":[...],"people":[...],
                    "slates":[{"roleId","personId","readiness","fit","readyBy","inTime"}]}, or
                    {"valid":false,"errors":[{"path","message"}]} for a refused file
  --all             list every flag in the text, one by one
  --as-of DATE      analyse as of this day instead of the plan's own asOf
  -h, --help        show this help

Exit status: 0 the plan is valid (whatever it flags), 2 the file is unreadable or invalid,
1 something unexpected went wrong.
`;

export const checkCommand: CliCommand = {
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { json: { type: 'boolean' }, all: { type: 'boolean' }, 'as-of': { type: 'string' } });
    const path = onePath(args);
    const asOf = stringOption(args, 'as-of');
    if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of must be a date (YYYY-MM-DD), not "${asOf}"`);
    const json = args.values.json === true;

    const reading = await readPlanFile(io, path, stringOption(args, 'passphrase-file'));
    if (!reading.ok) {
      reportRefusedPlan(io, 'check', path, reading);
      if (json) io.stdout(`${JSON.stringify({ valid: false, errors: reading.errors })}\n`);
      return EXIT_BAD_INPUT;
    }
    const analysis = analyzePlan(reading.plan, { asOf });
    io.stdout(json ? `${JSON.stringify(checkReportJson(analysis))}\n` : checkReportText(reading.plan, analysis, basename(path), { all: args.values.all === true }));
    return EXIT_OK;
  },
};
