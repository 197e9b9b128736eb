/**
 * The one Content-Security-Policy of the renderer: nothing from another origin, no eval,
 * no inline script. The same text is in renderer/index.html (a test keeps them equal)
 * and is sent as a header by the web shell and by Electron's session.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');
