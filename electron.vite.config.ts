import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { chunkName } from './scripts/chunk-names';

const root = resolve('.');
/** Chunks named by what they hold (see scripts/chunk-names.ts), under `folder`. */
const namedChunks = (folder: string) => ({
  chunkFileNames: (chunk: { moduleIds: readonly string[] }) => `${folder}/${chunkName(chunk.moduleIds, root)}-[hash].js`,
});

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// Three bundles: the main process (with the web shell and the CLI as extra entries,
// since they share the services), the sandboxed preload (CommonJS, self-contained),
// and the renderer.
export default defineConfig({
  main: {
    define: { BRAID_VERSION: JSON.stringify(version) },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          web: resolve('electron/web/index.ts'),
          cli: resolve('electron/cli/index.ts'),
        },
        output: namedChunks('chunks'),
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: { input: { index: resolve('renderer/index.html') }, output: namedChunks('assets') },
    },
  },
});
