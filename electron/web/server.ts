import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../shared/api/contract';
import { checkRequest, runChecked, withoutPaths, type RequestRefusal } from '../../shared/api/dispatch';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/api/content-security-policy';
import { hasForeignOrigin, pastedToken, requestSession, sameToken, sessionPath } from './request-guard';
import { REFUSED_PAGE_CSP, refusedPage } from './refused-page';
import { readStatic } from './static-files';

export interface WebShellOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** The largest request body accepted (tests make it small). */
  maxBodyBytes?: number;
  /** How long a client may take to send its headers, and its whole request (tests make them small). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export interface WebShell {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Spec choice: sized to the largest plan Braid supports, 50 000 people (139 MB as a readable
 * plan file, see the README's speed table). Opened through plan:open it travels inside a JSON
 * string, where quotes and line breaks are escaped (about 1.3 times the file): 256 MiB holds
 * it, and an HRIS export or a PDF of the same organisation, with room to spare.
 */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;

/**
 * Spec choice: a browser on this machine sends its headers at once, so 10 s is generous;
 * a client that dribbles them holds a connection for nothing. The whole request (the largest
 * body over loopback takes a second or two) gets two minutes. Idle keep-alive connections close after 5 s.
 */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 120_000;

const REFUSAL_STATUS: Record<RequestRefusal, number> = { 'unknown-operation': 404, 'invalid-input': 400 };

class BodyTooLarge extends Error {}

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

const sendJson = (response: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) =>
  send(response, status, JSON.stringify(body), 'application/json; charset=utf-8', extra);

const tooLargeMessage = (limit: number) =>
  `The request is too large (over ${Math.round(limit / 1024 / 1024)} MB, more than the largest plan Braid supports). Nothing was changed.`;

/**
 * The body, refused as soon as it passes the limit (declared or streamed). With a declared
 * length it is read straight into one buffer of that size, so a large plan is held once, not
 * twice (chunks and their concatenation).
 */
async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > limit) throw new BodyTooLarge();
  const whole = Number.isInteger(declared) && declared > 0 ? Buffer.allocUnsafe(declared) : null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    if (size + bytes.length > (whole ? whole.length : limit)) throw new BodyTooLarge();
    if (whole) bytes.copy(whole, size);
    else chunks.push(bytes);
    size += bytes.length;
  }
  return whole ? whole.toString('utf8', 0, size) : Buffer.concat(chunks).toString('utf8');
}

/** `application/json`, with parameters or without (`; charset=utf-8`) — not `application/jsonx`. */
function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

/** 403, with a page that says why and offers a way back in (a call from a script gets the sentence alone). */
function refuse(response: ServerResponse, reason: 'no-session' | 'other-session') {
  return send(response, 403, refusedPage(reason), 'text/html; charset=utf-8', { 'Content-Security-Policy': REFUSED_PAGE_CSP });
}

/** The request's address, or null for one that does not parse (such as `//`). */
function requestUrl(raw: string | undefined, port: number): URL | null {
  try {
    return new URL(raw ?? '/', `http://127.0.0.1:${port}`);
  } catch {
    return null;
  }
}

/** The path with its %-escapes decoded, or null when they are malformed. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * The services over HTTP, for browsers on this machine only: bound to 127.0.0.1, every
 * request needs the per-launch token, foreign Host/Origin headers are refused, and no
 * CORS header is ever sent. Static files come only from the built renderer.
 */
export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;

  const headersTimeout = options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const limits = {
    headersTimeout,
    requestTimeout,
    keepAliveTimeout: Math.min(5_000, headersTimeout),
    // Node looks for late clients only this often (30 s by default): check at a tenth of the headers' time.
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 10))),
  };
  const server = createServer(limits, async (request, response) => {
    try {
      if (hasForeignOrigin(request, port)) return send(response, 403, 'Forbidden: this address is not Braid.');
      const url = requestUrl(request.url, port);
      if (!url) return send(response, 400, 'Bad request: that is not an address Braid knows.');

      // The link printed at launch carries the token once; it leads to the session's address.
      const queryToken = url.searchParams.get('token');
      if (request.method === 'GET' && queryToken !== null) {
        const offered = pastedToken(queryToken);
        if (!sameToken(offered, token)) return refuse(response, 'other-session');
        url.searchParams.delete('token');
        return send(response, 303, '', 'text/plain', { Location: sessionPath(token) + url.pathname.slice(1) + url.search });
      }
      const session = requestSession(request, url.pathname);
      if (!sameToken(session.token, token)) return refuse(response, session.token ? 'other-session' : 'no-session');
      const path = decodedPath(session.path);
      if (path === null) return send(response, 400, 'Bad request: the address has a malformed %-escape.');

      if (path.startsWith('/rpc/')) {
        if (request.method !== 'POST') return send(response, 405, 'Use POST.', 'text/plain', { Allow: 'POST' });
        if (!isJson(request.headers['content-type'])) {
          return send(response, 415, 'Send JSON.');
        }
        let input: unknown;
        try {
          const body = await readBody(request, maxBodyBytes);
          input = body ? JSON.parse(body) : {};
        } catch (error) {
          if (error instanceof BodyTooLarge) {
            // Stop reading: the rest of the body is not wanted, and the connection closes after the answer.
            response.once('finish', () => request.destroy());
            return sendJson(response, 413, { ok: false, error: { message: tooLargeMessage(maxBodyBytes) } }, { Connection: 'close' });
          }
          return sendJson(response, 400, { ok: false, error: { message: `The request could not be read: ${(error as Error).message}` } });
        }
        const checked = checkRequest(path.slice('/rpc/'.length), input);
        if (!checked.ok) return sendJson(response, REFUSAL_STATUS[checked.refusal], { ok: false, error: checked.error });
        // Spec choice: an operation that refuses (nothing to undo, a change that would make
        // the plan invalid) answers 422 with its message; only a fault in Braid itself is 500.
        const { result, fault } = await runChecked(options.handlers, checked);
        return sendJson(response, result.ok ? 200 : fault ? 500 : 422, result);
      }

      if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed.');
      const file = await readStatic(options.staticDir, session.path);
      if (!file) return send(response, 404, 'Not found.');
      return send(response, 200, file.body, file.type, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER });
    } catch (error) {
      if (!response.headersSent) send(response, 500, `Braid could not answer: ${withoutPaths((error as Error).message)}`);
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
