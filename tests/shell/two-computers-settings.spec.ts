import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test, type BrowserServer } from '@playwright/test';
import { launchStandIn, newHome, type DialogRequest, type StandInApp } from './harness/stand-in-app';
import { browserServer, journalsOf } from './harness/seed';
import { folderFiles } from '../support/folder-files';

/**
 * README "Two computers, one journal", steps 1–3, as a user does it, on the BUILT main over the Electron
 * stand-in, with a REAL file synchroniser (Debian's unison, batch mode, two local folders) between the
 * two computers' synced folders. Two computers = two stand-in homes (their own user-data, so their own
 * device ids), each with its own host name: a tiny `--import` module makes `os.hostname()` answer
 * "laptop-a" / "desk-b" in each app's process, as two real machines would (one host for both would make
 * the per-computer lock `mend.lock.<host>` travel to the other "computer" and block it — an artefact of
 * running both on one machine, not something a user can meet).
 */
let server: BrowserServer;
let work: string;
let hostModule: string;
test.beforeAll(async () => {
  server = await browserServer();
  work = mkdtempSync(join(tmpdir(), 'mend-two-computers-'));
  hostModule = join(work, 'host-name.mjs');
  writeFileSync(
    hostModule,
    "import os from 'node:os';\nimport { syncBuiltinESMExports } from 'node:module';\nconst name = process.env.MEND_TEST_HOST;\nif (name) { os.hostname = () => name; syncBuiltinESMExports(); }\n",
  );
});
test.afterAll(async () => server?.close());

const run = promisify(execFile);
const HOME = 'role=heading[level=1][name="Your people"]';
const BUTTON = 'role=button[name="Use another folder…"]';
const CONFLICT = 'role=region[name="Written on two computers at once"]';

/** unison exactly as tests/unit/storage/unison-sync.test.ts runs it; exit 1 (a file changed on both sides, skipped) tolerated. */
async function unison(a: string, b: string): Promise<number> {
  try {
    await run('unison', [a, b, '-batch', '-silent', '-ui', 'text', '-perms', '0'], { env: { ...process.env, UNISON: join(work, 'unison-home') } });
    return 0;
  } catch (error) {
    if ((error as { code?: number }).code !== 1) throw error;
    return 1;
  }
}

function computer(home: string, host: string, onDialog?: (r: DialogRequest) => unknown): StandInApp {
  const nodeOptions = `${process.env['NODE_OPTIONS'] ?? ''} --import=${pathToFileURL(hostModule).href}`.trim();
  return launchStandIn({ home, browserWs: server.wsEndpoint(), env: { MEND_TEST_HOST: host, NODE_OPTIONS: nodeOptions }, ...(onDialog ? { onDialog } : {}) });
}

const answer = (folder: string, asked: DialogRequest[], button: string) => (request: DialogRequest) => {
  asked.push(request);
  if (request.kind === 'open') return folder;
  const i = request.options.buttons?.indexOf(button) ?? -1;
  return i >= 0 ? i : (request.options.cancelId ?? 0);
};

async function invoke(app: StandInApp, channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> {
  return (await app.page('evaluate', undefined, `window.mend.invoke(${JSON.stringify(channel)}, ${JSON.stringify(input)})`)) as { ok: boolean; value?: unknown };
}
async function value<T>(app: StandInApp, channel: string, input: unknown): Promise<T> {
  const r = await invoke(app, channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r)}`);
  return r.value as T;
}
const text = async (app: StandInApp) => String(await app.page('evaluate', undefined, 'document.body.innerText'));
const go = (app: StandInApp, hash: string) => app.page('evaluate', undefined, `location.hash = ${JSON.stringify(hash)}`);

async function settingsPath(app: StandInApp): Promise<unknown> {
  await go(app, '#/settings');
  await app.page('waitFor', BUTTON, { timeout: 15_000 });
  return app.page('textContent', 'p.path', { timeout: 15_000 });
}

async function computersListed(app: StandInApp): Promise<string> {
  await go(app, '#/settings');
  await app.page('waitFor', 'role=list[name="Computers using this folder"]', { timeout: 15_000 });
  return String(await app.page('textContent', 'role=list[name="Computers using this folder"]'));
}

/** Two computers' homes, each with the folder its sync tool keeps: A's holds an empty mend/ to move into. */
function twoComputers() {
  const homeA = newHome();
  const homeB = newHome();
  const syncA = join(homeA, 'Sync');
  const syncB = join(homeB, 'Sync');
  const folderA = join(syncA, 'mend');
  const folderB = join(syncB, 'mend');
  mkdirSync(folderA, { recursive: true });
  mkdirSync(syncB, { recursive: true });
  return { homeA, homeB, syncA, syncB, folderA, folderB };
}

const ARI = { name: 'Ari Lund', role: 'Designer', kind: 'peer', started: null, notes: 'Met on Tuesdays.' };

test('two computers, one journal: move on A, sync with unison while A is open, open the copy on B, both edit, both see both, after restarts too', async () => {
  test.setTimeout(120_000);
  const { homeA, homeB, syncA, syncB, folderA, folderB } = twoComputers();
  const ownB = journalsOf(join(homeB, '.config', 'mend'));

  // Step 1 on A: a person, then Settings → Use another folder… → Sync/mend → "Move and restart".
  const askedA: DialogRequest[] = [];
  const a0 = computer(homeA, 'laptop-a', answer(folderA, askedA, 'Move and restart'));
  await a0.page('waitFor', HOME, { timeout: 30_000 });
  const ari = await value<{ id: string }>(a0, 'relationships:create', ARI);
  await go(a0, '#/settings');
  await a0.page('click', BUTTON, { timeout: 15_000 });
  expect(await a0.exited).toBe(0);
  expect(askedA.map((r) => (r.kind === 'open' ? r.options.title : r.options.message))).toEqual(['Choose where Mend keeps your journal', 'Keep your journal in this folder from now on?']);
  expect(a0.steps()).toContain('relaunch');
  const a = computer(homeA, 'laptop-a');
  await a.page('waitFor', 'text=Ari Lund', { timeout: 30_000 });
  await expect.poll(() => settingsPath(a)).toBe(folderA);

  // B meanwhile has its own journal, with a person of its own.
  const b0pre = computer(homeB, 'desk-b');
  await b0pre.page('waitFor', HOME, { timeout: 30_000 });
  await value(b0pre, 'relationships:create', { ...ARI, name: 'Bea Own', notes: '' });
  await b0pre.op('quit');
  expect(await b0pre.exited).toBe(0);

  // Step 2: the sync tool copies the folder while A is open (as Syncthing or Dropbox would).
  await new Promise((r) => setTimeout(r, 1500));
  await unison(syncA, syncB);
  expect(existsSync(join(folderB, 'mend-folder.json'))).toBe(true);

  // Step 3 on B: choose its copy; main sees a journal there and asks to open it.
  const askedB: DialogRequest[] = [];
  const b0 = computer(homeB, 'desk-b', answer(folderB, askedB, 'Open and restart'));
  await b0.page('waitFor', 'text=Bea Own', { timeout: 30_000 });
  await go(b0, '#/settings');
  await b0.page('click', BUTTON, { timeout: 15_000 });
  expect(await b0.exited).toBe(0);
  expect(askedB.map((r) => (r.kind === 'open' ? r.options.title : r.options.message))).toEqual(['Choose where Mend keeps your journal', 'Open the journal in this folder?']);
  expect.soft(askedB[1]?.options.detail ?? '').toContain(ownB);
  const b = computer(homeB, 'desk-b');
  await b.page('waitFor', 'text=Ari Lund', { timeout: 30_000 });
  expect.soft(await text(b)).not.toContain('Bea Own');
  await expect.poll(() => settingsPath(b)).toBe(folderB);
  expect.soft(b.events.filter((e) => e.event === 'dialog'), 'B opens the synced copy without a question').toEqual([]);

  // Step 4: both edit while both are open; the sync tool runs; each sees the other's change within seconds.
  await value(a, 'capture:note', { relationshipId: ari.id, at: '2026-11-30T10:00:00.000Z', text: 'Phoned from the laptop about the launch.' });
  await value(b, 'relationships:create', { ...ARI, name: 'Cai New', notes: '' });
  await go(a, '#/');
  await go(b, `#/r/${ari.id}`);
  await new Promise((r) => setTimeout(r, 1500));
  const exits = [await unison(syncA, syncB)];
  const synced = Date.now();
  await a.page('waitFor', 'role=main >> text=Cai New', { timeout: 5000 });
  await b.page('waitFor', 'text=Phoned from the laptop about the launch.', { timeout: 5000 });
  console.log(`each computer saw the other's change ${Date.now() - synced} ms after unison finished`);

  // The same person's notes rewritten on both before either caught up; each has Ari's page open, showing its own words.
  await value(a, 'relationships:update', { id: ari.id, ...ARI, notes: 'Written on the laptop, Monday.' });
  await value(b, 'relationships:update', { id: ari.id, ...ARI, notes: 'Written at the desk, Monday.' });
  for (const [app, own] of [[a, 'Written on the laptop, Monday.'], [b, 'Written at the desk, Monday.']] as const) {
    await go(app, '#/');
    await app.page('waitFor', HOME, { timeout: 15_000 });
    await go(app, `#/r/${ari.id}`);
    await app.page('waitFor', `role=region[name="Notes"] >> text=${own}`, { timeout: 15_000 });
  }
  await new Promise((r) => setTimeout(r, 1500));
  exits.push(await unison(syncA, syncB));
  await new Promise((r) => setTimeout(r, 1500));
  exits.push(await unison(syncA, syncB));
  console.log(`unison exit codes: ${exits.join(', ')}`);
  // Leaving the page and coming back (the open page's own catching up is the next test): both versions are offered on both computers.
  for (const app of [a, b]) {
    await go(app, '#/');
    await app.page('waitFor', HOME, { timeout: 15_000 });
    await go(app, `#/r/${ari.id}`);
    await app.page('waitFor', CONFLICT, { timeout: 8000 });
    await expect.soft.poll(() => text(app), { timeout: 5000 }).toContain('Written on the laptop, Monday.');
    await expect.soft.poll(() => text(app), { timeout: 5000 }).toContain('Written at the desk, Monday.');
  }

  // Settings → Computers lists both, on both.
  for (const app of [a, b]) {
    await expect.soft.poll(() => computersListed(app), { timeout: 8000 }).toContain('laptop-a');
    await expect.soft.poll(() => computersListed(app), { timeout: 8000 }).toContain('desk-b');
  }

  for (const app of [a, b]) {
    expect.soft(app.events.filter((e) => e.event === 'page-error')).toEqual([]);
    await app.op('quit');
    expect(await app.exited).toBe(0);
  }
  // After both quit and a last sync, both start again and agree.
  await unison(syncA, syncB);
  for (const [home, host] of [[homeA, 'laptop-a'], [homeB, 'desk-b']] as const) {
    const again = computer(home, host);
    await again.page('waitFor', 'text=Cai New', { timeout: 30_000 });
    const people = (await value<{ name: string }[]>(again, 'relationships:list', {})).map((p) => p.name).sort();
    expect.soft(people, host).toEqual(['Ari Lund', 'Cai New']);
    const journal = await value<{ monitoringNotes?: { note: string }[] }>(again, 'journals:get', { relationshipId: ari.id });
    expect.soft(JSON.stringify(journal), host).toContain('Phoned from the laptop about the launch.');
    const alts = await value<{ other: { text: string } }[]>(again, 'alternatives:list', { relationshipId: ari.id });
    expect.soft(alts.length, `${host}: both versions still offered after a restart`).toBeGreaterThan(0);
    await again.op('quit');
    expect(await again.exited).toBe(0);
  }

  // B's own earlier journal stays in B's own folder, with its person; nothing of it reached the shared one.
  const ownFiles = [...(await folderFiles(ownB)).values()].map((x) => x.toString('utf8'));
  expect.soft(ownFiles.some((t) => t.includes('Bea Own'))).toBe(true);
  const sharedFiles = [...(await folderFiles(folderA)).values()].map((x) => x.toString('utf8'));
  expect.soft(sharedFiles.some((t) => t.includes('Bea Own'))).toBe(false);
  // Each computer wrote only its own change logs.
  expect.soft(readdirSync(join(folderA, 'logs')).length).toBeGreaterThanOrEqual(2);
});

test('the same notes rewritten on both while both have the page open: after the sync, BOTH open pages offer the two versions without being left', async () => {
  test.setTimeout(90_000);
  const { homeA, homeB, syncA, syncB, folderA, folderB } = twoComputers();
  const a0 = computer(homeA, 'laptop-a', answer(folderA, [], 'Move and restart'));
  await a0.page('waitFor', HOME, { timeout: 30_000 });
  const ari = await value<{ id: string }>(a0, 'relationships:create', ARI);
  await go(a0, '#/settings');
  await a0.page('click', BUTTON, { timeout: 15_000 });
  expect(await a0.exited).toBe(0);
  const a = computer(homeA, 'laptop-a');
  await a.page('waitFor', 'text=Ari Lund', { timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 1500));
  await unison(syncA, syncB);
  const b0 = computer(homeB, 'desk-b', answer(folderB, [], 'Open and restart'));
  await b0.page('waitFor', HOME, { timeout: 30_000 });
  await go(b0, '#/settings');
  await b0.page('click', BUTTON, { timeout: 15_000 });
  expect(await b0.exited).toBe(0);
  const b = computer(homeB, 'desk-b');
  await b.page('waitFor', 'text=Ari Lund', { timeout: 30_000 });

  await value(a, 'relationships:update', { id: ari.id, ...ARI, notes: 'Written on the laptop, Monday.' });
  await value(b, 'relationships:update', { id: ari.id, ...ARI, notes: 'Written at the desk, Monday.' });
  for (const [app, own] of [[a, 'Written on the laptop, Monday.'], [b, 'Written at the desk, Monday.']] as const) {
    await go(app, `#/r/${ari.id}`);
    await app.page('waitFor', `role=region[name="Notes"] >> text=${own}`, { timeout: 15_000 });
  }
  await new Promise((r) => setTimeout(r, 1500));
  await unison(syncA, syncB);
  // Both cores now hold the two versions (alternatives:list), whichever is shown.
  for (const app of [a, b]) await expect.poll(async () => (await value<unknown[]>(app, 'alternatives:list', { relationshipId: ari.id })).length, { timeout: 5000 }).toBe(1);
  for (const [app, host] of [[a, 'laptop-a'], [b, 'desk-b']] as const) {
    const live = await app.page('waitFor', CONFLICT, { timeout: 5000 }).then(() => true, () => false);
    expect.soft(live, `${host}: the open page shows "Written on two computers at once" within 5 s of the sync`).toBe(true);
  }
  for (const app of [a, b]) {
    await app.op('quit');
    expect(await app.exited).toBe(0);
  }
});
