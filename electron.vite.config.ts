import { defineConfig } from 'electron-vite';
import solid from 'vite-plugin-solid';

// Entry points are electron-vite's defaults: src/main/index.ts, src/preload/index.ts, src/renderer/index.html.
export default defineConfig({
  main: {
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
