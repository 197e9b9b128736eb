import type { CommandEntry } from './command';

/**
 * Every `braid` sub-command, in the order `braid --help` lists them. Each module is imported
 * only when its command runs, so `braid --help` loads none of them and `braid check` never
 * loads the Chromium printer or the spreadsheet readers.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'check', summary: 'validate a plan file and list its flags', load: async () => (await import('./check')).checkCommand },
  { name: 'suggest', summary: 'propose a development path toward a role', load: async () => (await import('./suggest')).suggestCommand },
  { name: 'pdf', summary: 'print a report (succession plan, role, braid profile) to PDF', load: async () => (await import('./pdf')).pdfCommand },
  { name: 'demo', summary: 'write a realistic demo plan', load: async () => (await import('./demo')).demoCommand },
  { name: 'import', summary: 'import people, experience or assessments from a CSV or XLSX file', load: async () => (await import('./import')).importCommand },
  { name: 'export', summary: 'export people, assessments, rotations, roles or flags to CSV or XLSX', load: async () => (await import('./export')).exportCommand },
  { name: 'whatif', summary: 'compare the plan with what-ifs (a leaver, a slip, a vacancy, a capacity); never writes', load: async () => (await import('./whatif')).whatifCommand },
];

export type { CliCommand, CommandEntry } from './command';
