import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserServer } from '@playwright/test';
import { launchStandIn, newHome, type DialogRequest } from './harness/stand-in-app';
import { browserServer, journalsOf, ok, openFolder } from './harness/seed';
import { folderFiles } from '../support/folder-files';

/**
 * The BUILT app on the Electron stand-in: Settings → Your data → "Use another folder…". Main keeps the
 * choice in user-data, quits the usual way (the page saves first) and relaunches; the next start copies
 * the journal into the folder picked, checks the copy, and opens it. The old folder is only read.
 */
let server: BrowserServer;
test.beforeAll(async () => {
  server = await browserServer();
});
test.afterAll(async () => server?.close());

const HOME = 'role=heading[level=1][name="Your people"]';

/** Every file of a folder but the lock, as bytes: what "untouched" and "the same journal" compare. */
async function journalFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [rel, bytes] of await folderFiles(dir)) if (rel !== 'mend.lock') out.set(rel, bytes.toString('base64'));
  return out;
}

test('moving the journal to an empty folder: Mend restarts there with every person, and the old folder is left as it was', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  const own = journalsOf(userData);
  const core = await openFolder(own);
  await ok(core, 'relationships:create', { name: 'Ari Lund', role: 'Designer', kind: 'direct-report', started: null, notes: 'Met on Tuesdays.' });
  await core.settled?.();
  // An empty folder a sync tool keeps: Syncthing's own mark is all it holds.
  const synced = mkdtempSync(join(tmpdir(), 'mend-shell-synced-'));
  mkdirSync(join(synced, '.stfolder'));
  const asked: DialogRequest[] = [];
  const app = launchStandIn({
    home,
    browserWs: server.wsEndpoint(),
    onDialog: (request) => {
      asked.push(request);
      if (request.kind === 'open') return synced;
      return request.options.buttons?.indexOf('Move and restart') ?? 0;
    },
  });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await app.page('evaluate', undefined, "location.hash = '#/settings'");
  await app.page('click', 'role=button[name="Use another folder…"]', { timeout: 15_000 });
  expect(await app.exited).toBe(0);
  // The picker, then main's own question naming both folders; then Electron's quit order, and a relaunch.
  expect(asked.map((r) => (r.kind === 'open' ? r.options.title : r.options.message))).toEqual(['Choose where Mend keeps your journal', 'Keep your journal in this folder from now on?']);
  expect(asked[1]!.options.detail).toContain(synced);
  expect(asked[1]!.options.detail).toContain(own);
  expect(app.steps()).toContain('relaunch');
  // Armed only once nothing can stop the quit (the page has saved, the lock is let go): Electron cannot take a relaunch back.
  expect(app.steps().indexOf('relaunch')).toBeGreaterThan(app.steps().indexOf('will-quit'));
  expect(app.steps().indexOf('relaunch')).toBeLessThan(app.steps().indexOf('exit 0'));
  const before = await journalFiles(own);

  // The relaunched Mend: it copies, checks and opens the new folder.
  const again = launchStandIn({ home, browserWs: server.wsEndpoint() });
  await again.page('waitFor', HOME, { timeout: 30_000 });
  await again.page('waitFor', 'text=Ari Lund');
  await again.page('evaluate', undefined, "location.hash = '#/settings'");
  // The path fills in once app:info has answered.
  await expect.poll(() => again.page('textContent', 'p.path', { timeout: 15_000 })).toBe(synced);
  await again.op('quit');
  expect(await again.exited).toBe(0);
  expect(again.events.filter((e) => e.event === 'page-error')).toEqual([]);

  // Every file of the old folder is in the new one, byte for byte; the old one was never written.
  const copied = await journalFiles(synced);
  for (const [rel, bytes] of before) expect(copied.get(rel), rel).toBe(bytes);
  expect(await journalFiles(own)).toEqual(before);
  const choice = JSON.parse(readFileSync(join(userData, 'data-folder.json'), 'utf8')) as Record<string, unknown>;
  expect(choice).toMatchObject({ folder: synced });
  expect(choice['moveFrom']).toBeUndefined();
});

test("a chosen folder that is not there at start is never created: Mend asks, and opens its own folder this time when told to", async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  const core = await openFolder(journalsOf(userData));
  await ok(core, 'relationships:create', { name: 'Noor Haddad', role: '', kind: 'peer', started: null, notes: '' });
  await core.settled?.();
  const gone = join(tmpdir(), `mend-shell-unplugged-${Date.now()}`);
  mkdirSync(userData, { recursive: true });
  writeFileSync(join(userData, 'data-folder.json'), JSON.stringify({ mend: 'data-folder', version: 1, folder: gone }));
  const asked: DialogRequest[] = [];
  let tries = 0;
  const app = launchStandIn({
    home,
    browserWs: server.wsEndpoint(),
    onDialog: (request) => {
      asked.push(request);
      // "Try again" once (still not there), then "Open Mend's own folder".
      return tries++ === 0 ? 0 : request.options.buttons?.indexOf("Open Mend's own folder this time");
    },
  });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await app.page('waitFor', 'text=Noor Haddad');
  expect(asked.map((r) => r.options.message)).toEqual(['Mend cannot find your journal folder', 'Mend cannot find your journal folder']);
  expect(asked[0]!.options.detail).toContain(gone);
  expect(existsSync(gone)).toBe(false);
  // This time only: the choice stays, so the next start looks for that folder again.
  expect(JSON.parse(readFileSync(join(userData, 'data-folder.json'), 'utf8'))).toMatchObject({ folder: gone });
  await app.op('quit');
  expect(await app.exited).toBe(0);
});
