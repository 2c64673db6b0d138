import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { SECURITY_HEADERS } from './csp';

/**
 * The renderer is served from `app://mend/…` rather than file:// (Electron security checklist):
 * a file:// page can read any file the user can, and cannot receive a real CSP response header.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'mend';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const ORIGIN_SCHEMES = new Set(['app:', 'http:', 'https:', 'ws:', 'wss:']);

/**
 * `scheme://host[:port]` for the schemes an app page or dev server can have, else null.
 * Node's URL gives custom schemes an opaque origin ('null'), unlike Chromium, so it is built by hand.
 */
export function originOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!ORIGIN_SCHEMES.has(url.protocol) || url.host === '') return null;
  return `${url.protocol}//${url.host.toLowerCase()}`;
}

/** Must run before the app is ready: Chromium fixes its scheme table at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: relative URLs and a real origin; secure: treated like https (no mixed-content rules).
    // Vite emits `<script type="module" crossorigin>`, fetched in CORS mode: supportFetchAPI and
    // corsEnabled let the scheme take part in that. No other origin ever loads here, and responses
    // carry no Access-Control-Allow-Origin, so this opens nothing to anyone else.
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/**
 * The file under `rendererDir` that an app:// URL names, or null when it names anything else:
 * another host, another scheme, or a path that escapes the folder (also once percent-decoded).
 */
export function resolveRendererFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  let path: string;
  try {
    url = new URL(requestUrl);
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return null;
  // Backslashes are separators on Windows and NUL truncates paths in native code: neither has a place here.
  if (path.includes('\\') || path.includes('\0')) return null;
  // Node leaves the path of a bare `app://mend` empty where Chromium would say '/'.
  if (!path.startsWith('/')) path = `/${path}`;
  if (path.endsWith('/')) path += 'index.html';
  const root = resolve(rendererDir);
  const target = resolve(root, `.${path}`);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return target;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  // Unknown types are served as opaque bytes; with nosniff the page cannot run them as script or style.
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

// ArrayBuffer-backed (never shared) bytes: what readFile returns and what a Response body accepts.
type ReadFile = (path: string) => Promise<Uint8Array<ArrayBuffer>>;

const NOT_FOUND_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The app:// handler, with the file reader injectable so it runs in unit tests without Electron. */
export function createRendererHandler(
  rendererDir: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const path = resolveRendererFile(rendererDir, request.url);
    if (path === null) return plain(404, 'Not found');
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await read(path);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      return typeof code === 'string' && NOT_FOUND_CODES.has(code) ? plain(404, 'Not found') : plain(500, 'Could not read');
    }
    return new Response(request.method === 'HEAD' ? null : bytes, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(path), 'Cache-Control': 'no-cache' },
    });
  };
}

/** Call once the app is ready. `rendererDir` is the built renderer (out/renderer). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rendererDir));
}
