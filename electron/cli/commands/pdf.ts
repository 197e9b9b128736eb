import { existsSync, promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onePath, parseCommandArgs, stringOption, UsageError } from '../args';
import { EXIT_BAD_INPUT, EXIT_OK } from '../io';
import { readPlanFile, reportRefusedPlan } from '../plan-file';
import { UserFacingError } from '../../../shared/api/dispatch';
import type { ReportKind, Paper } from '../../../shared/report';
import { ChromiumNotFoundError } from '../../services/chromium-path';
import type { PrintPdf } from '../../services/ports';
import { closeProcessChromiumPrinter, processChromiumPrinter } from '../../services/reports/chromium-printer';
import { reportPdf } from '../../services/reports/report-pdf';
import type { CliCommand } from './command';

const HELP = `Usage: braid pdf FILE --out OUT.pdf [--report org|role|person] [--role ID] [--person ID] [--paper a4|letter]

Prints a report of the plan in FILE to a PDF, with the fonts Braid bundles, using a
Chromium-based browser installed on this computer (Chromium, Chrome or Edge; set
BRAID_CHROMIUM to its executable if it is somewhere unusual). Nothing leaves the computer.

Reports:
  org       the organisation's succession plan (default): cover, summary, a section per
            critical role, the rotation calendar
  role      one role's succession plan, with each successor's braid picture (needs --role)
  person    one person's braid profile (needs --person; --role picks the role to compare with)

Options:
  --out FILE        where to write the PDF (required)
  --report KIND     org, role or person (default org)
  --role ID         the role's id
  --person ID       the person's id
  --paper SIZE      a4 (default) or letter
  -h, --help        show this help

Exit status: 0 written, 2 bad arguments, a refused plan, an unknown role or person, or no
browser found, 1 something unexpected went wrong.
`;

const KINDS: readonly ReportKind[] = ['org', 'role', 'person'];
const PAPERS: readonly Paper[] = ['a4', 'letter'];

/** resources/ holds the bundled fonts: beside the built cli.js's project, found by walking up. */
export function findResourcesDir(from = dirname(fileURLToPath(import.meta.url))): string {
  if (process.env.BRAID_RESOURCES_DIR) return process.env.BRAID_RESOURCES_DIR;
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'fonts', 'fonts.json'))) return join(dir, 'resources');
    if (dirname(dir) === dir) throw new Error(`The report fonts (resources/fonts) were not found above ${from}.`);
  }
}

export interface PdfCommandDeps {
  printPdf: PrintPdf;
  /** Ends the browser so the command can exit. */
  done: () => Promise<void>;
  resourcesDir: () => string;
  writeBytes: (path: string, bytes: Uint8Array) => Promise<void>;
}

export function createPdfCommand(deps: PdfCommandDeps): CliCommand {
  return {
    help: HELP,
    async run(argv, io) {
      const args = parseCommandArgs(argv, { out: { type: 'string' }, report: { type: 'string' }, role: { type: 'string' }, person: { type: 'string' }, paper: { type: 'string' } });
      const path = onePath(args);
      const out = stringOption(args, 'out');
      if (!out) throw new UsageError('--out OUT.pdf is required');
      const report = (stringOption(args, 'report') ?? 'org') as ReportKind;
      if (!KINDS.includes(report)) throw new UsageError(`--report must be org, role or person, not "${report}"`);
      const paper = (stringOption(args, 'paper') ?? 'a4') as Paper;
      if (!PAPERS.includes(paper)) throw new UsageError(`--paper must be a4 or letter, not "${paper}"`);
      const roleId = stringOption(args, 'role');
      const personId = stringOption(args, 'person');
      if (report === 'role' && !roleId) throw new UsageError('--report role needs --role ID');
      if (report === 'person' && !personId) throw new UsageError('--report person needs --person ID');

      const reading = await readPlanFile(io, path, stringOption(args, 'passphrase-file'));
      if (!reading.ok) {
        reportRefusedPlan(io, 'pdf', path, reading);
        return EXIT_BAD_INPUT;
      }
      const started = Date.now();
      try {
        const { bytes } = await reportPdf(reading.plan, { report, roleId, personId, paper }, { printPdf: deps.printPdf, resourcesDir: deps.resourcesDir() });
        await deps.writeBytes(out, bytes);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        io.stdout(`Wrote ${resolve(out)} (${Math.round(bytes.length / 1024)} KB, ${paper === 'a4' ? 'A4' : 'US Letter'}) in ${seconds} s\n`);
        return EXIT_OK;
      } catch (error) {
        if (error instanceof UserFacingError) {
          const cause = error.details.length ? `\n  ${error.details.join('\n  ')}` : '';
          io.stderr(`braid pdf: ${error.message.replace(/^roleId: /, '--role: ').replace(/^personId: /, '--person: ')}${cause}\n`);
          return EXIT_BAD_INPUT;
        }
        if (error instanceof ChromiumNotFoundError) {
          io.stderr(`braid pdf: ${error.message}\n`);
          return EXIT_BAD_INPUT;
        }
        throw error;
      } finally {
        await deps.done();
      }
    },
  };
}

export const pdfCommand = createPdfCommand({
  printPdf: (html, options) => processChromiumPrinter().printPdf(html, options),
  done: closeProcessChromiumPrinter,
  resourcesDir: () => findResourcesDir(),
  writeBytes: (path, bytes) => fs.writeFile(path, bytes),
});
