import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/content-security-policy';
import { TOKEN_COOKIE, hasForeignOrigin, requestToken, sameToken } from './request-guard';
import { readStatic } from './static-files';

export interface WebShellOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface WebShell {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Large enough for a plan or an HRIS export of tens of thousands of rows. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) {
  response.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, ...extra });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('The request is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The services over HTTP, for browsers on this machine only: bound to 127.0.0.1, every
 * request needs the per-launch token, foreign Host/Origin headers are refused, and no
 * CORS header is ever sent. Static files come only from the built renderer.
 */
export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = createServer(async (request, response) => {
    try {
      if (hasForeignOrigin(request, port)) return send(response, 403, 'Forbidden: this address is not Braid.');
      const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);

      // The link printed at launch carries the token once; it becomes a same-site cookie.
      const queryToken = url.searchParams.get('token');
      if (request.method === 'GET' && queryToken !== null) {
        if (!sameToken(queryToken, token)) return send(response, 403, 'Forbidden: this link is from another Braid session.');
        url.searchParams.delete('token');
        return send(response, 303, '', 'text/plain', {
          Location: url.pathname + url.search,
          'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        });
      }
      if (!sameToken(requestToken(request), token)) {
        return send(response, 403, 'Forbidden: open Braid with the link printed when the web shell started.');
      }

      if (url.pathname.startsWith('/rpc/')) {
        if (request.method !== 'POST') return send(response, 405, 'Use POST.', 'text/plain', { Allow: 'POST' });
        if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
          return send(response, 415, 'Send JSON.');
        }
        const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        let input: unknown;
        try {
          const body = await readBody(request);
          input = body ? JSON.parse(body) : {};
        } catch (error) {
          return send(response, 400, JSON.stringify({ ok: false, error: { message: `The request could not be read: ${(error as Error).message}` } }), 'application/json');
        }
        const result = await dispatch(options.handlers, name, input);
        return send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }

      if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed.');
      const file = await readStatic(options.staticDir, url.pathname);
      if (!file) return send(response, 404, 'Not found.');
      return send(response, 200, file.body, file.type, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    } catch (error) {
      if (!response.headersSent) send(response, 500, `Braid could not answer: ${(error as Error).message}`);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
