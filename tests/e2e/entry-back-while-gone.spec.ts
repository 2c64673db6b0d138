import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { MendApp } from './harness/launch';
import { ok, SAMPLE_INCIDENT } from './incident-sample';

/**
 * An edit screen showing its entry gone (removed a moment ago, here) while the Undo bar is still up:
 * Back leads to it, and the bar follows the reader onto it. Pressing Undo there brings the entry back
 * under a new id. The screen must go on to the entry, with the words typed for it, so Save updates it:
 * before, it went on saying the entry was gone and offered "Save as a new …", which made it twice.
 */

const appUrl = (path: string) => `http://mend.localhost/index.html#${path}`;
const person = { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' };

interface Kind {
  /** The list in the journal. */
  list: 'incidents' | 'repairBids' | 'checks';
  /** Makes the entry; returns its id. */
  make: (app: MendApp, rel: string) => Promise<string>;
  /** The edit screen's address, and its draft key. */
  path: (rel: string, id: string) => string;
  draftKey: (rel: string, id: string) => string;
  /** The text field typed in, and the text that field holds in the stored entry. */
  field: string;
  stored: (entry: Record<string, unknown>) => unknown;
  /** The timeline entry's summary text, and its remove button. */
  summary: string | RegExp;
  remove: string;
  goneKind: string;
  saveLabel: string;
}

const KINDS: Record<string, Kind> = {
  incident: {
    list: 'incidents',
    make: async (app, rel) => (await ok(app, 'incidents:create', { relationshipId: rel, ...SAMPLE_INCIDENT })).id,
    path: (rel, id) => `/r/${rel}/incident/${id}`,
    draftKey: (rel, id) => `incident:${rel}:${id}`,
    field: '#inc-facts',
    stored: (e) => e['facts'],
    summary: SAMPLE_INCIDENT.title,
    remove: 'Remove this incident',
    goneKind: 'incident',
    saveLabel: 'Save changes',
  },
  'repair attempt': {
    list: 'repairBids',
    make: async (app, rel) => (await ok(app, 'repair-bids:create', { relationshipId: rel, at: '2026-11-24T09:00:00.000Z', by: 'them', what: 'Flagged the Acme risk early', received: 'well', note: '' })).id,
    path: (rel, id) => `/r/${rel}/repair-bid/${id}`,
    draftKey: (rel, id) => `repair-bid:${rel}:${id}`,
    field: '#rb-note',
    stored: (e) => e['note'],
    summary: 'Flagged the Acme risk early',
    remove: 'Remove',
    goneKind: 'repair attempt',
    saveLabel: 'Save',
  },
  'trust check': {
    list: 'checks',
    make: async (app, rel) => (await ok(app, 'checks:create', {
      relationshipId: rel, at: '2026-11-24T09:00:00.000Z', ratings: { reliability: 4, competence: 5, sincerity: 5, care: 5, reliance: 4 },
      evidence: 'The weekly update arrived on Friday.', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null,
    })).id,
    path: (rel, id) => `/r/${rel}/check/${id}`,
    draftKey: (rel, id) => `trust-check:${rel}:${id}`,
    field: '#tc-evidence',
    stored: (e) => e['evidence'],
    summary: /Reliability 4/,
    remove: 'Remove this check',
    goneKind: 'trust check',
    saveLabel: 'Save changes',
  },
};

async function removeOnTimeline(page: Page, kind: Kind): Promise<void> {
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ has: page.locator('summary', { hasText: kind.summary }) });
  await item.locator('summary').first().click();
  await item.getByRole('button', { name: kind.remove, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(item).toHaveCount(0);
}

const gone = (page: Page) => page.locator('#entry-gone');
const undo = (page: Page) => page.locator('.undo-bar').getByRole('button', { name: 'Undo' });

for (const [name, kind] of Object.entries(KINDS)) {
  test(`${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} removed while words typed for it wait: Undo pressed on its "gone" screen goes on to it, and Save updates it, never a second copy`, async ({ openMend }) => {
    const app = await openMend();
    const { page } = app;
    const { id: rel } = await ok(app, 'relationships:create', person);
    const oldId = await kind.make(app, rel);
    const typed = 'Typed before it was removed, and still wanted.';

    await page.goto(appUrl(kind.path(rel, oldId)));
    await page.locator(kind.field).fill(typed);
    await expect.poll(async () => (await ok<{ fields: unknown } | null>(app, 'drafts:get', { key: kind.draftKey(rel, oldId) })) !== null).toBe(true);
    await page.goto(appUrl(`/r/${rel}`));
    await removeOnTimeline(page, kind);

    // Back to the edit screen: the entry is gone, the words are there, the bar still offers Undo.
    await page.goBack();
    await expect(gone(page)).toContainText(`This ${kind.goneKind} is not in this journal any more`);
    await expect(page.locator(kind.field)).toHaveValue(typed);
    await undo(page).click();

    // The screen goes on to the entry that came back, with the words, and Save updates it.
    await expect.poll(() => new URL(page.url()).hash).not.toMatch(new RegExp(`/${oldId}$`));
    const journal = await ok<Record<string, { id: string }[]>>(app, 'journals:get', { relationshipId: rel });
    const newId = journal[kind.list]![0]!.id;
    expect(new URL(page.url()).hash).toBe(`#${kind.path(rel, newId)}`);
    await expect(gone(page)).toHaveCount(0);
    await expect(page.locator(kind.field)).toHaveValue(typed);
    await page.getByRole('button', { name: kind.saveLabel, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();

    const after = await ok<Record<string, Record<string, unknown>[]>>(app, 'journals:get', { relationshipId: rel });
    expect(after[kind.list]!.map((e) => [e['id'], kind.stored(e)])).toEqual([[newId, typed]]);
    // No copy of the words is left waiting anywhere.
    expect(await ok(app, 'drafts:get', { key: kind.draftKey(rel, oldId) })).toBeNull();
    expect(await ok(app, 'drafts:get', { key: kind.draftKey(rel, newId) })).toBeNull();
    // Back does not lead to the screen that said it was gone.
    await page.goBack();
    expect(new URL(page.url()).hash).not.toMatch(new RegExp(`/${oldId}$`));
    expect(app.errors).toEqual([]);
  });
}

test('Back to an incident\'s edit screen after Undo brought the incident back: it opens the incident, not "gone"', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const kind = KINDS['incident']!;
  const { id: rel } = await ok(app, 'relationships:create', person);
  const oldId = await kind.make(app, rel);
  await page.goto(appUrl(kind.path(rel, oldId)));
  await expect(page.locator(kind.field)).toHaveValue(SAMPLE_INCIDENT.facts);
  await page.goto(appUrl(`/r/${rel}`));
  await removeOnTimeline(page, kind);
  await undo(page).click();
  await expect(page.getByText('The incident is back.')).toBeVisible();

  await page.goBack();
  await expect.poll(() => new URL(page.url()).hash).not.toMatch(new RegExp(`/${oldId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Edit the incident' })).toBeVisible();
  await expect(gone(page)).toHaveCount(0);
  await expect(page.locator(kind.field)).toHaveValue(SAMPLE_INCIDENT.facts);
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
  expect(app.errors).toEqual([]);
});

test('with nothing typed, a repair attempt\'s "gone" screen follows Undo to the entry, and no draft is made for it', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const kind = KINDS['repair attempt']!;
  const { id: rel } = await ok(app, 'relationships:create', person);
  const oldId = await kind.make(app, rel);
  await page.goto(appUrl(`/r/${rel}`));
  await removeOnTimeline(page, kind);
  await page.goto(appUrl(kind.path(rel, oldId)));
  await expect(gone(page)).toContainText('Nothing was typed for it here, so nothing is lost.');
  await undo(page).click();
  await expect.poll(() => new URL(page.url()).hash).not.toMatch(new RegExp(`/${oldId}$`));
  const newId = (await ok<{ repairBids: { id: string }[] }>(app, 'journals:get', { relationshipId: rel })).repairBids[0]!.id;
  await expect(page.locator('#rb-what')).toHaveValue('Flagged the Acme risk early');
  expect(await ok(app, 'drafts:get', { key: kind.draftKey(rel, newId) })).toBeNull();
  expect(app.errors).toEqual([]);
});

test('"Save as a new incident" pressed when the incident is back already (the screen not told yet): nothing is saved twice, and the screen goes on to it with the words', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const kind = KINDS['incident']!;
  const { id: rel } = await ok(app, 'relationships:create', person);
  const oldId = await kind.make(app, rel);
  const removed = (await ok<{ incidents: Record<string, unknown>[] }>(app, 'journals:get', { relationshipId: rel })).incidents[0]!;
  await page.goto(appUrl(kind.path(rel, oldId)));
  const typed = 'Typed while it was away.';
  await page.locator(kind.field).fill(typed);
  await expect.poll(async () => (await ok<{ fields: unknown } | null>(app, 'drafts:get', { key: kind.draftKey(rel, oldId) })) !== null).toBe(true);
  // Removed, and back, behind the screen's back (no Undo bar, no change announced): Save finds out.
  await ok(app, 'incidents:delete', { relationshipId: rel, id: oldId });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(gone(page)).toBeVisible();
  const back = await ok(app, 'entries:restore', { relationshipId: rel, list: 'incidents', entry: removed });
  await page.getByRole('button', { name: 'Save as a new incident' }).click();

  await expect.poll(() => new URL(page.url()).hash).toBe(`#${kind.path(rel, back.id)}`);
  await expect(page.locator(kind.field)).toHaveValue(typed);
  const journal = await ok<{ incidents: { id: string; facts: string }[] }>(app, 'journals:get', { relationshipId: rel });
  expect(journal.incidents.map((i) => i.id)).toEqual([back.id]);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok<{ incidents: { facts: string }[] }>(app, 'journals:get', { relationshipId: rel })).incidents.map((i) => i.facts)).toEqual([typed]);
  expect(app.errors).toEqual([]);
});

test('"Save as a new repair attempt" when the attempt is back but the disk refuses to keep the words for it: says so, saves nothing twice, and Save again goes on to it', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const kind = KINDS['repair attempt']!;
  const { id: rel } = await ok(app, 'relationships:create', person);
  const oldId = await kind.make(app, rel);
  const removed = (await ok<{ repairBids: Record<string, unknown>[] }>(app, 'journals:get', { relationshipId: rel })).repairBids[0]!;
  await page.goto(appUrl(kind.path(rel, oldId)));
  const typed = 'Typed while it was away.';
  await page.locator(kind.field).fill(typed);
  await ok(app, 'repair-bids:delete', { relationshipId: rel, id: oldId });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(gone(page)).toBeVisible();
  // Back behind the screen's back, and the disk refuses any draft for it until told otherwise.
  const back = await ok(app, 'entries:restore', { relationshipId: rel, list: 'repairBids', entry: removed });
  const call = app.core.call.bind(app.core);
  let refuse = true;
  app.core.call = (channel, input) => {
    const key = (input as { key?: string } | undefined)?.key ?? '';
    if (refuse && channel === 'drafts:save' && key === kind.draftKey(rel, back.id)) {
      return Promise.resolve({ ok: false, code: 'storage', message: 'The disk is full.' } as never);
    }
    return call(channel, input);
  };
  await page.getByRole('button', { name: 'Save as a new repair attempt' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This repair attempt is back, but your words could not go on to it: The disk is full.' });
  await expect(alert).toBeVisible();
  await expect(page.locator(kind.field)).toHaveValue(typed);
  expect((await ok<{ repairBids: { id: string }[] }>(app, 'journals:get', { relationshipId: rel })).repairBids.map((b) => b.id)).toEqual([back.id]);

  refuse = false;
  await page.getByRole('button', { name: 'Save as a new repair attempt' }).click();
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${kind.path(rel, back.id)}`);
  await expect(page.locator(kind.field)).toHaveValue(typed);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok<{ repairBids: { id: string; note: string }[] }>(app, 'journals:get', { relationshipId: rel })).repairBids.map((b) => [b.id, b.note])).toEqual([[back.id, typed]]);
  expect(app.errors).toEqual([]);
});
