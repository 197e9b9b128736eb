import { connect, type Socket } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api/contract';
import { startWebShell, type WebShell } from './server';

/**
 * Clients that hold connections without finishing their request: the shell closes them
 * after its header and request timeouts (small here, 10 s and 120 s in use) and keeps answering.
 */

let shell: WebShell;
let staticDir: string;
beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'braid-slow-'));
  const handlers = { 'plan:get': async () => ({ ok: true }) } as unknown as Handlers;
  shell = await startWebShell({ handlers, staticDir, token: 'tok', headersTimeoutMs: 400, requestTimeoutMs: 800, maxBodyBytes: 4096 });
});
afterAll(async () => {
  await shell.close();
  await rm(staticDir, { recursive: true, force: true });
});

/** A raw connection that sends `text` and waits; resolves with how long the server kept it open (or `waitMs` if it never closed it). */
function hold(text: string, waitMs: number): Promise<{ openMs: number; reply: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let reply = '';
    const socket: Socket = connect(shell.port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (chunk) => (reply += chunk.toString()));
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ openMs: waitMs, reply });
    }, waitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ openMs: Date.now() - started, reply });
    });
    socket.on('error', () => undefined);
  });
}

const host = () => `Host: 127.0.0.1:${shell.port}\r\n`;

describe('slow clients', () => {
  it('are closed when their headers do not arrive in time, fifty at once, and the shell still answers', async () => {
    const held = Array.from({ length: 50 }, () => hold(`GET / HTTP/1.1\r\n${host()}X-Slow: `, 4000));
    const results = await Promise.all(held);
    expect(results.filter((r) => r.openMs >= 4000)).toEqual([]);
    expect(Math.max(...results.map((r) => r.openMs))).toBeLessThan(2500);
    const answer = await fetch(`http://127.0.0.1:${shell.port}/rpc/plan:get`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-braid-token': 'tok' }, body: '{}' });
    expect(answer.status).toBe(200);
  });

  it('are closed when the body does not arrive in time', async () => {
    const head = `POST /rpc/plan:get HTTP/1.1\r\n${host()}Content-Type: application/json\r\nX-Braid-Token: tok\r\nContent-Length: 100\r\n\r\n{"a":`;
    const result = await hold(head, 4000);
    expect(result.openMs).toBeLessThan(2500);
    expect(result.reply).toMatch(/^HTTP\/1\.1 408/);
  });

  it('get 413 as soon as a streamed body passes the limit, before they finish sending it', async () => {
    const head = `POST /rpc/plan:get HTTP/1.1\r\n${host()}Content-Type: application/json\r\nX-Braid-Token: tok\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = `1400\r\n${'x'.repeat(0x1400)}\r\n`;
    const result = await hold(head + chunk, 4000);
    expect(result.reply).toMatch(/^HTTP\/1\.1 413/);
    expect(result.openMs).toBeLessThan(2500);
  });
});
