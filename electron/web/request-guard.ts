import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'braid_token';
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

export function cookieToken(request: IncomingMessage): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

export function requestToken(request: IncomingMessage): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  return (Array.isArray(header) ? header[0] : header) ?? cookieToken(request);
}
