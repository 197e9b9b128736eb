/**
 * jsdom lacks a few browser functions React Aria Components call; Chromium has them all. Loaded before
 * every unit test file (vitest.config.ts), and a no-op outside the DOM environment.
 */
if (typeof window !== 'undefined') {
  const css = (globalThis.CSS ??= {} as typeof CSS);
  // The CSSOM escape for identifiers, enough for the selectors React Aria builds (meta names, ids).
  css.escape ??= (value: string) => String(value).replace(/[^\w-]/g, (ch) => `\\${ch}`);
}

if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
  // jsdom's <dialog> has no modal methods: open and close by the attribute, as a non-modal dialog would.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
