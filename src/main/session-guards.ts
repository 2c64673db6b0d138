import type { Session } from 'electron';
import { APP_ORIGIN, originOf } from './app-protocol';
import { devContentSecurityPolicy } from './csp';

/** Schemes that never leave the machine: DevTools' own pages and in-memory data. */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/**
 * The privacy promise in code: a request is allowed only to the app itself (app://mend), to local
 * in-memory URLs, or, in development only, to the electron-vite dev server (http and its HMR socket).
 * Everything else is cancelled: http(s)/ws(s) anywhere, file:, ftp:, and schemes not yet invented.
 */
export function isAllowedRequest(url: string, devServerOrigin: string | null): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(protocol)) return true;
  const origin = originOf(url);
  if (origin === null) return false;
  if (origin === APP_ORIGIN) return true;
  if (devServerOrigin === null) return false;
  return origin === devServerOrigin || origin === devServerOrigin.replace(/^http/, 'ws');
}

function withHeader(
  headers: Record<string, string | string[]> | undefined,
  name: string,
  value: string,
): Record<string, string | string[]> {
  // Header names are case-insensitive; drop any existing spelling so ours is the only policy.
  const kept = Object.entries(headers ?? {}).filter(([key]) => key.toLowerCase() !== name.toLowerCase());
  return { ...Object.fromEntries(kept), [name]: [value] };
}

/**
 * Locks down a session (the default one: the app uses no other). Nothing the renderer asks for is
 * granted (camera, notifications, geolocation, clipboard reads, devices…); notifications are shown by
 * main through Platform.notify instead. In production the CSP arrives with app:// responses; the dev
 * server does not send one, so it is added here.
 */
export function installSessionGuards(ses: Session, devServerUrl: string | null = null): void {
  const devOrigin = devServerUrl === null ? null : originOf(devServerUrl);
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devOrigin) });
  });
  if (devOrigin === null) return;
  const policy = devContentSecurityPolicy(devOrigin);
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (originOf(details.url) !== devOrigin) return callback({});
    callback({ responseHeaders: withHeader(details.responseHeaders, 'Content-Security-Policy', policy) });
  });
}
