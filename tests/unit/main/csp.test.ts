import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, devContentSecurityPolicy } from '../../../src/main/csp';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('denies by default and allows scripts only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('never allows eval or inline code anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval/);
  });

  it('lets no request leave the page: connect-src none, no forms, no base, no framing, no plugins', () => {
    for (const name of ['connect-src', 'form-action', 'base-uri', 'frame-ancestors', 'object-src']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('names no remote origin and no wildcard', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    const sources = [...policy.values()].flat();
    expect(new Set(sources)).toEqual(new Set(["'none'", "'self'", 'data:']));
  });

  it('travels with nosniff, no-referrer and same-origin opener isolation', () => {
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    expect(Object.isFrozen(SECURITY_HEADERS)).toBe(true);
  });
});

describe('devContentSecurityPolicy', () => {
  const dev = directives(devContentSecurityPolicy('http://localhost:5173'));

  it('opens only the dev server socket and inline styles, never script eval', () => {
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('script-src')).toEqual(["'self'"]);
    expect(devContentSecurityPolicy('http://localhost:5173')).not.toContain('unsafe-eval');
  });
});
