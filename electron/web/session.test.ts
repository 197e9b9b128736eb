import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api/contract';
import { findChromium, HEADLESS_CHROMIUM_ARGS } from '../services/chromium-path';
import { startWebShell, type WebShell } from './server';

/**
 * The web shell's session is this instance's alone: a real browser that opened Braid and then
 * visits another server on 127.0.0.1 sends it nothing of Braid's, and two Braids on two ports
 * never log each other out. A refused tab says so and offers a way back in.
 */

let browser: Browser;
let staticDir: string;
let braidA: WebShell;
let braidB: WebShell;
let other: Server;
const seenByOther: IncomingHttpHeaders[] = [];
const people = { 'plan:get': async () => ({ people: ['everyone'] }) } as unknown as Handlers;

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'braid-session-'));
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Braid</title><script type="module" src="./assets/app.js"></script>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'document.title = "Braid loaded";');
  braidA = await startWebShell({ handlers: people, staticDir });
  braidB = await startWebShell({ handlers: people, staticDir });
  other = createServer((request, response) => {
    seenByOther.push(request.headers);
    response.end('another local server');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({ executablePath: findChromium(), args: HEADLESS_CHROMIUM_ARGS });
}, 30_000);
afterAll(async () => {
  await browser?.close();
  await braidA.close();
  await braidB.close();
  other.close();
  await rm(staticDir, { recursive: true, force: true });
});

const rpc = (shell: WebShell, path: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${shell.port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

describe('the web shell session', () => {
  it('is never sent to another server on 127.0.0.1, and nothing it could receive opens Braid', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(braidA.url);
    await expect.poll(() => page.title()).toBe('Braid loaded');
    await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    expect(seenByOther).toHaveLength(1);
    const sent = JSON.stringify(seenByOther[0]);
    expect(sent).not.toContain(braidA.token);
    // Whatever a cookie jar holds, replaying it to Braid opens nothing.
    const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await rpc(braidA, '/rpc/plan:get', cookies ? { cookie: cookies } : {})).status).toBe(403);
    await context.close();
  });

  it('of one Braid does not log out another Braid on another port', async () => {
    const context = await browser.newContext();
    const a = await context.newPage();
    await a.goto(braidA.url);
    const b = await context.newPage();
    await b.goto(braidB.url);
    const callFrom = (page: typeof a) => page.evaluate(async () => (await fetch('rpc/plan:get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status);
    expect(await callFrom(a)).toBe(200);
    expect(await callFrom(b)).toBe(200);
    await a.reload();
    expect(await callFrom(a)).toBe(200);
    expect(await callFrom(b)).toBe(200);
    await context.close();
  });

  it('refuses a tab from an earlier session with a page that says so and leads back in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${braidA.port}/s/token-of-an-earlier-session/`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/another Braid session.*nothing was changed/);
    await page.getByLabel('Link printed by Braid').fill(braidA.url);
    await page.getByRole('button', { name: 'Open Braid' }).click();
    await expect.poll(() => page.title()).toBe('Braid loaded');
    expect(new URL(page.url()).pathname).toBe(`/s/${braidA.token}/`);
    await context.close();
  });
});
