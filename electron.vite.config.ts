import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'electron-vite';
import solid from 'vite-plugin-solid';

/**
 * A fingerprint of core's source: work core keeps from one start to the next (Home's verdicts,
 * src/core/store/home-rows.ts) is used again only by the very code that wrote it.
 */
function coreKey(dir = 'src/core'): string {
  const hash = createHash('sha256');
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

// Entry points are electron-vite's defaults: src/main/index.ts, src/preload/index.ts, src/renderer/index.html.
export default defineConfig({
  main: {
    define: { __MEND_CORE_KEY__: JSON.stringify(coreKey()) },
    build: {
      // lowdb and steno are ESM-only; bundling them (and zod) keeps the main process free of runtime resolution.
      externalizeDeps: { exclude: ['lowdb', 'steno', 'zod', 'minisearch'] },
      // The search index's worker thread is a script of its own beside index.js (search-worker-host.ts).
      rolldownOptions: { input: { index: 'src/main/index.ts', 'search-worker': 'src/main/search-worker.ts' } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload is evaluated as a classic script, so it must be CommonJS.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    plugins: [solid()],
    build: { minify: true, sourcemap: false },
  },
});
