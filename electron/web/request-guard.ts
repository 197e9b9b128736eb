import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-braid-token';

/** Host names a loopback browser tab may use to reach the shell. */
function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/**
 * DNS rebinding and cross-site requests both show up as a foreign Host or Origin:
 * refuse them before looking at anything else.
 */
export function hasForeignOrigin(request: IncomingMessage, port: number): boolean {
  const hosts = allowedHosts(port);
  if (!hosts.has(request.headers.host ?? '')) return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  return !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length)));
}

export function sameToken(candidate: string | undefined | null, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The session lives in the address: the launch link leads to `/s/<token>/`, and the page's
 * files and calls are relative to it. Unlike a cookie — which a browser sends to every port
 * of 127.0.0.1, so any other local server would receive it — an address is only ever sent to
 * this origin (this port), and two Braids on two ports never see or replace each other's.
 */
export const SESSION_PREFIX = '/s/';

export function sessionPath(token: string): string {
  return `${SESSION_PREFIX}${token}/`;
}

/** The request's token (in the session path, or the header tests and tools send) and the path inside the session. */
export function requestSession(request: IncomingMessage, path: string): { token: string | undefined; path: string } {
  if (path.startsWith(SESSION_PREFIX)) {
    const end = path.indexOf('/', SESSION_PREFIX.length);
    if (end > 0) return { token: path.slice(SESSION_PREFIX.length, end), path: path.slice(end) };
    return { token: path.slice(SESSION_PREFIX.length), path: '/' };
  }
  const header = request.headers[TOKEN_HEADER];
  return { token: (Array.isArray(header) ? header[0] : header) ?? undefined, path };
}

/** A token pasted into the way-back-in form may be the whole launch link. */
export function pastedToken(value: string): string {
  const inLink = /[?&]token=([^&#\s]+)/.exec(value);
  return (inLink ? inLink[1] : value).trim();
}
