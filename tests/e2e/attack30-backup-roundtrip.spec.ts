import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Core } from '../../src/core/open-core';
import { appUrl } from './two-computers';
import { seed } from './search-seed';
import { addSamplePerson } from '../support/sample-journal';
import { addLeaderSide } from '../support/leader-side-sample';
import { decodeBackup } from '../../src/core/store/backup-file';
import { BackupsSettings } from './pages/backups-page';

/**
 * Attack 30: the JSON backup as a whole round trip. One person holding every kind of entry the
 * journal has (in every state), written with non-ASCII text, Markdown, emoji and very long text, saved
 * from Settings and imported through Settings into a fresh Mend: every field must come back, and the
 * person page, Home, Insights and search must read the same. Then: importing the same file twice, a
 * backup made with encryption on, and an import into a folder with encryption on.
 */

const NAME = 'Zoë 🌱 Ångström-Łukasz';
const LONG = `${'Ein sehr langer Absatz — très long, 很长的段落 🙂. '.repeat(400)}END✓`.slice(0, 18_000);
const MD = '# Not a heading of Mend\n\n- **bold** _italic_ `code`\n- [link](https://example.com)\n\n> quote 👨‍👩‍👧\n\n| a | b |\n|---|---|\n| 1 | 2 |';

/** Every kind of entry: two incidents, a draft and a finished plan, finished and draft debriefs, … */
async function seedEverything(core: Core): Promise<{ id: string; archived: string }> {
  const id = await addSamplePerson(core, NAME);
  await addLeaderSide(core, id);
  await seed(core, 'relationships:update', {
    id, name: NAME, role: 'Directrice générale · 総務', kind: 'direct-report', started: '2024-02-01', notes: `Owns the **Acme** account.\n\n${MD}`,
  });
  const incident = await seed(core, 'incidents:create', {
    relationshipId: id, title: 'Le budget 💸 a disparu — «oops»', occurredAt: '2026-02-10T08:15:00.000Z',
    facts: LONG, impact: MD, domains: ['sincerity', 'care'], causes: [{ cause: 'stretched-too-thin', confidence: 'high' }],
    baseline: { reliability: 3, competence: 7, sincerity: 2, care: 4, reliance: 1 }, stability: 1, status: 'open',
  });
  // A finished plan (its cue card) for the second incident…
  const prep = await seed(core, 'preparations:start', { relationshipId: id, incidentId: incident.id, plannedAt: '2026-02-12T14:00:00.000Z' });
  await seed(core, 'preparations:save-draft', {
    relationshipId: id, id: prep.id,
    patch: {
      step: 3,
      coolDown: { activation: 2, emotion: 'Wütend 😤', source: 'Das Budget', fears: [] },
      facts: { camera: 'Slides sent at 23:59 🕛', story: 'I told myself *they* did not care.', otherExplanations: 'Kid sick — 子供が病気', trustedColleague: MD },
      hypotheses: [{ cause: 'stretched-too-thin', confidence: 'medium', note: 'Maybe **too** much on.' }],
      plan: { perspective: 'Ask «how was the week?»', permission: 'Can we talk about the budget?', experience: MD, forward: 'Next time, flag it early.', commitment: 'Weekly check 📅' },
      myCommitment: 'I will reply within a day — même le weekend.',
    },
  });
  await seed(core, 'preparations:finish', { relationshipId: id, id: prep.id });
  // …and a debrief on it left as a draft, with words in it.
  const draft = await seed(core, 'debriefs:start', { relationshipId: id, preparationId: prep.id, incidentId: incident.id });
  await seed(core, 'debriefs:patch', {
    relationshipId: id, id: draft.id, patch: { theirView: 'Sie sah es anders 🙃', surprised: MD, learned: LONG.slice(0, 3000), differently: 'Ask sooner.' },
  });
  // A conversation finished yesterday, so it earns follow-ups still ahead.
  const talk = await seed(core, 'debriefs:start', { relationshipId: id, preparationId: null, incidentId: null });
  const done = (await seed(core, 'journals:get', { relationshipId: id })).debriefs.find((d) => d.status === 'done')!;
  const { id: _i, preparationId: _p, incidentId: _n, status: _s, createdAt: _c, updatedAt: _u, ...fields } = done;
  await seed(core, 'debriefs:save', {
    relationshipId: id, id: talk.id, ...fields, heldAt: new Date(Date.now() - 86_400_000).toISOString(), theirView: 'Ça va mieux 🌤️', commitmentDrafts: [],
  });
  await seed(core, 'debriefs:finish', { relationshipId: id, id: talk.id });
  // A plan and a debrief set aside (Discarded): they are entries too.
  const setAside = await seed(core, 'preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  await seed(core, 'preparations:save-draft', { relationshipId: id, id: setAside.id, patch: { facts: { camera: 'Aside — beiseite 🗂️' } } });
  await seed(core, 'preparations:discard', { relationshipId: id, id: setAside.id });
  const asideTalk = await seed(core, 'debriefs:start', { relationshipId: id, preparationId: null, incidentId: null });
  await seed(core, 'debriefs:patch', { relationshipId: id, id: asideTalk.id, patch: { learned: 'Discarded words — 捨てた' } });
  await seed(core, 'debriefs:discard', { relationshipId: id, id: asideTalk.id });
  // Commitments in every state, each with a note.
  const statuses = ['renegotiated', 'late', 'missed'] as const;
  for (const [i, status] of statuses.entries()) {
    const c = await seed(core, 'commitments:create', { relationshipId: id, owner: i % 2 ? 'me' : 'them', text: `Promise ${status} — «${'é'.repeat(i + 1)}» 🤝`, dueAt: `2026-02-1${i}`, debriefId: null });
    await seed(core, 'commitments:resolve', { relationshipId: id, id: c.id, status, note: `Note for ${status}: **why** 🧾`, resolvedAt: `2026-02-2${i}T12:00:00.000Z` });
  }
  // A hot check, with long evidence.
  await seed(core, 'checks:create', {
    relationshipId: id, at: '2026-02-27T18:30:00.000Z',
    ratings: { reliability: 1, competence: 7, sincerity: 2, care: null, reliance: 1 },
    evidence: LONG.slice(0, 5000), interpretation: MD, activation: 3, emotion: 'furieux 🔥', source: 'The budget email', debriefId: null,
  });
  await seed(core, 'monitoring-notes:create', { relationshipId: id, at: '2026-02-28T09:00:00.000Z', kind: 'other', note: `Длинная заметка ${LONG.slice(0, 4000)}` });
  await seed(core, 'capture:note', { relationshipId: id, at: '2026-02-28T10:00:00.000Z', text: `1:1 — ${MD}` });
  await seed(core, 'capture:commitment', { relationshipId: id, owner: 'me', text: 'Send the 🦭 agenda beforehand', dueAt: null });
  await seed(core, 'repair-bids:create', { relationshipId: id, at: '2026-02-28T11:00:00.000Z', by: 'me', what: 'Apologised for the tone — désolé', received: 'partly', note: MD });
  await seed(core, 'their-trust:create', {
    relationshipId: id, at: '2026-02-28T12:00:00.000Z', ratings: { reliability: 2, competence: 3, sincerity: 4, care: null, reliance: 1 },
    evidence: 'Did not cc me — 没有抄送', interpretation: 'Wary, for now 🌧️',
  });
  const archived = (await seed(core, 'relationships:create', { name: 'Ólafur Þór (archived)', role: '', kind: 'peer', started: null, notes: '' })).id;
  await seed(core, 'monitoring-notes:create', { relationshipId: archived, at: '2026-01-05T09:00:00.000Z', kind: 'extra-check-in', note: 'Before the move 🧳' });
  await seed(core, 'relationships:archive', { id: archived, archived: true });
  return { id, archived };
}

/** Paths where two JSON values differ (at most 40). */
function diff(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (out.length >= 40) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: ${a.length} items vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) diff(a[i], b[i], `${path}[${i}]`, out);
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(`${path}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`);
  }
  return out;
}

async function saveBackupFromSettings(app: MendApp): Promise<string> {
  await app.page.reload();
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  await settings.saveBackup();
  await expect(settings.status()).toContainText('It holds 2 people');
  const [file] = await readdir(app.dialogs.exportFolder!);
  return join(app.dialogs.exportFolder!, file!);
}

async function importFromSettings(app: MendApp, file: string): Promise<BackupsSettings> {
  app.dialogs.importFile = file;
  const settings = new BackupsSettings(app.page);
  await settings.goto();
  await settings.checkImport();
  await expect(settings.review()).toBeVisible();
  return settings;
}

async function journals(app: MendApp): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const r of await seed(app.core, 'relationships:list', { includeArchived: true })) out[r.id] = await seed(app.core, 'journals:get', { relationshipId: r.id });
  return out;
}

/** The text a user reads on a screen (main region), with whitespace folded. */
async function screenText(app: MendApp, path: string, heading: RegExp | string): Promise<string> {
  await app.page.goto(appUrl(path));
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await app.page.waitForTimeout(400);
  return (await app.page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
}

test('a backup of a person with every kind of entry comes back field for field, and reads the same everywhere', async ({ openMend }) => {
  test.setTimeout(90_000);
  const first = await openMend();
  const { id, archived } = await seedEverything(first.core);
  const before = await journals(first);
  const file = await saveBackupFromSettings(first);

  const second = await openMend();
  const settings = await importFromSettings(second, file);
  await expect(settings.review()).toContainText('2 to add');
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 2 people added.');

  const after = await journals(second);
  expect.soft(Object.keys(after).sort(), 'the same people, under the same ids').toEqual(Object.keys(before).sort());
  expect.soft(diff(before, after), 'fields that differ after the round trip').toEqual([]);
  const lists = Object.entries(before[id] as Record<string, unknown>).filter(([, v]) => Array.isArray(v)).map(([k, v]) => `${k}:${(v as unknown[]).length}`);
  // Every list holds something, so the comparison covered every kind of entry.
  expect.soft(lists.filter((l) => l.endsWith(':0')), 'empty lists in the seeded journal').toEqual([]);
  expect.soft((await seed(second.core, 'relationships:list', { includeArchived: true })).find((r) => r.id === archived)?.archived, 'the archived person stays archived').toBe(true);

  // Core views: Home, Insights and the commitments list are the same.
  expect.soft(diff(await seed(first.core, 'home:get', {}), await seed(second.core, 'home:get', {})), 'home:get').toEqual([]);
  expect.soft(diff(await seed(first.core, 'insights:get', {}), await seed(second.core, 'insights:get', {})), 'insights:get').toEqual([]);

  // What the user reads: the person page, Home and Insights.
  const pages: [string, RegExp | string][] = [[`/r/${id}`, NAME], ['/', /./], ['/insights', /Insights/]];
  for (const [path, heading] of pages) {
    const a = await screenText(first, path, heading);
    const b = await screenText(second, path, heading);
    expect.soft(b, `the screen ${path} reads the same`).toBe(a);
  }
});

test('search finds the same entries, in the same order, after the round trip', async ({ openMend }) => {
  test.setTimeout(60_000);
  const first = await openMend();
  await seedEverything(first.core);
  const file = await saveBackupFromSettings(first);
  const second = await openMend();
  const settings = await importFromSettings(second, file);
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 2 people added.');

  for (const query of ['budget', 'Ångström', '🦭 agenda', 'désolé', 'Длинная', '総務', 'renegotiated', 'agenda', 'Ólafur', 'Weekly check']) {
    const ask = async (app: MendApp) => {
      let answer: unknown;
      await expect.poll(async () => {
        answer = await seed(app.core, 'search:query', { query });
        return (answer as { progress: { ready: boolean } }).progress.ready;
      }, { timeout: 15_000 }).toBe(true);
      return answer;
    };
    const a = await ask(first);
    expect.soft((a as { groups: unknown[] }).groups.length, `“${query}” finds something`).toBeGreaterThan(0);
    expect.soft(diff(a, await ask(second)), `search for “${query}”`).toEqual([]);
  }
  // And in the UI, a search finds the hot check's and the notes' people.
  for (const app of [first, second]) {
    await app.page.goto(appUrl('/search'));
    await app.page.getByRole('searchbox').first().fill('désolé');
    await expect.soft(app.page.locator('main')).toContainText('Apologised for the tone');
  }
});

test('importing the same backup again adds nothing and changes no entry', async ({ openMend }) => {
  test.setTimeout(60_000);
  const first = await openMend();
  await seedEverything(first.core);
  const file = await saveBackupFromSettings(first);
  const second = await openMend();
  let settings = await importFromSettings(second, file);
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 2 people added.');
  const once = await journals(second);
  const filesOnce = (await readdir(join(second.dataDir, 'relationships'))).sort();

  settings = await importFromSettings(second, file);
  await expect.soft(settings.review()).toContainText('2 already here');
  const importButton = settings.review().getByRole('button', { name: 'Import' });
  if (await importButton.count()) {
    await importButton.click();
    await expect(settings.status()).toBeVisible();
  }
  expect.soft(diff(once, await journals(second)), 'what changed on the second import').toEqual([]);
  expect.soft((await readdir(join(second.dataDir, 'relationships'))).sort(), 'journal files').toEqual(filesOnce);
  expect.soft((await seed(second.core, 'relationships:list', { includeArchived: true })).length).toBe(2);
  expect.soft((await seed(second.core, 'trash:list', {})).length, 'nothing went to the trash').toBe(0);
});

test('a backup saved with encryption on is plain JSON holding every word, and Settings says it is not encrypted', async ({ openMend }) => {
  test.setTimeout(60_000);
  const app = await openMend();
  await seedEverything(app.core);
  const { recoveryKey } = await seed(app.core, 'security:draft-key', { passphrase: 'river stones at dusk' });
  await seed(app.core, 'security:enable', { passphrase: 'river stones at dusk', recoveryKey });
  const before = await journals(app);
  const file = await saveBackupFromSettings(app);
  const text = await readFile(file, 'utf8');
  expect.soft(text.startsWith('{\n"format": "mend-backup"'), 'a plain Mend backup').toBe(true);
  expect.soft(text).toContain('Ångström');
  const decoded = decodeBackup(await readFile(file));
  const byId = Object.fromEntries(decoded.journals.map((j) => [j.relationship.id, j]));
  expect.soft(diff(before, byId), 'backup vs Mend').toEqual([]);
  // The user is told, in Settings, that this file is not encrypted.
  await expect.soft(app.page.locator('main')).toContainText(/not encrypted/);
});

test('a backup imported into a Mend with encryption on comes back whole, and the data folder holds none of its words in the clear', async ({ openMend }) => {
  test.setTimeout(90_000);
  const first = await openMend();
  await seedEverything(first.core);
  const before = await journals(first);
  const file = await saveBackupFromSettings(first);

  const second = await openMend();
  const { recoveryKey } = await seed(second.core, 'security:draft-key', { passphrase: 'river stones at dusk' });
  await seed(second.core, 'security:enable', { passphrase: 'river stones at dusk', recoveryKey });
  await second.page.reload();
  const settings = await importFromSettings(second, file);
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 2 people added.');
  expect.soft(diff(before, await journals(second)), 'fields that differ').toEqual([]);

  const walk = async (dir: string): Promise<string[]> => {
    const out: string[] = [];
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) out.push(...(await walk(p)));
      else out.push(p);
    }
    return out;
  };
  for (const f of await walk(second.dataDir)) {
    const bytes = await readFile(f, 'utf8');
    for (const w of ['Ångström', 'Acme', 'agenda', 'budget']) expect.soft(bytes.includes(w), `${f} holds “${w}” in the clear`).toBe(false);
  }
  // After a restart and unlock, everything is still there.
  const again = await second.restart();
  await seed(again.core, 'security:unlock', { passphrase: 'river stones at dusk' });
  expect.soft(diff(before, await journals(again)), 'after restart').toEqual([]);
});

test('the count Settings gives for a backup is the number of entries it holds', async ({ openMend }) => {
  const app = await openMend();
  await seedEverything(app.core);
  const all = await journals(app);
  const entries = Object.values(all).reduce<number>((n, j) => n + Object.values(j as Record<string, unknown>).filter(Array.isArray).reduce<number>((m, l) => m + (l as unknown[]).length, 0), 0);
  const file = await saveBackupFromSettings(app);
  const settings = new BackupsSettings(app.page);
  await expect.soft(settings.status()).toContainText(`It holds 2 people and ${entries} entries`);
  const decoded = decodeBackup(await readFile(file));
  expect.soft(decoded.journals.reduce((n, j) => n + Object.values(j).filter(Array.isArray).reduce((m, l) => m + (l as unknown[]).length, 0), 0)).toBe(entries);
});

test('a backup of the imported copy holds exactly what the first backup held', async ({ openMend }) => {
  test.setTimeout(60_000);
  const first = await openMend();
  await seedEverything(first.core);
  const file = await saveBackupFromSettings(first);
  const second = await openMend();
  const settings = await importFromSettings(second, file);
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 2 people added.');
  const again = await saveBackupFromSettings(second);
  const a = decodeBackup(await readFile(file));
  const b = decodeBackup(await readFile(again));
  const byId = (x: typeof a) => Object.fromEntries(x.journals.map((j) => [j.relationship.id, j]));
  expect.soft(diff(byId(a), byId(b)), 'second-generation backup vs first').toEqual([]);
});

test('importing an older backup of the same journal keeps what was edited after it', async ({ openMend }) => {
  test.setTimeout(60_000);
  const app = await openMend();
  const { id } = await seedEverything(app.core);
  const file = await saveBackupFromSettings(app);
  const j = await seed(app.core, 'journals:get', { relationshipId: id });
  const note = j.monitoringNotes[0]!;
  await seed(app.core, 'monitoring-notes:update', { relationshipId: id, id: note.id, at: note.at, kind: note.kind, note: 'Edited after the backup ✍️' });
  const c = j.commitments.find((x) => x.status === 'open')!;
  await seed(app.core, 'commitments:resolve', { relationshipId: id, id: c.id, status: 'kept', note: 'Kept after the backup', resolvedAt: '2026-03-01T12:00:00.000Z' });
  const before = await journals(app);
  const settings = await importFromSettings(app, file);
  const button = settings.review().getByRole('button', { name: 'Import' });
  if (await button.count()) {
    await button.click();
    await expect(settings.status()).toBeVisible();
  }
  expect.soft(diff(before, await journals(app)), 'what the older backup changed').toEqual([]);
});

test('right after an import, Home, the person page and Insights (reached through the menu, no reload) read as in the original', async ({ openMend }) => {
  test.setTimeout(60_000);
  const first = await openMend();
  const { id } = await seedEverything(first.core);
  const file = await saveBackupFromSettings(first);
  const original: Record<string, string> = {};
  original.home = await screenText(first, '/', /./);
  original.insights = await screenText(first, '/insights', /Insights/);
  original.person = await screenText(first, `/r/${id}`, NAME);

  const second = await openMend();
  // Seen once while empty, so any cached figures are from before the import.
  await expect(second.page.getByRole('heading', { name: 'Start with one person' })).toBeVisible();
  const nav = second.page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Insights' }).click();
  await expect(second.page.getByRole('heading', { level: 1, name: /Insights/ })).toBeVisible();
  const settings = await importFromSettings(second, file);
  await settings.review().getByRole('button', { name: 'Import' }).click();
  await expect(settings.status()).toContainText('Imported. 2 people added.');
  const read = async () => (await second.page.locator('main').innerText()).replace(/\s+/g, ' ').trim();

  await nav.getByRole('link', { name: 'Insights' }).click();
  await expect(second.page.getByRole('heading', { level: 1, name: /Insights/ })).toBeVisible();
  await expect.poll(read, { timeout: 5_000, message: 'Insights after the import' }).toBe(original.insights);
  await nav.getByRole('link', { name: 'Home' }).click();
  await expect.poll(read, { timeout: 5_000, message: 'Home after the import' }).toBe(original.home);
  await second.page.getByRole('link', { name: NAME }).first().click();
  await expect(second.page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expect.poll(read, { timeout: 5_000, message: 'the person page after the import' }).toBe(original.person);
});

test('importing an older backup keeps a person renamed and archived after it', async ({ openMend }) => {
  const app = await openMend();
  const { id } = await seedEverything(app.core);
  const file = await saveBackupFromSettings(app);
  await seed(app.core, 'relationships:update', { id, name: 'Zoë Renamed', role: 'New role', kind: 'peer', started: null, notes: 'Rewritten notes' });
  await seed(app.core, 'relationships:archive', { id, archived: true });
  const before = await journals(app);
  const settings = await importFromSettings(app, file);
  const button = settings.review().getByRole('button', { name: 'Import' });
  if (await button.count()) {
    await button.click();
    await expect(settings.status()).toBeVisible();
  }
  expect.soft(diff(before, await journals(app)), 'what the older backup changed').toEqual([]);
});

test('with the keyboard alone: a backup is checked and imported, and the focus never falls to the page', async ({ openMend }) => {
  const first = await openMend();
  await seedEverything(first.core);
  const file = await saveBackupFromSettings(first);
  const second = await openMend();
  second.dialogs.importFile = file;
  const settings = new BackupsSettings(second.page);
  await settings.goto();
  const { page } = second;
  const focused = () => page.evaluate(() => (document.activeElement === document.body ? 'BODY' : document.activeElement?.textContent?.trim().slice(0, 60) ?? null));
  await settings.section().getByRole('button', { name: 'Import a backup…' }).focus();
  await page.keyboard.press('Enter');
  await expect(settings.review()).toBeVisible();
  expect.soft(await focused(), 'focus after the check').not.toBe('BODY');
  // Tab until the Import button, as a keyboard user would.
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await settings.review().getByRole('button', { name: 'Import' }).evaluate((b) => b === document.activeElement);
  }
  expect(reached, 'the Import button is reached with Tab').toBe(true);
  await page.keyboard.press('Enter');
  await expect(settings.status()).toContainText('Imported. 2 people added.');
  await page.waitForTimeout(300);
  expect.soft(await focused(), 'focus after the import').not.toBe('BODY');
  expect.soft((await seed(second.core, 'relationships:list', { includeArchived: true })).length).toBe(2);
});

test('with the keyboard alone: Cancel on the import summary leaves the focus somewhere to go on from', async ({ openMend }) => {
  const first = await openMend();
  await seedEverything(first.core);
  const file = await saveBackupFromSettings(first);
  const second = await openMend();
  const settings = await importFromSettings(second, file);
  await settings.review().getByRole('button', { name: 'Cancel' }).focus();
  await second.page.keyboard.press('Enter');
  await expect(settings.review()).toBeHidden();
  await second.page.waitForTimeout(300);
  const at = await second.page.evaluate(() => (document.activeElement === document.body ? 'BODY' : document.activeElement?.outerHTML.slice(0, 80)));
  expect(at, 'focus after Cancel').not.toBe('BODY');
});
