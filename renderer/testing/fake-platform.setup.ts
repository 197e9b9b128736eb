import { afterEach, vi } from 'vitest';

/**
 * The one place renderer tests replace renderer/platform: every call goes to the typed fake
 * (fake-api.ts), never over HTTP or a bridge, and after each test the fake says whether a call
 * broke the contract, then forgets what the test told it. Loaded before every unit test file
 * (vitest.config.ts); files that never import the platform never load the fake.
 */
vi.mock('../platform', async () => (await import('./fake-platform')).fakePlatform);
vi.mock('../platform/files', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../platform/files')>()),
  saveBytes: (await import('./fake-platform')).fakeSaveBytes,
}));

afterEach(async () => {
  const loaded = (globalThis as { __braidFakeApi?: { verify(): void; reset(): void } }).__braidFakeApi;
  if (!loaded) return;
  try {
    loaded.verify();
  } finally {
    loaded.reset();
  }
});
