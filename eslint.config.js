// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** Deny-list kept for main only (main may import anything but renderer code). */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/**
 * Layer rules as allow-lists (architecture.md): each layer names what it may import; anything else is an
 * error, so a new path into services, the store or a Node module is stopped without anyone listing it.
 * `paths` are project-relative folders (ending in '/') or files (without extension); `typePaths` may be
 * imported with `import type` only (erased from the bundle); `packages` are npm names ('x/*' for subpaths).
 */
const allowImports = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object' }],
    messages: { denied: "{{source}} is outside this layer's allow-list: {{why}}" },
  },
  create(context) {
    const { paths = [], typePaths = [], packages = [], why = '' } = context.options[0] ?? {};
    const underAny = (rel, list) =>
      list.some((entry) => (entry.endsWith('/') ? rel.startsWith(entry) : rel.replace(/\.(tsx?|jsx?|css)$/, '') === entry));
    const packageAllowed = (source) => {
      const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
      return packages.includes(source) || (source !== name && packages.includes(`${name}/*`));
    };
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string') return;
      let ok;
      if (source.startsWith('.')) {
        const rel = path.relative(ROOT, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
        ok = underAny(rel, paths) || (typeOnly && underAny(rel, typePaths));
      } else ok = packageAllowed(source);
      if (!ok) context.report({ node, messageId: 'denied', data: { source, why } });
    };
    const typeOnlyImport = (node) =>
      node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node, node.source.value, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : '(computed)', false),
    };
  },
};

const layers = (options) => ({ 'layers/allow-imports': ['error', options] });

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
  { plugins: { layers: { rules: { 'allow-imports': allowImports } } } },
  {
    files: ['src/core/**/*.ts'],
    rules: layers({ paths: ['src/core/'], packages: ['zod', 'minisearch'], why: 'src/core runs everywhere: it imports only itself, zod and minisearch (pure).' }),
  },
  {
    // The store's file adapter is a lowdb Low until the sync-log rewrite replaces it.
    files: ['src/core/store/**/*.ts'],
    // immer: copy-on-write drafts for saves (journal-draft.ts), pure and dependency-free.
    rules: layers({ paths: ['src/core/'], packages: ['zod', 'lowdb', 'immer'], why: 'the store imports only core, zod, lowdb and immer.' }),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: layers({
      paths: ['src/renderer/', 'src/core/model/', 'src/core/logic/'],
      typePaths: ['src/core/api/contract', 'src/core/api/result', 'src/core/api/bridge', 'src/core/api/slices/', 'src/core/errors'],
      packages: ['solid-js', 'solid-js/*', 'marked', 'dompurify', 'd3-scale', 'd3-shape', '@tanstack/solid-virtual'],
      why: "the renderer imports core's model, pure logic and the contract's types, and talks to the journal only through lib/api.",
    }),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layers({
      paths: ['src/preload/', 'src/core/api/channels', 'src/core/api/ipc-channels'],
      typePaths: ['src/core/api/contract', 'src/core/api/bridge'],
      packages: ['electron'],
      why: 'the preload imports only electron and the channel list.',
    }),
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
