import { mkdtemp, rm, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServices, type Services } from '../../electron/services/handlers';
import { createNodePorts } from '../../electron/services/node-ports';
import { startWebShell, type WebShell } from '../../electron/web/server';
import { findChromium, HEADLESS_CHROMIUM_ARGS } from '../../electron/services/chromium-path';
import { createChromiumPrinter } from '../../electron/services/reports/chromium-printer';
import { seedProtection } from '../../electron/services/protection/seed';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const RESOURCES_DIR = join(ROOT, 'resources');

let browser: Browser | null = null;

/** One browser per test file; in CI a missing browser fails the run, it is never skipped. */
export async function sharedBrowser(): Promise<Browser> {
  if (!browser) browser = await chromium.launch({ executablePath: findChromium(), args: HEADLESS_CHROMIUM_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface RunningApp {
  page: Page;
  context: BrowserContext;
  shell: WebShell;
  services: Services;
  dataDir: string;
  /** Opens the app again in a fresh page (a reload with a new tab). */
  reopen(): Promise<Page>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Start with the demo plan (default) or with an empty data folder (first run). */
  plan?: 'demo' | 'none' | string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  dataDir?: string;
  /**
   * Encryption at rest for the data folder: 'off' (default — the first-run choice already
   * made, so tests land on the plan), a passphrase (tests see the unlock screen), or 'ask'
   * (nothing chosen yet: the real first run).
   */
  protection?: 'off' | 'ask' | { passphrase: string };
}

/**
 * Starts the real services and web shell on loopback with a fresh data folder, and opens
 * the built renderer in Chromium. Needs `npm run build` first (npm test does it).
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('The renderer is not built: run `npm run build` first.');
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'braid-e2e-')));
  const plan = options.plan ?? 'demo';
  if (plan === 'demo') await copyFile(join(RESOURCES_DIR, 'demo.braid.json'), join(dataDir, 'plan.braid.json'));
  else if (plan !== 'none') await copyFile(plan, join(dataDir, 'plan.braid.json'));
  const protection = options.protection ?? 'off';
  if (protection !== 'ask') await seedProtection(dataDir, protection);

  const ports = {
    ...createNodePorts({ transport: 'web', resourcesDir: RESOURCES_DIR, dataDir }),
    saveDebounceMs: 10,
    // Reports print in the browser the tests already run, not a second one.
    printPdf: createChromiumPrinter({ browser: sharedBrowser }).printPdf,
  };
  const services = await createServices(ports);
  const shell = await startWebShell({ handlers: services.handlers, staticDir: RENDERER_DIR, port: 0 });
  const context = await (await sharedBrowser()).newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    // Dates on screen follow the browser's locale (formatDay); tests read them the British way.
    locale: 'en-GB',
  });
  await context.addInitScript(watchShellSteadiness);
  const open = async () => {
    const page = await context.newPage();
    await page.goto(shell.url);
    await page.waitForSelector('.shell, .empty-state, .protection-screen');
    return page;
  };
  const page = await open();
  return {
    page,
    context,
    shell,
    services,
    dataDir,
    reopen: open,
    async close() {
      const shifts = await shellShiftsOf(context);
      await context.close();
      await services.store.flush();
      await shell.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
      if (shifts.length > 0) throw new Error(`The app shell moved out of the window:\n${shifts.join('\n')}`);
    },
  };
}

declare global {
  interface Window {
    __braidShellShifts?: string[];
  }
}

/**
 * Runs in every page of every e2e app: the app shell must never scroll, so after any navigation (and on any
 * scroll of the document) the header must still start at the top of the window. Each miss is recorded with
 * the address it happened at, and `close()` fails the test that caused it.
 */
function watchShellSteadiness(): void {
  const shifts: string[] = (window.__braidShellShifts = []);
  const check = (why: string) => {
    const header = document.querySelector('.shell-header');
    const scrolled = document.scrollingElement?.scrollTop ?? 0;
    const top = header ? header.getBoundingClientRect().top : 0;
    if (scrolled !== 0 || top < 0) shifts.push(`${why} at ${location.hash || '/'}: the page is scrolled by ${scrolled}px, the header's top is at ${Math.round(top)}px`);
  };
  const later = (why: string) => requestAnimationFrame(() => setTimeout(() => check(why), 250));
  window.addEventListener('scroll', () => check('a scroll of the page'), { capture: false, passive: true });
  window.addEventListener('hashchange', () => later('a navigation'));
  window.addEventListener('popstate', () => later('a navigation'));
  const push = history.pushState.bind(history);
  history.pushState = (...args: Parameters<History['pushState']>) => {
    push(...args);
    later('a navigation');
  };
}

/** What watchShellSteadiness recorded in the pages still open, after the last checks have had their time. */
async function shellShiftsOf(context: BrowserContext): Promise<string[]> {
  const shifts: string[] = [];
  for (const page of context.pages()) {
    if (page.isClosed()) continue;
    try {
      await page.waitForTimeout(300);
      shifts.push(...(await page.evaluate(() => window.__braidShellShifts ?? [])));
    } catch {
      // A page that went away while closing has nothing more to say.
    }
  }
  return shifts;
}
