import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests sit beside the code as *.test.ts(x); e2e lives in tests/e2e. Renderer tests
// reach the services only through the typed fake that renderer/testing/fake-platform.setup.ts puts in place.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/helpers/dom-setup.ts', 'renderer/testing/fake-platform.setup.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
