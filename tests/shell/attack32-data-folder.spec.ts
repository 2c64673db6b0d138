import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserServer } from '@playwright/test';
import { launchStandIn, newHome, type DialogRequest, type StandInApp } from './harness/stand-in-app';
import { browserServer, journalsOf, ok, openFolder, seedPreparation } from './harness/seed';
import { folderFiles } from '../support/folder-files';

/**
 * Attack on Settings → Your data → "Use another folder…", on the BUILT main process (Electron stand-in):
 * the choice, main's confirmation, the quit + relaunch, and the copy at the next start.
 */
let server: BrowserServer;
test.beforeAll(async () => {
  server = await browserServer();
});
test.afterAll(async () => server?.close());

const HOME = 'role=heading[level=1][name="Your people"]';
const BUTTON = 'role=button[name="Use another folder…"]';
const FIELD = 'role=textbox[name="Where is it coming from?"]';

async function journalFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [rel, bytes] of await folderFiles(dir)) if (rel !== 'mend.lock') out.set(rel, bytes.toString('base64'));
  return out;
}

/** A folder under the home (its parent is not /tmp, so nothing is written beside it). */
function emptyFolder(home: string, name = 'synced'): string {
  const dir = join(home, name, 'mend');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const answerMove = (folder: string, asked: DialogRequest[] = [], button = 'Move and restart') => (request: DialogRequest) => {
  asked.push(request);
  if (request.kind === 'open') return folder;
  const i = request.options.buttons?.indexOf(button) ?? -1;
  return i >= 0 ? i : (request.options.cancelId ?? 0);
};

async function toSettings(app: StandInApp): Promise<void> {
  await app.page('evaluate', undefined, "location.hash = '#/settings'");
  await app.page('waitFor', BUTTON, { timeout: 15_000 });
}

/** Mend started on `home`, "Use another folder…" with `target` and the move confirmed: it quits to relaunch. */
async function chooseAndQuit(home: string, target: string): Promise<void> {
  const app = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: answerMove(target) });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await toSettings(app);
  await app.page('click', BUTTON);
  expect(await app.exited).toBe(0);
}

async function seedPerson(userData: string, name: string): Promise<void> {
  const core = await openFolder(journalsOf(userData));
  await ok(core, 'relationships:create', { name, role: '', kind: 'peer', started: null, notes: '' });
  await core.settled?.();
}

async function names(app: StandInApp): Promise<string> {
  return String(await app.page('evaluate', undefined, 'document.body.innerText'));
}

test('words typed a moment before "Use another folder…" reach the new folder', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  const ids = await seedPreparation(journalsOf(userData));
  const target = emptyFolder(home);
  const app = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: answerMove(target) });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await app.page('evaluate', undefined, `location.hash = '#/r/${ids.relationshipId}/prepare/${ids.prepId}'`);
  await app.page('click', FIELD, { timeout: 30_000 });
  const words = 'the launch slipped again on Monday';
  await app.page('keyboard.type', undefined, words, { delay: 5 });
  await new Promise((r) => setTimeout(r, 150));
  await toSettings(app);
  await app.page('click', BUTTON);
  expect(await app.exited).toBe(0);
  expect(app.steps()).toContain('relaunch');

  const again = launchStandIn({ home, browserWs: server.wsEndpoint() });
  await again.page('waitFor', HOME, { timeout: 30_000 });
  await again.page('evaluate', undefined, `location.hash = '#/r/${ids.relationshipId}/prepare/${ids.prepId}'`);
  await again.page('waitFor', FIELD, { timeout: 15_000 });
  await expect.poll(() => again.page('inputValue', FIELD)).toBe(words);
  await again.page('evaluate', undefined, "location.hash = '#/settings'");
  await expect.poll(() => again.page('textContent', 'p.path', { timeout: 15_000 })).toBe(target);
  await again.op('quit');
  expect(await again.exited).toBe(0);
});

test('"Cancel" in main\'s confirmation: no restart, no choice kept, and the button still works', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  await seedPerson(userData, 'Ari Lund');
  const target = emptyFolder(home);
  const asked: DialogRequest[] = [];
  const app = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: answerMove(target, asked, 'Cancel') });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await toSettings(app);
  await app.page('click', BUTTON);
  await expect.poll(() => asked.length).toBe(2);
  await new Promise((r) => setTimeout(r, 500));
  expect.soft(app.steps()).not.toContain('relaunch');
  expect.soft(existsSync(join(userData, 'data-folder.json'))).toBe(false);
  expect.soft(await app.page('isEnabled', BUTTON)).toBe(true);
  expect.soft(String(await app.page('textContent', 'section[aria-labelledby="data-title"] [role=status]'))).not.toContain('restarting');
  // A second try is asked again.
  await app.page('click', BUTTON);
  await expect.poll(() => asked.length).toBe(4);
  await app.page('evaluate', undefined, "location.hash = '#/'");
  await app.page('waitFor', 'text=Ari Lund');
  await app.op('quit');
  expect(await app.exited).toBe(0);
  expect(app.steps()).not.toContain('relaunch');
  expect(existsSync(join(userData, 'data-folder.json'))).toBe(false);
  expect((await folderFiles(target)).size).toBe(0);
});

test('a file that appears in the chosen folder before the restart: the old folder opens, Mend says why, the choice is undone', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  await seedPerson(userData, 'Ari Lund');
  const own = journalsOf(userData);
  const target = emptyFolder(home);
  await chooseAndQuit(home, target);
  const before = await journalFiles(own);
  writeFileSync(join(target, 'holiday.txt'), 'not a journal');

  const asked: DialogRequest[] = [];
  const again = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: (r) => (asked.push(r), 0) });
  await again.page('waitFor', HOME, { timeout: 30_000 });
  await again.page('waitFor', 'text=Ari Lund');
  expect.soft(asked.map((r) => r.options.message)).toEqual(['Your journal stays where it was']);
  expect.soft(asked[0]?.options.detail ?? '').toContain('no longer empty');
  expect.soft(asked[0]?.options.detail ?? '').toContain(own);
  expect.soft(existsSync(join(userData, 'data-folder.json'))).toBe(false);
  await again.page('evaluate', undefined, "location.hash = '#/settings'");
  await expect.poll(() => again.page('textContent', 'p.path', { timeout: 15_000 })).toBe(own);
  await again.op('quit');
  expect(await again.exited).toBe(0);
  expect.soft([...(await folderFiles(target)).keys()]).toEqual(['holiday.txt']);
  const after = await journalFiles(own);
  for (const [rel, bytes] of before) expect.soft(after.get(rel), rel).toBe(bytes);
});

test('the chosen folder deleted before the restart: not recreated, the old folder opens, Mend says why', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  await seedPerson(userData, 'Noor Haddad');
  const own = journalsOf(userData);
  const target = emptyFolder(home);
  await chooseAndQuit(home, target);
  rmSync(target, { recursive: true, force: true });

  const asked: DialogRequest[] = [];
  const again = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: (r) => (asked.push(r), 0) });
  await again.page('waitFor', HOME, { timeout: 30_000 });
  await again.page('waitFor', 'text=Noor Haddad');
  expect.soft(asked.map((r) => r.options.message)).toEqual(['Your journal stays where it was']);
  expect.soft(asked[0]?.options.detail ?? '').toContain('not there any more');
  expect.soft(asked[0]?.options.detail ?? '', 'names the folder it opens').toContain(own);
  expect.soft(existsSync(target)).toBe(false);
  expect.soft(existsSync(join(userData, 'data-folder.json'))).toBe(false);
  await again.op('quit');
  expect(await again.exited).toBe(0);
  expect(existsSync(target)).toBe(false);
});

test('a move killed part-way is made again at the next start; the old folder stays byte-identical', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  const core = await openFolder(journalsOf(userData));
  for (let i = 0; i < 40; i++) await ok(core, 'relationships:create', { name: `Person ${i}`, role: 'x'.repeat(200), kind: 'peer', started: null, notes: 'n'.repeat(2000) });
  await core.settled?.();
  const own = journalsOf(userData);
  const target = emptyFolder(home);
  await chooseAndQuit(home, target);
  const before = await journalFiles(own);

  // Killed as soon as some of the copy is there.
  const first = launchStandIn({ home, browserWs: server.wsEndpoint() });
  const t0 = Date.now();
  // A cheap look (the names at the top only): the move's mark is the first thing it writes.
  while (Date.now() - t0 < 20_000 && readdirSync(target).length === 0) await new Promise((r) => setTimeout(r, 5));
  first.kill();
  await first.exited;
  const partial = (await folderFiles(target)).size;

  const again = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: (r) => (r.kind === 'open' ? null : 0) });
  await again.page('waitFor', HOME, { timeout: 30_000 });
  await again.page('waitFor', 'text=Person 0');
  const listed = await again.page('evaluate', undefined, "window.mend.invoke('relationships:list', {}).then((r) => r.ok ? r.value.length : -1)");
  expect.soft(listed, 'every person is in the relaunched journal').toBe(40);
  expect.soft(again.events.filter((e) => e.event === 'dialog')).toEqual([]);
  await again.op('quit');
  expect(await again.exited).toBe(0);
  expect(await journalFiles(own)).toEqual(before);
  const copied = await journalFiles(target);
  for (const [rel, bytes] of before) expect.soft(copied.get(rel), `${rel} (after ${partial} files on the kill)`).toBe(bytes);
  const choice = JSON.parse(readFileSync(join(userData, 'data-folder.json'), 'utf8')) as Record<string, unknown>;
  expect(choice).toMatchObject({ folder: target });
  expect(choice['moveFrom']).toBeUndefined();
  // Noted as done: the move's mark is gone.
  expect(existsSync(join(target, '.mend-move-unfinished'))).toBe(false);
});

test('an encrypted journal moves sealed: the restart asks for the passphrase, and no name is readable in the new folder', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  const core = await openFolder(journalsOf(userData));
  await ok(core, 'relationships:create', { name: 'Ari Lund', role: 'Designer', kind: 'peer', started: null, notes: 'Confidential note zebra' });
  const { recoveryKey } = await ok(core, 'security:draft-key', { passphrase: 'quiet harbour at seven' });
  await ok(core, 'security:enable', { passphrase: 'quiet harbour at seven', recoveryKey });
  await core.settled?.();
  const target = emptyFolder(home);
  const app = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: answerMove(target) });
  await app.page('fill', 'role=textbox[name="Passphrase"]', 'quiet harbour at seven', { timeout: 30_000 });
  await app.page('click', 'role=button[name="Unlock"]');
  await app.page('waitFor', 'text=Ari Lund', { timeout: 15_000 });
  await toSettings(app);
  await app.page('click', BUTTON);
  expect(await app.exited).toBe(0);

  const again = launchStandIn({ home, browserWs: server.wsEndpoint() });
  await again.page('fill', 'role=textbox[name="Passphrase"]', 'quiet harbour at seven', { timeout: 30_000 });
  await again.page('click', 'role=button[name="Unlock"]');
  await again.page('waitFor', HOME);
  await again.page('waitFor', 'text=Ari Lund');
  await again.op('quit');
  expect(await again.exited).toBe(0);
  const files = await folderFiles(target);
  expect(files.size).toBeGreaterThan(0);
  for (const [rel, bytes] of files) {
    const text = bytes.toString('utf8');
    expect.soft(text.includes('Ari Lund') || text.includes('zebra'), rel).toBe(false);
  }
});

test('move, write in the new folder, then choose the old folder again: Mend says it opens a journal, and is honest that it is the old copy', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  await seedPerson(userData, 'Ari Lund');
  const own = journalsOf(userData);
  const target = emptyFolder(home);
  await chooseAndQuit(home, target);

  const asked: DialogRequest[] = [];
  const again = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: answerMove(own, asked, 'Open and restart') });
  await again.page('waitFor', 'text=Ari Lund', { timeout: 30_000 });
  // Written after the move: in the new folder only.
  const made = await again.page(
    'evaluate',
    undefined,
    "window.mend.invoke('relationships:create', { name: 'Bea Moreno', role: '', kind: 'peer', started: null, notes: '' }).then((r) => r.ok)",
  );
  expect(made).toBe(true);
  await toSettings(again);
  await again.page('click', BUTTON);
  expect(await again.exited).toBe(0);
  expect(asked.map((r) => (r.kind === 'open' ? r.options.title : r.options.message))).toEqual(['Choose where Mend keeps your journal', 'Open the journal in this folder?']);
  const detail = asked[1]?.options.detail ?? '';
  expect.soft(detail).toContain(own);
  expect.soft(detail).toContain(target);

  const third = launchStandIn({ home, browserWs: server.wsEndpoint() });
  await third.page('waitFor', 'text=Ari Lund', { timeout: 30_000 });
  await third.page('evaluate', undefined, "location.hash = '#/settings'");
  await expect.poll(() => third.page('textContent', 'p.path', { timeout: 15_000 })).toBe(own);
  await third.page('evaluate', undefined, "location.hash = '#/'");
  await third.page('waitFor', 'text=Ari Lund');
  const shown = await names(third);
  await third.op('quit');
  expect(await third.exited).toBe(0);
  // Nothing is merged (README): Bea is only in the folder left behind, which still has her.
  expect.soft(shown).not.toContain('Bea Moreno');
  const inTarget = [...(await folderFiles(target)).values()].some((b) => b.toString('utf8').includes('Bea Moreno'));
  expect.soft(inTarget).toBe(true);
  // The confirmation should tell the person this journal lacks what they wrote since they moved away from it.
  expect.soft(detail, 'confirmation warns that the folder holds the journal as it was before the move').toContain(
    'This computer has written in that journal before. It opens as that folder holds it now: what you wrote here since is not in it',
  );
});

test("opening another computer's journal folder: its people show, an edit stays there, and the next start opens it again", async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  await seedPerson(userData, 'Mine Only');
  // The other computer: its own user-data (so its own device), its journal in a "synced" folder.
  const otherHome = newHome();
  const shared = journalsOf(`${otherHome}/.config/mend`);
  await seedPerson(`${otherHome}/.config/mend`, 'Theirs Kim');
  const asked: DialogRequest[] = [];
  const app = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: answerMove(shared, asked, 'Open and restart') });
  await app.page('waitFor', 'text=Mine Only', { timeout: 30_000 });
  await toSettings(app);
  await app.page('click', BUTTON);
  expect(await app.exited).toBe(0);
  expect(asked[1]?.options.message).toBe('Open the journal in this folder?');
  // A journal this computer never wrote in: no "written in that journal before".
  expect.soft(asked[1]?.options.detail).toContain('Mend opens the journal as that folder holds it now.');
  expect.soft(asked[1]?.options.detail).not.toContain('written in that journal before');

  const again = launchStandIn({ home, browserWs: server.wsEndpoint() });
  await again.page('waitFor', 'text=Theirs Kim', { timeout: 30_000 });
  const made = await again.page(
    'evaluate',
    undefined,
    "window.mend.invoke('relationships:create', { name: 'Here Too', role: '', kind: 'peer', started: null, notes: '' }).then((r) => r.ok)",
  );
  expect(made).toBe(true);
  await again.op('quit');
  expect(await again.exited).toBe(0);

  const third = launchStandIn({ home, browserWs: server.wsEndpoint() });
  await third.page('waitFor', 'text=Here Too', { timeout: 30_000 });
  // Both people of that folder, once Home's list is whole.
  await expect.poll(() => names(third)).toContain('Theirs Kim');
  const shown = await names(third);
  expect.soft(shown).toContain('Here Too');
  expect.soft(shown).not.toContain('Mine Only');
  await third.page('evaluate', undefined, "location.hash = '#/settings'");
  await expect.poll(() => third.page('textContent', 'p.path', { timeout: 15_000 })).toBe(shared);
  await third.op('quit');
  expect(await third.exited).toBe(0);
  // The old journal is untouched and still has its person.
  expect(existsSync(journalsOf(userData))).toBe(true);
});

test('keyboard alone: Tab reaches "Use another folder…", Enter opens the picker, focus stays on the button after a cancelled pick', async () => {
  const home = newHome();
  const asked: DialogRequest[] = [];
  const app = launchStandIn({
    home,
    browserWs: server.wsEndpoint(),
    onDialog: (r) => {
      asked.push(r);
      return r.kind === 'open' ? null : (r.options.cancelId ?? 0);
    },
  });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await toSettings(app);
  await app.page('focus', 'role=heading[name="Your data"]').catch(() => undefined);
  let found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await app.page('keyboard.press', undefined, 'Tab');
    found = (await app.page('evaluate', undefined, 'document.activeElement?.textContent ?? ""')) === 'Use another folder…';
  }
  expect(found).toBe(true);
  await app.page('keyboard.press', undefined, 'Enter');
  await expect.poll(() => asked.length).toBe(1);
  await new Promise((r) => setTimeout(r, 300));
  expect.soft(await app.page('evaluate', undefined, 'document.activeElement?.textContent ?? ""')).toBe('Use another folder…');
  expect.soft(app.steps()).not.toContain('relaunch');
  await app.op('quit');
  expect(await app.exited).toBe(0);
});

test('the quit before the move is refused ("Keep Mend open" after a failed save): Settings does not stay on "restarting" forever', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  const own = journalsOf(userData);
  const ids = await seedPreparation(own);
  const target = emptyFolder(home);
  const asked: DialogRequest[] = [];
  const app = launchStandIn({
    home,
    browserWs: server.wsEndpoint(),
    onDialog: (r) => {
      asked.push(r);
      if (r.kind === 'open') return target;
      const buttons = r.options.buttons ?? [];
      if (buttons.includes('Move and restart')) return buttons.indexOf('Move and restart');
      if (buttons.includes('Keep Mend open')) return buttons.indexOf('Keep Mend open');
      return r.options.cancelId ?? 0;
    },
  });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await app.page('evaluate', undefined, `location.hash = '#/r/${ids.relationshipId}/prepare/${ids.prepId}'`);
  await app.page('click', FIELD, { timeout: 30_000 });
  // The journal's change log can no longer be written (a disk that turned read-only, as far as Mend can tell).
  for (const name of (await folderFiles(join(own, 'logs'))).keys()) {
    rmSync(join(own, 'logs', name), { force: true });
    mkdirSync(join(own, 'logs', name));
  }
  await app.page('keyboard.type', undefined, 'this cannot be saved', { delay: 5 });
  await new Promise((r) => setTimeout(r, 300));
  await toSettings(app);
  await app.page('click', BUTTON);
  await expect.poll(() => asked.some((r) => r.options.buttons?.includes('Keep Mend open')), { timeout: 20_000 }).toBe(true);
  // Mend is still open: the person kept it open to save their words; the page is told.
  await expect.poll(() => app.page('textContent', 'section[aria-labelledby="data-title"] [role=status]'), { timeout: 15_000 }).toContain('Mend stayed open');
  expect(app.steps()).not.toContain('will-quit');
  const status = String(await app.page('textContent', 'section[aria-labelledby="data-title"] [role=status]'));
  const enabled = await app.page('isEnabled', BUTTON);
  expect.soft(status, 'Settings no longer says a restart is on its way').not.toContain('restarting');
  expect.soft(enabled, 'the button can be used again').toBe(true);
  expect.soft(status, 'and says why nothing changed').toContain('Mend stayed open to keep what you wrote, so it still uses this folder.');
  // The choice is taken back: a later quit or start does not move the journal after all.
  expect.soft(existsSync(join(userData, 'data-folder.json')), 'no choice kept').toBe(false);
  expect.soft(app.steps(), 'no relaunch armed').not.toContain('relaunch');
  await app.op('quit').catch(() => undefined);
  app.kill();
  await app.exited;
});

test("a Syncthing folder whose marker holds its own file (.stfolder/syncthing-folder-….txt) counts as empty when picked, and the move finishes", async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  await seedPerson(userData, 'Ari Lund');
  const target = emptyFolder(home);
  // Syncthing's folder marker: a folder, holding one small file of its own.
  mkdirSync(join(target, '.stfolder'));
  writeFileSync(join(target, '.stfolder', 'syncthing-folder-4b1e2f.txt'), '# This directory is a Syncthing folder marker.\n# Do not delete.\n\nfolderID: abcd-1234\ncreated: 2026-01-01T00:00:00Z\n');
  const asked: DialogRequest[] = [];
  const app = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: answerMove(target, asked) });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await toSettings(app);
  await app.page('click', BUTTON);
  expect(await app.exited).toBe(0);
  // Picked as empty: main asked to move there.
  expect(asked.map((r) => (r.kind === 'open' ? r.options.title : r.options.message))).toEqual(['Choose where Mend keeps your journal', 'Keep your journal in this folder from now on?']);

  const told: DialogRequest[] = [];
  const again = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: (r) => (told.push(r), 0) });
  await again.page('waitFor', 'text=Ari Lund', { timeout: 30_000 });
  const said = told.map((r) => `${r.options.message}: ${r.options.detail}`);
  await again.page('evaluate', undefined, "location.hash = '#/settings'");
  // The path fills in once app:info has answered.
  await expect.soft.poll(() => again.page('textContent', 'p.path', { timeout: 15_000 }), { message: 'Mend runs on the folder picked' }).toBe(target);
  await again.op('quit');
  expect(await again.exited).toBe(0);
  expect.soft(said, 'no "Your journal stays where it was"').toEqual([]);
});

test('a folder that holds other files is refused in Settings, says why, and nothing is kept or restarted', async () => {
  const home = newHome();
  const userData = `${home}/.config/mend`;
  await seedPerson(userData, 'Ari Lund');
  const target = emptyFolder(home);
  writeFileSync(join(target, 'taxes.pdf'), 'x');
  const asked: DialogRequest[] = [];
  const app = launchStandIn({ home, browserWs: server.wsEndpoint(), onDialog: answerMove(target, asked) });
  await app.page('waitFor', HOME, { timeout: 30_000 });
  await toSettings(app);
  await app.page('click', BUTTON);
  const status = 'section[aria-labelledby="data-title"] [role=status]';
  await expect.poll(() => app.page('textContent', status)).toContain('already holds other files');
  expect.soft(asked.length).toBe(1);
  expect.soft(existsSync(join(userData, 'data-folder.json'))).toBe(false);
  expect.soft(app.steps()).not.toContain('relaunch');
  expect.soft(await app.page('isEnabled', BUTTON)).toBe(true);
  await app.op('quit');
  expect(await app.exited).toBe(0);
  expect([...(await folderFiles(target)).keys()]).toEqual(['taxes.pdf']);
});
