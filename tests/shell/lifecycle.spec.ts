import { expect, test, type BrowserServer } from '@playwright/test';
import { launchStandIn, newHome } from './harness/stand-in-app';
import { browserServer, journalsOf, ok, openFolder } from './harness/seed';

/**
 * The BUILT app (out/main/index.js) on the Electron stand-in: start-up, the close and quit order,
 * a second instance. See tests/shell/stand-in/ for the rules and the documentation they come from.
 */
let server: BrowserServer;
test.beforeAll(async () => {
  server = await browserServer();
});
test.afterAll(async () => server?.close());

const HOME = 'role=heading[level=1][name="Your people"]';

test('starts to Home on a fresh folder, and closing the window runs Electron’s close and quit order', async () => {
  const app = launchStandIn({ browserWs: server.wsEndpoint() });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  expect(await app.op('window')).toMatchObject({ visible: true, url: 'app://mend/index.html' });
  await app.op('close-window');
  expect(await app.exited).toBe(0);
  const steps = app.steps().filter((s) => !s.startsWith('app-user-model-id') && s !== 'show' && s !== 'window-created');
  // Main first asks the page to save (the close is held), then Electron's own order.
  expect(steps).toEqual([
    'ready',
    'close',
    'close',
    'beforeunload',
    'pagehide',
    'destroyed',
    'closed',
    'window-all-closed',
    'before-quit',
    'will-quit',
    'before-quit',
    'will-quit',
    'quit',
    'exit 0',
  ]);
  expect(app.events.filter((e) => e.event.startsWith('request-') || e.event === 'page-error')).toEqual([]);
});

test('starts locked on an encrypted folder, unlocks to Home, and quits from the menu', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  const core = await openFolder(journalsOf(userData));
  await ok(core, 'relationships:create', { name: 'Ari Lund', role: '', kind: 'peer', started: null, notes: '' });
  await ok(core, 'security:enable', { passphrase: 'quiet harbour at seven' });
  const app = launchStandIn({ home, browserWs: server.wsEndpoint() });
  await app.page('fill', 'role=textbox[name="Passphrase"]', 'quiet harbour at seven', { timeout: 30_000 });
  await app.page('click', 'role=button[name="Unlock"]');
  await app.page('waitFor', HOME);
  await app.page('waitFor', 'text=Ari Lund');
  await app.op('quit');
  expect(await app.exited).toBe(0);
  expect(app.steps()).toContain('will-quit');
  expect(app.events.filter((e) => e.event === 'page-error')).toEqual([]);
});

test('a second Mend brings the first one’s window to the front and quits', async () => {
  const first = launchStandIn({ browserWs: server.wsEndpoint() });
  await first.page('waitFor', HOME, { timeout: 30_000 });
  const second = launchStandIn({ home: first.home, browserWs: server.wsEndpoint() });
  expect(await second.exited).toBe(0);
  expect(second.steps()).not.toContain('window-created');
  await first.waitFor('window-focused');
  expect(await first.op('window')).toMatchObject({ focusCount: 1 });
  await first.op('close-window');
  expect(await first.exited).toBe(0);
});
