import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a TypeScript fixture (and the adapter it imports) into one .mjs, so a child process starts
 * with plain `node` in tens of milliseconds instead of paying for tsx's loader on every spawn.
 */
export async function bundleFixture(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  return outfile;
}

export const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name);

/** Calls `onLine` for each stdout line of a child; resolves with the exit code/signal once it closes. */
export function watchLines(
  child: ChildProcess,
  onLine: (line: string) => void,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let buffered = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

export function spawnNode(args: string[], options: { cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
}
