import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The renderer must not pull zod into its bundle: zod probes `new Function` at start-up, which the
 * production CSP reports as an eval violation (and it costs bundle size). Type-only imports vanish at
 * build time; value imports of core modules must reach zod through no path.
 */
const RENDERER = resolve('src/renderer/src');
const VALUE_IMPORT = /^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return spec;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return null;
}

/** The chain of value imports from `file` to zod, or null when there is none. */
function pathToZod(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(VALUE_IMPORT)) {
    const target = resolveImport(file, m[1]!);
    if (target === 'zod') return [file, 'zod'];
    if (target === null || !target.includes('/src/core/')) continue;
    const rest = pathToZod(target, seen);
    if (rest) return [file, ...rest];
  }
  return null;
}

describe('the renderer bundle stays free of zod', () => {
  it('no renderer file reaches zod through a value import of core', () => {
    const leaks = files(RENDERER)
      .map((f) => pathToZod(f))
      .filter((p): p is string[] => p !== null)
      .map((p) => p.map((f) => f.replace(`${resolve('.')}/`, '')).join(' → '));
    expect(leaks).toEqual([]);
  });
});
