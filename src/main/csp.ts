/**
 * The renderer's Content-Security-Policy and companion headers. Pure (no electron) on purpose: the
 * end-to-end harness imports this module to serve the built renderer with exactly the production policy.
 *
 * Why each directive: the renderer only ever loads its own bundled files, so everything defaults to
 * nothing and is opened back up only for 'self'. `connect-src 'none'` is the promise that no request
 * leaves the app (data crosses through the preload bridge, never fetch). `img-src data:` covers inline
 * SVG/PNG icons. Scripts never get eval or inline sources: journal text is rendered from
 * Markdown, and this is the backstop if sanitising ever misses something. Solid sets styles through
 * element.style (CSSOM), which a CSP does not restrict, so style-src stays 'self'.
 */
const DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
  'object-src': "'none'",
};

const serialise = (directives: Readonly<Record<string, string>>): string =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const CONTENT_SECURITY_POLICY: string = serialise(DIRECTIVES);

/** Every response the app serves to its own window carries these. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/**
 * Development only (electron-vite's dev server): Vite injects CSS as <style> elements and talks to the
 * page over a WebSocket for hot reload, so those two directives are widened to the dev server itself.
 * Scripts stay 'self' only. Never used when the app is packaged.
 */
export function devContentSecurityPolicy(devOrigin: string): string {
  const ws = devOrigin.replace(/^http/, 'ws');
  return serialise({
    ...DIRECTIVES,
    'style-src': "'self' 'unsafe-inline'",
    'connect-src': `'self' ${ws}`,
  });
}
