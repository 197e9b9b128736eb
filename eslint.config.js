import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'stream', 'util', 'zlib', 'worker_threads'];
const builtinPatterns = nodeBuiltins.map((name) => ({ group: [name, `${name}/*`], message: 'Node built-ins are not allowed in this layer.' }));

/**
 * The layering rules of ARCHITECTURE.md, enforced:
 * shared/ imports only shared/ and pure packages; renderer/ never electron, node or electron/;
 * electron/ never renderer/; electron/services never 'electron' (Electron abilities arrive as ports).
 */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'docs/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ is pure: no electron.' },
            { name: 'react', message: 'shared/ is pure: no react.' },
            { name: 'react-dom', message: 'shared/ is pure: no react.' },
          ],
          patterns: [
            ...builtinPatterns,
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ may import only shared/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the services only through the contract (renderer/platform).' }],
          patterns: [...builtinPatterns, { group: ['**/electron/**'], message: 'The renderer must not import electron/ code.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }] }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only electron/main and electron/preload import electron; services get ports.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }, { group: ['**/main/**', '**/preload/**'], message: 'Services do not depend on the Electron entry code.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,js}', 'bin/**/*.js', '*.config.{ts,js}', 'resources/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
