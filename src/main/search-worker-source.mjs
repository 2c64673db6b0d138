// Runs the search worker from its TypeScript source (tests, the bench). As the app runs it, bundled into
// one script: esbuild (the one tsx brings) bundles it in memory and the bundle is imported as a data:
// URL, nothing written. Much as the built script starts, where tsx's loader (a thread of its own that
// compiles each module as it is imported) took a few hundred ms of the worker's time before its first
// message at every start. Without esbuild, tsx's loader is the fallback.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('./search-worker.ts', import.meta.url));

async function bundled() {
  const esbuild = createRequire(import.meta.resolve('tsx'))('esbuild');
  try {
    const out = await esbuild.build({ entryPoints: [source], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
    return out.outputFiles[0].text;
  } finally {
    // esbuild's service is a child process: ended at once, so nothing outlives the worker.
    await esbuild.stop();
  }
}

const code = await bundled().catch(() => null);
if (code) {
  // Named, so a stack trace says which script this is instead of quoting the whole data: URL.
  const named = `${code}\n//# sourceURL=search-worker.bundle.js\n`;
  await import(`data:text/javascript;base64,${Buffer.from(named).toString('base64')}`);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./search-worker.ts');
}
