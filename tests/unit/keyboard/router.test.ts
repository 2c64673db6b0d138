import { describe, it, expect, beforeAll } from 'vitest';
import type * as Router from '../../../src/renderer/src/lib/router';

// The router reads the window's hash when it loads; a bare stand-in is all it needs here.
let router: typeof Router;
beforeAll(async () => {
  (globalThis as { window?: unknown }).window = { location: { hash: '#/' }, addEventListener: () => undefined };
  router = await import('../../../src/renderer/src/lib/router');
});

describe('typed route links', () => {
  it('builds links from a screen pattern and its parameters', () => {
    expect(router.href('/')).toBe('#/');
    expect(router.to('/r/:id/check/new', { id: 'ab12' })).toBe('/r/ab12/check/new');
    expect(router.href('/r/:id/debrief/:debriefId/check', { id: 'p1', debriefId: 'd9' })).toBe('#/r/p1/debrief/d9/check');
  });

  it('escapes a parameter and reads it back unchanged', () => {
    const path = router.to('/r/:id/entry/:entry', { id: 'p1', entry: 'incident:42/x' });
    expect(path).toBe('/r/p1/entry/incident%3A42%2Fx');
    expect(router.match('/r/:id/entry/:entry', path)).toEqual({ id: 'p1', entry: 'incident:42/x' });
  });

  it('every pattern is a known screen; a link to a missing screen or without its id does not compile', () => {
    const neverCalled = () => {
      // @ts-expect-error: no such screen
      router.to('/r/:id/nowhere', { id: 'x' });
      // @ts-expect-error: the person's id is missing
      router.href('/r/:id/check/new');
      // @ts-expect-error: a parameter the pattern does not have
      router.go('/r/:id', { id: 'x', other: 'y' });
    };
    expect(typeof neverCalled).toBe('function');
    expect(new Set(router.ROUTE_PATTERNS).size).toBe(router.ROUTE_PATTERNS.length);
  });
});
