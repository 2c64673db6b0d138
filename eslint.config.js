// @ts-check
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream'];

/** Layer rules from the architecture: what each folder may import. */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', ...nodeBuiltins, 'solid-js', 'solid-js/*', 'dompurify', 'marked', '**/main/**', '**/renderer/**', '**/preload/**'],
      'src/core runs everywhere: it may import only itself and small pure libraries (zod, lowdb core, d3).',
    ),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: restrict(
      ['electron', 'electron/*', ...nodeBuiltins, 'zod', 'lowdb', 'lowdb/*', '**/main/**', '**/preload/**', '**/core/store/**', '**/core/services/**'],
      'The renderer talks to the journal only through lib/api; it may import core types and pure logic.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      ['**/core/model/**', '**/core/services/**', '**/core/store/**', '**/main/**', '**/renderer/**', 'zod', 'lowdb'],
      'The preload imports only electron and the contract’s channel list.',
    ),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict(['**/renderer/**', 'solid-js', 'solid-js/*'], 'Main never imports renderer code.'),
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    rules: { 'no-console': 'off', 'no-empty-pattern': 'off' },
  },
);
