import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/csp';
import { installSessionGuards, isAllowedRequest } from '../../../src/main/session-guards';

type Callback = (response: Record<string, unknown>) => void;

function fakeSession() {
  const ses = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  };
  return ses;
}

function install(devServerUrl: string | null = null) {
  const ses = fakeSession();
  installSessionGuards(ses as unknown as Session, devServerUrl);
  const beforeRequest = ses.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: Callback) => void;
  const request = (url: string): Record<string, unknown> => {
    let answer: Record<string, unknown> = {};
    beforeRequest({ url }, (r) => (answer = r));
    return answer;
  };
  return { ses, request };
}

describe('installSessionGuards', () => {
  it('denies every permission request', () => {
    const { ses } = install();
    const handler = ses.setPermissionRequestHandler.mock.calls[0]![0];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check and device request with no', () => {
    const { ses } = install();
    expect(ses.setPermissionCheckHandler.mock.calls[0]![0]({}, 'media', 'app://mend', {})).toBe(false);
    expect(ses.setDevicePermissionHandler.mock.calls[0]![0]({})).toBe(false);
  });

  it.each([
    'https://example.com/track.gif',
    'http://localhost:5173/',
    'ws://evil.example/socket',
    'wss://example.com/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'app://evil/index.html',
  ])('cancels a request to %s', (url) => {
    expect(install().request(url)).toEqual({ cancel: true });
  });

  it.each(['app://mend/index.html', 'app://mend/assets/app.js', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,AA=='])(
    'lets %s through',
    (url) => {
      expect(install().request(url)).toEqual({ cancel: false });
    },
  );

  it('adds no header rewriting outside development', () => {
    expect(install().ses.webRequest.onHeadersReceived).not.toHaveBeenCalled();
  });
});

describe('with the dev server', () => {
  it('lets the dev server and its hot-reload socket through, nothing else', () => {
    const { request } = install('http://localhost:5173/');
    expect(request('http://localhost:5173/src/main.tsx')).toEqual({ cancel: false });
    expect(request('ws://localhost:5173/')).toEqual({ cancel: false });
    expect(request('http://localhost:5174/')).toEqual({ cancel: true });
    expect(request('https://example.com/')).toEqual({ cancel: true });
  });

  it("replaces the dev server's CSP with Mend's own", () => {
    const { ses } = install('http://localhost:5173/');
    const handler = ses.webRequest.onHeadersReceived.mock.calls[0]![0] as (d: object, cb: Callback) => void;
    let answer: Record<string, unknown> = {};
    handler(
      { url: 'http://localhost:5173/', responseHeaders: { 'content-security-policy': ['default-src *'], Vary: ['x'] } },
      (r) => (answer = r),
    );
    const headers = answer['responseHeaders'] as Record<string, string[]>;
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Vary']).toEqual(['x']);
    const policy = headers['Content-Security-Policy']![0]!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('isAllowedRequest', () => {
  it('refuses what it cannot parse', () => {
    expect(isAllowedRequest('::nonsense', null)).toBe(false);
  });
});
