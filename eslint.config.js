import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'stream', 'util', 'zlib', 'worker_threads'];
const builtinPatterns = nodeBuiltins.map((name) => ({ group: [name, `${name}/*`], message: 'Node built-ins are not allowed in this layer.' }));
/** `import('…')` of these is refused as the static imports are (no-restricted-imports does not see import()). */
const builtinOrElectron = `^(electron$|node:|(${nodeBuiltins.filter((n) => n !== 'node:*').join('|')})(\\/|$))`;

/** The npm packages shared/ may use: pure, and loaded by every layer (zod, its compiled check, deep equality). */
const SHARED_PACKAGES = ['zod', 'ajv', 'dequal'];
// Anything that is neither relative nor one of SHARED_PACKAGES (or a file inside one).
const SHARED_PACKAGES_ONLY = `^(?!\\.|(${SHARED_PACKAGES.join('|')})(\\/|$))`;
// The same for static imports, less what the rules above already name (one message per import).
const OTHER_PACKAGES = `^(?!\\.|(${SHARED_PACKAGES.join('|')})(\\/|$)|electron$|react(-dom)?$|node:|(${nodeBuiltins.filter((n) => n !== 'node:*').join('|')})(\\/|$))`;

/**
 * The layering rules of ARCHITECTURE.md, enforced:
 * shared/ imports only shared/ and the packages of SHARED_PACKAGES; renderer/ never electron, node or electron/;
 * each also for import(), which no-restricted-imports does not see (no-restricted-syntax does);
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
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/**/*.test.{ts,tsx}'],
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
            { regex: OTHER_PACKAGES, message: `shared/ may import only these packages: ${SHARED_PACKAGES.join(', ')}.` },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression > Literal[value=/${SHARED_PACKAGES_ONLY}/]`, message: `shared/ may import only shared/ and these packages, also with import(): ${SHARED_PACKAGES.join(', ')}.` },
        { selector: 'ImportExpression > Literal[value=/(^|\\/)(electron|renderer)(\\/|$)/]', message: 'shared/ may import only shared/, also with import().' },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'Buffer'],
    },
  },
  {
    // The property-test generators serve the tests only.
    files: ['shared/domain/testing/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...builtinPatterns, { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ may import only shared/.' }] }],
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
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression > Literal[value=/${builtinOrElectron}/]`, message: 'The renderer imports neither electron nor node, also not with import().' },
        { selector: 'ImportExpression > Literal[value=/(^|\\/)electron\\//]', message: 'The renderer must not import electron/ code, also not with import().' },
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
      'no-restricted-syntax': [
        'error',
        { selector: "ImportExpression > Literal[value='electron']", message: 'Only electron/main and electron/preload import electron, also with import(); services get ports.' },
        { selector: 'ImportExpression > Literal[value=/(^|\\/)renderer\\//]', message: 'electron/ never imports the renderer, also not with import().' },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,js}', 'bin/**/*.js', '*.config.{ts,js}', 'resources/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
