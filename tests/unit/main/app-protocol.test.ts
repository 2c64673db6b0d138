import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp';
import {
  APP_ORIGIN,
  contentTypeFor,
  createRendererHandler,
  originOf,
  registerAppScheme,
  resolveRendererFile,
  serveRenderer,
} from '../../../src/main/app-protocol';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mend-renderer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Mend</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'app.css'), 'body{}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }));

describe('resolveRendererFile', () => {
  it('maps app://mend paths into the renderer folder', () => {
    expect(resolveRendererFile(dir, 'app://mend/index.html')).toBe(join(dir, 'index.html'));
    expect(resolveRendererFile(dir, 'app://mend/assets/app.js?v=1#x')).toBe(join(dir, 'assets', 'app.js'));
    expect(resolveRendererFile(dir, 'app://mend/')).toBe(join(dir, 'index.html'));
    expect(resolveRendererFile(dir, 'app://mend')).toBe(join(dir, 'index.html'));
  });

  it('never leaves the folder, however the dots are spelt', () => {
    for (const url of [
      'app://mend/../../etc/passwd',
      'app://mend/%2e%2e/%2e%2e/etc/passwd',
      'app://mend/assets/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
    ]) {
      const file = resolveRendererFile(dir, url);
      // URL parsing folds these to /etc/passwd inside the folder: either refused or still inside.
      expect(file === null || file.startsWith(dir + '/'), url).toBe(true);
    }
    expect(resolveRendererFile(dir, 'app://mend/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveRendererFile(dir, 'app://mend/assets%2F..%2F..%2Fsecret')).toBeNull();
    expect(resolveRendererFile(dir, 'app://mend/..%5C..%5Cwindows')).toBeNull();
    expect(resolveRendererFile(dir, 'app://mend/index.html%00.png')).toBeNull();
    expect(resolveRendererFile(dir, 'app://mend/%E0%A4%A')).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveRendererFile(dir, 'app://evil/index.html')).toBeNull();
    expect(resolveRendererFile(dir, 'https://mend/index.html')).toBeNull();
    expect(resolveRendererFile(dir, 'file:///etc/passwd')).toBeNull();
    expect(resolveRendererFile(dir, 'not a url')).toBeNull();
  });
});

describe('createRendererHandler', () => {
  const get = (url: string, method = 'GET'): Promise<Response> => createRendererHandler(dir)(new Request(url, { method }));

  it('serves files with their content type and the security headers', async () => {
    const res = await get('app://mend/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toContain('<title>Mend</title>');
    expect((await get('app://mend/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://mend/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for traversal, missing files, folders and other hosts, still with the CSP', async () => {
    for (const url of [
      'app://mend/../../etc/passwd',
      'app://mend/%2e%2e/%2e%2e/etc/passwd',
      'app://mend/..%2F..%2Fetc%2Fpasswd',
      'app://mend/missing.js',
      'app://mend/assets',
      'app://other/index.html',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://mend/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://mend/index.html', 'POST')).status).toBe(405);
  });

  it('reports other read failures as 500, not as a missing file', async () => {
    const failing = createRendererHandler(dir, () => Promise.reject(Object.assign(new Error('x'), { code: 'EACCES' })));
    expect((await failing(new Request('app://mend/index.html'))).status).toBe(500);
  });
});

describe('content types and origins', () => {
  it('knows the built renderer file types and falls back to opaque bytes', () => {
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.WOFF2')).toBe('font/woff2');
    expect(contentTypeFor('a.png')).toBe('image/png');
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
  });

  it('computes the origin Chromium would give app:// pages', () => {
    expect(originOf('app://mend/index.html')).toBe(APP_ORIGIN);
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
  });
});

describe('registration', () => {
  it('registers app as a standard, secure, fetch- and CORS-capable scheme (never bypassing CSP) and serves it', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
    const privileges = electron.protocol.registerSchemesAsPrivileged.mock.calls[0]![0][0].privileges;
    expect(privileges.bypassCSP).toBeUndefined();
    serveRenderer(dir);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
