import type { Browser } from 'playwright-core';
import { findChromium, HEADLESS_CHROMIUM_ARGS } from '../chromium-path';
import type { PrintPdf } from '../ports';
import { warmUpDocument } from './font-warm-up';
import { PDF_MARGINS_MM } from './pdf-margins';

export interface ChromiumPrinter {
  printPdf: PrintPdf;
  close(): Promise<void>;
}

/** Runs in the page (this file is not compiled against the DOM's types, hence the narrow cast). */
const putBody = (body: string): void => {
  (globalThis as unknown as { document: { body: { innerHTML: string } } }).document.body.innerHTML = body;
};

const mm = (n: number): string => `${n}mm`;
const PDF_MARGINS = { top: mm(PDF_MARGINS_MM.top), bottom: mm(PDF_MARGINS_MM.bottom), left: mm(PDF_MARGINS_MM.left), right: mm(PDF_MARGINS_MM.right) };

/**
 * Prints report HTML with a headless Chromium (playwright-core): the web shell, the CLI and
 * the tests. The browser starts on the first print (finding it then, so a missing browser is
 * reported when a PDF is asked for, not at start) and is reused until `close`.
 * Scripts are off and every request is refused: the report's fonts are data: URLs.
 */
export function createChromiumPrinter(
  options: { executablePath?: string; env?: NodeJS.ProcessEnv; /** A browser someone else owns (the e2e harness's); not closed here. */ browser?: () => Promise<Browser> } = {},
): ChromiumPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = (): Promise<Browser> => {
    if (options.browser) return options.browser();
    // playwright-core takes about half a second to load: only when a PDF is asked for.
    browser ??= import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: options.executablePath ?? findChromium(), args: HEADLESS_CHROMIUM_ARGS, env: options.env }))
      .catch((error: unknown) => {
        browser = null;
        throw error;
      });
    return browser;
  };
  return {
    async printPdf(html, { paper, headerTemplate, footerTemplate }) {
      const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        // Web fonts load as text needing them is laid out; printing before they are in would
        // print the fallback font (or, with font-display: block, nothing). They are loaded
        // with a short warm-up body first, so the report itself is laid out once (font-warm-up.ts).
        // (This runs through the DevTools protocol: the page itself has scripts turned off.)
        const split = warmUpDocument(html);
        await page.setContent(split?.warmUp ?? html, { waitUntil: 'load' });
        await page.evaluate('document.fonts.ready.then(() => true)');
        if (split) {
          await page.evaluate(putBody, split.body);
          await page.evaluate('document.fonts.ready.then(() => true)');
        }
        const pdf = await page.pdf({
          format: paper === 'letter' ? 'Letter' : 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate,
          footerTemplate,
          margin: PDF_MARGINS,
          outline: true,
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running).close().catch(() => undefined);
    },
  };
}

let processPrinter: ChromiumPrinter | null = null;

/** One printer per process (web shell, CLI), its browser started on the first report. */
export function processChromiumPrinter(): ChromiumPrinter {
  processPrinter ??= createChromiumPrinter();
  return processPrinter;
}

export async function closeProcessChromiumPrinter(): Promise<void> {
  const printer = processPrinter;
  processPrinter = null;
  await printer?.close();
}
