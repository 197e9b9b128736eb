/**
 * What a browser tab sees when Braid refuses it (a tab from an earlier session, or from
 * another Braid on this computer): what happened, that nothing changed, and a way back in.
 * No script, no style from elsewhere: the shell's CSP for it allows nothing but the form.
 */
export const REFUSED_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function refusedPage(reason: 'no-session' | 'other-session'): string {
  const why =
    reason === 'other-session'
      ? 'That link is from another Braid session — an earlier start of Braid, or another Braid on this computer.'
      : 'This page is not connected to this Braid: it is from an earlier session, or from another Braid on this computer.';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Braid — open it again</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}input{width:100%;font:inherit;padding:.3rem}button{font:inherit;margin-top:.5rem}</style>
</head><body><main>
<h1>Open Braid again</h1>
<p role="alert">${why} Braid refused it; nothing was changed.</p>
<p>Use the link Braid printed when it started (in the terminal where you ran <code>npm run web</code>), or paste it here:</p>
<form method="get" action="/"><label for="token">Link printed by Braid</label>
<input id="token" name="token" autocomplete="off" spellcheck="false" required>
<button type="submit">Open Braid</button></form>
</main></body></html>`;
}
