import { createSignal } from 'solid-js';

/**
 * A tiny hash router: the app is one window with a handful of screens, so a signal of the
 * current hash is all the routing it needs (and it survives reloads, which keeps resume simple).
 *
 * Every screen's path is listed once here, and links are built from these patterns with their
 * parameters checked by the compiler: a link to a screen that does not exist, or one missing an
 * id, fails the build. routes.tsx must draw every pattern (checked there too).
 */
export const ROUTE_PATTERNS = [
  '/',
  '/new',
  '/r/:id/edit',
  '/r/:id',
  '/r/:id/entry/:entry',
  '/settings',
  '/r/:id/incident/new',
  '/r/:id/incident/:incidentId',
  '/r/:id/prepare/new',
  '/r/:id/prepare/:prepId',
  '/r/:id/prepare/:prepId/cue-card',
  '/commitments',
  '/r/:id/debrief/new',
  '/r/:id/debrief/from/:prepId',
  '/r/:id/debrief/:debriefId',
  '/r/:id/debrief/:debriefId/check',
  '/r/:id/check/new',
  '/r/:id/check/:checkId',
  '/trash',
  '/r/:id/monitoring/new',
  '/r/:id/monitoring/:noteId',
  '/r/:id/meeting-note/:noteId',
  '/insights',
  '/search',
  '/example',
  '/r/:id/repair-bid/new',
  '/r/:id/repair-bid/:bidId',
  '/r/:id/their-trust/new',
  '/r/:id/their-trust/:estimateId',
] as const;

export type RoutePattern = (typeof ROUTE_PATTERNS)[number];
type ParamNames<P extends string> = P extends `${string}:${infer K}/${infer Rest}`
  ? K | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer K}`
    ? K
    : never;
export type RouteParams<P extends string> = { [K in ParamNames<P>]: string };
/** A pattern's parameters, or nothing at all when it has none. */
type ParamArgs<P extends RoutePattern> = [ParamNames<P>] extends [never] ? [] : [params: RouteParams<P>];

const read = (): string => decodeURI(window.location.hash.replace(/^#/, '')) || '/';
const [path, setPath] = createSignal(read());
window.addEventListener('hashchange', () => setPath(read()));

export { path };

/** The path of a screen, e.g. `to('/r/:id/check/new', { id })` → "/r/ab12/check/new". */
export function to<P extends RoutePattern>(pattern: P, ...args: ParamArgs<P>): string {
  const params = (args[0] ?? {}) as Record<string, string>;
  return pattern.replace(/:([A-Za-z]+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
}

/** The same as an `href`: "#/r/ab12/check/new". */
export function href<P extends RoutePattern>(pattern: P, ...args: ParamArgs<P>): string {
  return `#${to(pattern, ...args)}`;
}

/** Goes to a screen by its pattern. */
export function go<P extends RoutePattern>(pattern: P, ...args: ParamArgs<P>): void {
  navigate(to(pattern, ...args));
}

/** The screen as it is now (the address, already changed by a link just clicked), for `goOnFrom`. */
export const screenNow = (): string => read();

/**
 * Goes to a screen, as `go` does, only if the person is still on `from` (a `screenNow()` taken before):
 * a Save that ends after they went elsewhere (by the sidebar, while a slow disk stored it) does not pull
 * them back.
 */
export function goOnFrom<P extends RoutePattern>(from: string, pattern: P, ...args: ParamArgs<P>): void {
  if (read() === from) go(pattern, ...args);
}

/**
 * Puts another screen in place of this one, in the history too: Back then skips the screen left, as
 * for an address that only pointed on (a person brought back under a new id).
 */
export function goInstead<P extends RoutePattern>(pattern: P, ...args: ParamArgs<P>): void {
  replaceScreen(to(pattern, ...args));
}

/** `goInstead` for a path built already (an edit screen's own address, with the entry's new id). */
export function replaceScreen(path: string): void {
  if (read() !== path) window.location.replace(`#${path}`);
}

/** Goes to a path built by `to` (kept for the few places that hold a path already). */
export function navigate(path: string): void {
  if (read() === path) return;
  window.location.hash = path;
}

/** Matches "/r/:id/edit"-style patterns; returns the params or null. */
export function match<P extends string>(pattern: P, current: string): RouteParams<P> | null {
  const want = pattern.split('/');
  const have = current.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = decodeParam(h);
    else if (w !== h) return null;
  }
  return params as RouteParams<P>;
}

function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // a hand-typed "%" that is not an escape: keep it as it is
  }
}
