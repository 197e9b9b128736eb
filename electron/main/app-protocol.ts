import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/api/content-security-policy';
import { readStatic } from '../web/static-files';

/**
 * The renderer is served from a privileged custom scheme, `app://braid/…`, not from file://:
 * a file: page gets privileges no web page has (reading other files, universal access for
 * file: frames), and Braid's packaged binary turns them off with the
 * GrantFileProtocolExtraPrivileges fuse. The scheme answers only with files of the built
 * renderer; file: itself is refused in the app's session.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'braid';
export const RENDERER_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Must run before the app is ready (Electron's rule for privileged schemes). standard: real
 * origins and relative URLs; secure: a secure context like https; supportFetchAPI: the
 * renderer's own module loads. No bypassCSP: the policy applies to the app's pages in full.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const answer = (status: number, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** After ready: app:// answers with the built renderer's files, and file: with a refusal. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return answer(404, 'Not found.');
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return answer(400, 'Bad request: the address has a malformed %-escape.');
    }
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) return answer(404, 'Not found.');
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { 'Content-Type': file.type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER, 'X-Content-Type-Options': 'nosniff' },
    });
  });
  // Spec choice: the app's session reads no file by URL at all (request filters do not see
  // file: requests in Electron, so the refusal has to be the protocol's own answer).
  protocol.handle('file', async () => answer(403, 'Braid does not load files by address.'));
}
