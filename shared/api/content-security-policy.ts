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

/**
 * The policy as a response header (web shell, Electron's session): the same policy and
 * `frame-ancestors 'none'`, so no other page can frame Braid. A <meta> policy cannot carry
 * frame-ancestors (browsers ignore it there), which is why it is added only here.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
