import { createSignal } from 'solid-js';

/**
 * A tiny hash router: the app is one window with a handful of screens, so a signal of the
 * current hash is all the routing it needs (and it survives reloads, which keeps resume simple).
 */
const read = (): string => decodeURI(window.location.hash.replace(/^#/, '')) || '/';
const [path, setPath] = createSignal(read());
window.addEventListener('hashchange', () => setPath(read()));

export { path };

export function navigate(to: string): void {
  if (read() === to) return;
  window.location.hash = to;
}

/** Matches "/r/:id/edit"-style patterns; returns the params or null. */
export function match<K extends string = string>(pattern: string, current: string): Record<K, string> | null {
  const want = pattern.split('/');
  const have = current.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = h;
    else if (w !== h) return null;
  }
  return params as Record<K, string>;
}
