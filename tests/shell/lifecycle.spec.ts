import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const all = app.steps();
  // On Linux Chromium's spellchecker would download dictionaries: off unless turned on.
  if (process.platform === 'linux') expect(all).toContain('spellcheck off');
  const steps = all.filter((s) => !s.startsWith('app-user-model-id') && !s.startsWith('spellcheck') && s !== 'show' && s !== 'window-created');
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
  // Two steps, as in Settings: the recovery key is drafted (shown), then handed back to seal.
  const { recoveryKey } = await ok(core, 'security:draft-key', { passphrase: 'quiet harbour at seven' });
  await ok(core, 'security:enable', { passphrase: 'quiet harbour at seven', recoveryKey });
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

test('the window appears even when ready-to-show never comes, and remembers its size and place', async () => {
  const home = newHome();
  const app = launchStandIn({ home, browserWs: server.wsEndpoint(), env: { STANDIN_NO_READY_TO_SHOW: '1' } });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await expect.poll(async () => ((await app.op('window')) as { visible: boolean }).visible, { timeout: 10_000 }).toBe(true);
  await app.op('set-bounds', { bounds: { x: 120, y: 90, width: 980, height: 700 } });
  await app.op('close-window');
  expect(await app.exited).toBe(0);
  const again = launchStandIn({ home, browserWs: server.wsEndpoint() });
  await again.page('waitFor', HOME, { timeout: 30_000 });
  expect(await again.op('window')).toMatchObject({ bounds: { x: 120, y: 90, width: 980, height: 700 } });
  await again.op('close-window');
  expect(await again.exited).toBe(0);
});

test('the menu: File with New Person and Close Window, no Reload or DevTools for npm start users', async () => {
  const app = launchStandIn({ browserWs: server.wsEndpoint() });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  type Item = { label: string | null; role: string | null; submenu: Item[] | null };
  const menu = (await app.op('menu')) as Item[];
  const file = menu.find((m) => m.label === 'File')!;
  expect(file.submenu!.map((i) => i.label ?? i.role)).toEqual(expect.arrayContaining(['New Person', 'Close Window']));
  const view = menu.find((m) => m.label === 'View')!;
  expect(view.submenu!.map((i) => i.role)).not.toContain('toggleDevTools');
  expect(view.submenu!.map((i) => i.role)).not.toContain('reload');
  await app.op('menu-click', { label: 'New Person' });
  await app.page('waitFor', 'role=heading[level=1][name="Add a person"]', { timeout: 10_000 });
  await app.op('close-window');
  expect(await app.exited).toBe(0);
});

test('the import picker opens in Documents, modal to Mend', async () => {
  const pickers: unknown[] = [];
  const app = launchStandIn({
    browserWs: server.wsEndpoint(),
    onDialog: (request) => {
      pickers.push(request.options);
      return null;
    },
  });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await app.page('evaluate', undefined, "location.hash = '#/settings'");
  await app.page('click', 'role=button[name="Import a backup…"]', { timeout: 15_000 });
  await expect.poll(() => pickers.length).toBe(1);
  expect(pickers[0]).toMatchObject({ defaultPath: `${app.home}/Documents`, properties: ['openFile'] });
  await app.op('close-window');
  expect(await app.exited).toBe(0);
});

test('a renderer that crashes leads to "Mend hit a problem" (Reload, Quit, Show the Log Folder), logged without journal text', async () => {
  const asked: string[] = [];
  const app = launchStandIn({
    browserWs: server.wsEndpoint(),
    onDialog: (request) => {
      asked.push(`${request.options.message} | ${(request.options.buttons ?? []).join('/')}`);
      return 1; // Quit
    },
  });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await app.op('crash-renderer');
  expect(await app.exited).toBe(0);
  expect(asked[0]).toBe('Mend hit a problem | Reload/Quit/Show the Log Folder');
  const log = readFileSync(join(app.userData, 'logs', 'mend.log'), 'utf8');
  expect(log).toMatch(/renderer-crashed\n$/);
});
