import { checkCommand } from './check';
import type { CliCommand } from './command';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { importCommand } from './import';
import { pdfCommand } from './pdf';
import { suggestCommand } from './suggest';
import { whatifCommand } from './whatif';

/** Every `braid` sub-command, in the order `braid --help` lists them. New ones (pdf, import, export) join here. */
export const COMMANDS: readonly CliCommand[] = [checkCommand, suggestCommand, pdfCommand, demoCommand, importCommand, exportCommand, whatifCommand];

export type { CliCommand } from './command';
