import { describe, expect, it, vi } from 'vitest';
import { ChromiumNotFoundError } from '../../services/chromium-path';
import type { PrintPdfOptions } from '../../services/ports';
import { reportPlan } from '../../../shared/report/testing/report-plan';
import type { CliIo } from '../io';
import { runCli } from '../run';
import { createPdfCommand, findResourcesDir } from './pdf';

const PLAN = JSON.stringify(reportPlan());

/** Runs `braid pdf` with a printer that records what it was asked to print. */
async function pdf(argv: string[], printPdf = vi.fn(async (_html: string, _o: PrintPdfOptions) => new TextEncoder().encode('%PDF-1.7 fake'))) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array>();
  const done = vi.fn(async () => undefined);
  const command = createPdfCommand({ printPdf, done, resourcesDir: () => findResourcesDir(), writeBytes: async (path, bytes) => void written.set(path, bytes) });
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: async (path) => (path === 'plan.braid.json' ? PLAN : Promise.reject(Object.assign(new Error('no'), { code: 'ENOENT' }))),
    writeFile: async () => undefined,
  };
  const code = await command.run(argv, io).catch(async (error) => {
    // The same handling runCli gives a usage mistake.
    stderr += String(error.message);
    return error.name === 'UsageError' ? 2 : 1;
  });
  return { code, stdout, stderr, written, printPdf, done };
}

describe('braid pdf', () => {
  it('prints the organisation plan on A4 by default and writes the bytes to --out', async () => {
    const run = await pdf(['plan.braid.json', '--out', 'org.pdf']);
    expect(run.code).toBe(0);
    expect(new TextDecoder().decode(run.written.get('org.pdf'))).toBe('%PDF-1.7 fake');
    const [html, options] = run.printPdf.mock.calls[0];
    expect(options.paper).toBe('a4');
    expect(options.footerTemplate).toContain('Confidential — HR');
    expect(html).toContain('Succession plan');
    expect(html).toContain("font-family:'Braid Noto Sans Devanagari'");
    expect(run.stdout).toMatch(/^Wrote .*org\.pdf \(\d+ KB, A4\) in [\d.]+ s\n$/);
    expect(run.done).toHaveBeenCalled();
  });

  it('prints a person on US Letter, comparing with the role given', async () => {
    const run = await pdf(['plan.braid.json', '--out', 'p.pdf', '--report', 'person', '--person', 'fang', '--role', 'head-of-security', '--paper', 'letter']);
    expect(run.code).toBe(0);
    const [html, options] = run.printPdf.mock.calls[0];
    expect(options.paper).toBe('letter');
    expect(html).toContain('Thread levels against Head of Cybersecurity');
  });

  it.each([
    [['plan.braid.json'], '--out OUT.pdf is required'],
    [['plan.braid.json', '--out', 'x.pdf', '--report', 'board'], '--report must be org, role or person, not "board"'],
    [['plan.braid.json', '--out', 'x.pdf', '--paper', 'a5'], '--paper must be a4 or letter, not "a5"'],
    [['plan.braid.json', '--out', 'x.pdf', '--report', 'role'], '--report role needs --role ID'],
  ])('refuses %j with exit 2: %s', async (argv, message) => {
    const run = await pdf(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.printPdf).not.toHaveBeenCalled();
  });

  it('names the option when the role is not in the plan', async () => {
    const run = await pdf(['plan.braid.json', '--out', 'x.pdf', '--report', 'role', '--role', 'ceo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('braid pdf: --role: there is no role with id "ceo" in the plan.\n');
    expect(run.written.size).toBe(0);
  });

  it('says plainly, with exit 2, when no browser is found', async () => {
    const run = await pdf(['plan.braid.json', '--out', 'x.pdf'], vi.fn(async () => {
      throw new ChromiumNotFoundError(['/usr/bin/chromium', '/usr/bin/google-chrome']);
    }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('braid pdf: PDF reports need Chromium or Google Chrome, and none was found.');
    expect(run.stderr).toContain('set BRAID_CHROMIUM to the browser executable');
    expect(run.written.size).toBe(0);
    expect(run.done).toHaveBeenCalled();
  });

  it('is listed by `braid --help`', async () => {
    let out = '';
    await runCli(['--help'], { stdout: (t) => void (out += t), stderr: () => undefined, readFile: async () => '', writeFile: async () => undefined });
    expect(out).toMatch(/^\s+pdf\s+print a report/m);
  });
});
