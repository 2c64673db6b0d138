import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { launchMend } from './harness/launch';

/**
 * The promise that nothing leaves the app is checked in every end-to-end test: the `openMend` fixture
 * fails a test on any request outside the app's origin. These prove that tripwire is live, and that no
 * spec can slip past it.
 */
test('a request to another host is recorded and refused, and inside the app the CSP stops it first', async ({ mendBrowser }) => {
  const app = await launchMend(mendBrowser);
  try {
    // A blank tab in the same browser context has no CSP: its fetch reaches the harness's router.
    const blank = await app.context.newPage();
    const answer = await blank.evaluate(() => fetch('https://outside.example/ping').then(() => 'reached', () => 'refused'));
    expect(answer).toBe('refused');
    expect(app.outbound).toEqual(['https://outside.example/ping']);

    // The app's own page: connect-src 'none' refuses before any request is made.
    const directive = await app.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          void fetch('https://outside.example/from-app').catch(() => undefined);
        }),
    );
    expect(directive).toBe('connect-src');
    expect(app.outbound).toEqual(['https://outside.example/ping']);
    console.log(`no-network: tripwire recorded and refused ${app.outbound.length} request from outside the app; the app's own fetch was stopped by its CSP (${directive})`);
  } finally {
    await app.close();
  }
});

test('every end-to-end spec opens Mend through the fixture that fails on outbound requests', async () => {
  const dir = import.meta.dirname;
  const specs = (await readdir(dir)).filter((f) => f.endsWith('.spec.ts'));
  expect(specs.length).toBeGreaterThan(2);
  for (const spec of specs) {
    const source = await readFile(join(dir, spec), 'utf8');
    expect(source, spec).toMatch(/import \{[^}]*\btest\b[^}]*\} from '\.\/fixtures'/);
    if (spec !== 'no-network.spec.ts') expect(source, `${spec} launches Mend around the fixture`).not.toMatch(/\blaunchMend\(/);
  }
});
