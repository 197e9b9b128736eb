import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { analyzePlan } from '../../shared/domain/analysis';
import { DEMO_PEOPLE, DEMO_SEED, generateDemoPlan } from '../../shared/domain/demo';
import type { Plan } from '../../shared/domain/plan/schema';
import { reportPlan, SCRIPT_NAMES } from '../../shared/report/testing/report-plan';
import { createServices, type Services } from '../../electron/services/handlers';
import { createNodePorts } from '../../electron/services/node-ports';
import { createChromiumPrinter } from '../../electron/services/reports/chromium-printer';
import { reportPdf } from '../../electron/services/reports/report-pdf';
import { seedProtection } from '../../electron/services/protection/seed';
import { closeBrowser, RESOURCES_DIR, sharedBrowser, startApp } from './harness';
import { chooseOption } from './choose-option';

/*
 * The three reports printed by headless Chromium and read back with poppler (pdftotext,
 * pdfinfo, pdffonts). Chromium and poppler-utils must be installed: a missing browser or
 * tool fails these tests, it never skips them.
 */

const work = mkdtempSync(join(tmpdir(), 'braid-reports-'));
const tool = (name: string, ...args: string[]) => execFileSync(name, args, { encoding: 'utf8' });
/** The text of a PDF with runs of white space (line breaks in wrapped sentences) as one space. */
const textOf = (pdf: string) => tool('pdftotext', pdf, '-').replace(/\s+/g, ' ');
const infoOf = (pdf: string) => {
  const info = tool('pdfinfo', pdf);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), width: Math.round(Number(size[1])), height: Math.round(Number(size[2])) };
};
/** Embedded font names without their subset tag: "NotoSansDevanagari-Regular". */
const fontsOf = (pdf: string) =>
  tool('pdffonts', pdf)
    .split('\n')
    .slice(2)
    .filter((line) => /\byes\b/.test(line))
    .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));

let services: Services;
const plan = reportPlan();

async function contractPdf(input: Record<string, unknown>, name: string): Promise<string> {
  const result = await dispatch(services.handlers, 'report:pdf', input);
  if (!result.ok) throw new Error(`${result.error.message} ${result.error.details?.join(' ') ?? ''}`);
  const { fileName, base64 } = result.value as { fileName: string; base64: string };
  expect(fileName).toMatch(/\.pdf$/);
  const path = join(work, name);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return path;
}

beforeAll(async () => {
  const dataDir = join(work, 'data');
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, 'plan.braid.json'), JSON.stringify(plan));
  // A data folder whose owner chose no encryption at rest: the store opens without asking.
  await seedProtection(dataDir, 'off');
  services = await createServices({
    ...createNodePorts({ transport: 'web', resourcesDir: RESOURCES_DIR, dataDir }),
    printPdf: createChromiumPrinter({ browser: sharedBrowser }).printPdf,
  });
});

afterAll(async () => {
  await services?.store.flush();
  await closeBrowser();
  rmSync(work, { recursive: true, force: true });
});

describe("'report:pdf' through the contract", () => {
  it('prints the organisation plan on A4 with every name, role, flag and "page X of Y"', async () => {
    const pdf = await contractPdf({ report: 'org', paper: 'a4' }, 'org-a4.pdf');
    const { pages, width, height } = infoOf(pdf);
    expect([width, height]).toEqual([596, 843]);
    expect(pages).toBeGreaterThanOrEqual(5);
    const text = textOf(pdf);
    for (const name of [SCRIPT_NAMES.latin, SCRIPT_NAMES.cyrillic, SCRIPT_NAMES.han]) expect(text).toContain(name);
    for (const title of ['Chief Service Officer', 'Head of Cybersecurity', 'Rotation calendar', 'Summary']) expect(text).toContain(title);
    expect(text).toContain('No successor is ready now for Head of Cybersecurity.');
    expect(text).toContain(`${SCRIPT_NAMES.cyrillic}, a successor for Chief Service Officer, is a high flight risk.`);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text.match(/Confidential — HR/g)!.length).toBeGreaterThanOrEqual(pages);
    expect(text).toContain('<script>alert("x")</script> Mallory');
    // pdftotext reorders Devanagari, so the Devanagari name is checked by the font that drew it.
    expect(fontsOf(pdf)).toContain('NotoSansDevanagari-Regular');
  });

  it("prints one role's plan on US Letter with the successors' braid pictures", async () => {
    const pdf = await contractPdf({ report: 'role', roleId: 'cso', paper: 'letter' }, 'role-letter.pdf');
    const { pages, width, height } = infoOf(pdf);
    expect([width, height]).toEqual([612, 792]);
    const text = textOf(pdf);
    expect(text).toContain('Chief Service Officer');
    expect(text).not.toContain('Head of Cybersecurity');
    expect(text).toContain('Successor profiles');
    expect(text).toContain(`Page ${pages} of ${pages}`);
    for (const name of [SCRIPT_NAMES.latin, SCRIPT_NAMES.cyrillic]) expect(text).toContain(name);
    expect(text).toContain('Front (client-facing)');
  });

  it("adds the role's audit trail on request: who changed the slate, when, before and after", async () => {
    const changed = await dispatch(services.handlers, 'successor:update', { roleId: 'cso', personId: 'zoe', readiness: 'ready-1-2-years' });
    expect(changed.ok).toBe(true);
    const text = textOf(await contractPdf({ report: 'role', roleId: 'cso', paper: 'a4', includeAudit: true }, 'role-audit.pdf'));
    expect(text).toContain('Changes to this role');
    expect(text).toMatch(/Ready now .*Ready in 1–2 years/);
    expect(textOf(await contractPdf({ report: 'role', roleId: 'cso', paper: 'a4' }, 'role-no-audit.pdf'))).not.toContain('Changes to this role');
    await dispatch(services.handlers, 'plan:undo', {});
  });

  it("prints a person's braid profile", async () => {
    const pdf = await contractPdf({ report: 'person', personId: 'fang', paper: 'a4' }, 'person.pdf');
    const text = textOf(pdf);
    expect(text).toContain(SCRIPT_NAMES.han);
    expect(text).toMatch(/Braid index explained/i);
    expect(text).toMatch(/Thread levels against Head of Cybersecurity/i);
    expect(text).toMatch(/Exposure by domain/i);
    expect(text).toContain('is on the linear track and does not rotate: no development path');
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('refuses an unknown role, naming the field, and prints nothing', async () => {
    const result = await dispatch(services.handlers, 'report:pdf', { report: 'role', roleId: 'nope', paper: 'a4' });
    expect(result).toEqual({ ok: false, error: { message: 'roleId: there is no role with id "nope" in the plan.', details: [] } });
    const bad = await dispatch(services.handlers, 'report:pdf', { report: 'org', paper: 'a5' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.details?.[0]).toMatch(/^paper: /);
  });
});

describe('bundled fonts', () => {
  it('prints every script on a machine whose only font is DejaVu Sans', async () => {
    // A fontconfig that sees one Latin font: Devanagari, Han and Noto Sans can only come from resources/fonts.
    const dir = join(work, 'fontconfig');
    mkdirSync(join(dir, 'fonts'), { recursive: true });
    copyFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', join(dir, 'fonts', 'DejaVuSans.ttf'));
    writeFileSync(join(dir, 'fonts.conf'), `<?xml version="1.0"?><fontconfig><dir>${dir}/fonts</dir><cachedir>${dir}/cache</cachedir></fontconfig>`);
    const printer = createChromiumPrinter({ env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') } });
    try {
      const { bytes } = await reportPdf(plan, { report: 'org', paper: 'a4' }, { printPdf: printer.printPdf, resourcesDir: RESOURCES_DIR });
      const pdf = join(work, 'only-dejavu.pdf');
      writeFileSync(pdf, bytes);
      const fonts = fontsOf(pdf);
      expect(fonts).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansDevanagari-Regular', 'NotoSansSCThin-Regular']));
      const text = textOf(pdf);
      for (const name of [SCRIPT_NAMES.latin, SCRIPT_NAMES.cyrillic, SCRIPT_NAMES.han]) expect(text).toContain(name);
    } finally {
      await printer.close();
    }
  });
});

describe('the demo organisation', () => {
  it('prints its succession plan with every page numbered and every critical role', async () => {
    const demo: Plan = generateDemoPlan({ people: DEMO_PEOPLE, seed: DEMO_SEED });
    const printer = createChromiumPrinter({ browser: sharedBrowser });
    const { bytes } = await reportPdf(demo, { report: 'org', paper: 'a4' }, { printPdf: printer.printPdf, resourcesDir: RESOURCES_DIR });
    const pdf = join(work, 'demo-org.pdf');
    writeFileSync(pdf, bytes);
    const { pages } = infoOf(pdf);
    const text = textOf(pdf);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    for (const role of demo.roles.filter((r) => !r.retired)) expect(text).toContain(role.title);
    const critical = analyzePlan(demo).flags.filter((f) => f.severity === 'critical');
    expect(critical.length).toBeGreaterThan(0);
    expect(text).toContain(`Critical (${critical.length})`);
  });
});

describe('the Reports screen', () => {
  it('makes a role report on Letter with a progress indicator, downloads it, and passes axe', async () => {
    const planFile = join(work, 'ui-plan.braid.json');
    writeFileSync(planFile, JSON.stringify(plan));
    const app = await startApp({ plan: planFile });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url}#/reports`);
      await page.getByRole('heading', { name: 'Reports' }).waitFor();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

      await page.getByLabel("One role's succession plan").check();
      await expect(page.getByRole('button', { name: 'Generate PDF' }).isDisabled()).resolves.toBe(true);
      await chooseOption(page, 'Role', /^Chief Service Officer/);
      await page.getByLabel('US Letter').check();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Generate PDF' }).click();
      await page.getByRole('status').getByText(/Generating the one role's succession plan/).waitFor();
      const file = await download;
      expect(file.suggestedFilename()).toBe('Succession-plan-Chief-Service-Officer-2027-01-01.pdf');
      const saved = join(work, 'ui-role.pdf');
      await file.saveAs(saved);
      expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
      expect(infoOf(saved)).toMatchObject({ width: 612, height: 792 });
      expect(textOf(saved)).toContain('Chief Service Officer');
      // The paper choice is remembered.
      await expect(app.services.handlers['prefs:get']({}).then((p) => p.paper)).resolves.toBe('letter');
    } finally {
      await app.close();
    }
  });

  it('makes the chosen report with Ctrl+P instead of printing the window', async () => {
    const planFile = join(work, 'ui-plan-2.braid.json');
    writeFileSync(planFile, JSON.stringify(plan));
    const app = await startApp({ plan: planFile });
    try {
      const { page } = app;
      await page.goto(`${app.shell.url}#/reports?personId=priya`);
      await page.getByRole('heading', { name: 'Reports' }).waitFor();
      await expect(page.getByLabel("One person's braid profile").isChecked()).resolves.toBe(true);
      const download = page.waitForEvent('download');
      await page.keyboard.press('Control+p');
      const file = await download;
      expect(file.suggestedFilename()).toBe('Braid-profile-प्रिया-शर्मा-2027-01-01.pdf');
    } finally {
      await app.close();
    }
  });
});
