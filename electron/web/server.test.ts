import { request } from 'node:http';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api/contract';
import { UserFacingError } from '../../shared/api/dispatch';
import { startWebShell, type WebShell } from './server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(shell: WebShell, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: shell.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${shell.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let shell: WebShell;
let staticDir: string;
const calls: unknown[] = [];

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'braid-static-'));
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Braid</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const handlers = {
    'organization:update': async (input: unknown) => {
      calls.push(input);
      return { revision: 1, history: { canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null } };
    },
    'plan:undo': async () => {
      throw new UserFacingError('There is nothing to undo.');
    },
  } as unknown as Handlers;
  shell = await startWebShell({ handlers, staticDir, token: 'secret-token-123' });
});
afterAll(async () => {
  await shell.close();
  await rm(staticDir, { recursive: true, force: true });
});

const withToken = { 'X-Braid-Token': 'secret-token-123' };

describe('web shell', () => {
  it('listens on loopback only and prints a link with the token', () => {
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=secret-token-123$/);
  });

  it('refuses a request without the token (403)', async () => {
    expect((await send(shell, '/')).status).toBe(403);
    expect((await send(shell, '/rpc/plan:get', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(403);
  });

  it('refuses a wrong token', async () => {
    expect((await send(shell, '/', { headers: { 'X-Braid-Token': 'guess' } })).status).toBe(403);
    expect((await send(shell, '/?token=guess')).status).toBe(403);
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const reply = await send(shell, '/', { headers: { ...withToken, Host: 'evil.example' } });
    expect(reply.status).toBe(403);
  });

  it('refuses a foreign Origin even with the token', async () => {
    const reply = await send(shell, '/rpc/organization:update', {
      method: 'POST',
      headers: { ...withToken, Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: '{"name":"x"}',
    });
    expect(reply.status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('leads the launch link to the session\'s own address, and sets no cookie another port could receive', async () => {
    const reply = await send(shell, '/?token=secret-token-123&theme=dark');
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/s/secret-token-123/?theme=dark');
    expect(reply.headers['set-cookie']).toBeUndefined();
    const page = await send(shell, '/s/secret-token-123/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send(shell, '/s/secret-token-123/assets/app.js')).body).toBe('console.log(1)');
    // A cookie is no way in any more: a page on another local port may have been sent one.
    expect((await send(shell, '/', { headers: { Cookie: 'braid_token=secret-token-123' } })).status).toBe(403);
  });

  it('answers operations with {ok, value} and sends no CORS header', async () => {
    const reply = await send(shell, '/rpc/organization:update', {
      method: 'POST',
      headers: { ...withToken, 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${shell.port}` },
      body: '{"name":"Zoë"}',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(calls).toEqual([{ name: 'Zoë' }]);
    expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('refuses an invalid input with the field named, and an unknown operation', async () => {
    const bad = await send(shell, '/rpc/organization:update', { method: 'POST', headers: { ...withToken, 'Content-Type': 'application/json' }, body: '{"name":5}' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { details: [expect.stringMatching(/^name:/)] } });
    const unknown = await send(shell, '/rpc/plan:delete', { method: 'POST', headers: { ...withToken, 'Content-Type': 'application/json' }, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { message: 'Unknown operation "plan:delete".' } });
  });

  it('accepts only JSON posts (no form posts)', async () => {
    const reply = await send(shell, '/rpc/organization:update', { method: 'POST', headers: { ...withToken, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'name=x' });
    expect(reply.status).toBe(415);
  });

  it('serves static files only from the build folder', async () => {
    expect((await send(shell, '/assets/app.js', { headers: withToken })).status).toBe(200);
    expect((await send(shell, '/../../../../etc/passwd', { headers: withToken })).status).toBe(404);
    expect((await send(shell, '/%2e%2e/%2e%2e/etc/passwd', { headers: withToken })).status).toBe(404);
  });
});

describe('web shell status codes', () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    send(shell, path, { method: 'POST', headers: { ...withToken, 'Content-Type': 'application/json', ...headers }, body });

  it('answers 400 for an invalid input, naming the field', async () => {
    const reply = await post('/rpc/organization:update', '{"name":5}');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { details: [expect.stringMatching(/^name:/)] } });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const reply = await post('/rpc/organization:update', '{"name":');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
  });

  it('answers 404 for an unknown operation', async () => {
    const reply = await post('/rpc/plan:delete', '{}');
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { message: 'Unknown operation "plan:delete".' } });
  });

  it('answers 400, not 500, for a malformed %-escape in the path', async () => {
    expect((await post('/rpc/plan%E0%A4%A', '{}')).status).toBe(400);
    expect((await send(shell, '/assets/%E0%A4%A.js', { headers: withToken })).status).toBe(400);
    expect((await send(shell, '/%', { headers: withToken })).status).toBe(400);
  });

  it('answers 422 when the operation refuses, with its message', async () => {
    const reply = await post('/rpc/plan:undo', '{}');
    expect(reply.status).toBe(422);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { message: 'There is nothing to undo.', details: [] } });
  });

  it('answers 413 for a body over the limit, said by its length or found while reading', async () => {
    const small = await startWebShell({ handlers: {} as Handlers, staticDir, token: 'secret-token-123', maxBodyBytes: 1000 });
    try {
      const over = '{"name":"' + 'x'.repeat(2000) + '"}';
      const declared = await send(small, '/rpc/organization:update', { method: 'POST', headers: { ...withToken, 'Content-Type': 'application/json' }, body: over });
      expect(declared.status).toBe(413);
      expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('too large') } });
      const chunked = await send(small, '/rpc/organization:update', {
        method: 'POST',
        headers: { ...withToken, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        body: over,
      });
      expect(chunked.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('never answers 500 to anything a client sends', async () => {
    expect((await send(shell, '//', { headers: withToken })).status).toBe(400);
    expect((await send(shell, '//[::1', { headers: withToken })).status).toBe(400);
    const paths = ['/rpc/', '/rpc/%00', '/rpc/%E0', '//', '/rpc/__proto__', '/rpc/constructor', '/%2F%2F..%2F', '/rpc/organization:update?x=%', '/\u00ff'];
    const bodies = ['', 'null', '[]', '"x"', '{"__proto__":{"x":1}}', '\u0000', '{"name":"' + '\\ud800' + '"}'];
    for (const path of paths) {
      for (const body of bodies) {
        const reply = await post(path, body);
        expect(reply.status, `${path} ${body}`).toBeLessThan(500);
      }
    }
  });

  it('forbids framing the app in the CSP header (frame-ancestors)', async () => {
    const page = await send(shell, '/', { headers: withToken });
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
