import { defineConfig } from 'vitest/config';

// End-to-end tests: the real services and web shell, the built renderer, Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: one Chromium at a time keeps timings honest.
    fileParallelism: false,
  },
});
