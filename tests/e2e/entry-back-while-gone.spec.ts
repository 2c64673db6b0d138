import { test, expect } from './fixtures';
import { ok, SAMPLE_INCIDENT } from './incident-sample';
import { appUrl, gone, keyOf, KINDS, pathOf, person, removeOnTimeline, undo } from './entry-kinds';

/**
 * An edit screen showing its entry gone (removed a moment ago, here) while the Undo bar is still up:
 * Back leads to it, and the bar follows the reader onto it. Pressing Undo there brings the entry back
 * under a new id. The screen must go on to the entry, with the words typed for it, so Save updates it:
 * before, it went on saying the entry was gone and offered "Save as a new …", which made it twice.
 */

/** The three kinds whose screens this spec walks through (attack35-entry-back walks the others). */
const WALKED = ['incident', 'repair attempt', 'trust check'];
const draftKey = keyOf;

for (const [name, kind] of Object.entries(KINDS).filter(([name]) => WALKED.includes(name))) {
  test(`${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} removed while words typed for it wait: Undo pressed on its "gone" screen goes on to it, and Save updates it, never a second copy`, async ({ openMend }) => {
    const app = await openMend();
    const { page } = app;
    const { id: rel } = await ok(app, 'relationships:create', person);
    const oldId = await kind.make(app, rel);
    const typed = 'Typed before it was removed, and still wanted.';

    await page.goto(appUrl(pathOf(kind, rel, oldId)));
    await page.locator(kind.field).fill(typed);
    await expect.poll(async () => (await ok<{ fields: unknown } | null>(app, 'drafts:get', { key: draftKey(kind, rel, oldId) })) !== null).toBe(true);
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
    expect(new URL(page.url()).hash).toBe(`#${pathOf(kind, rel, newId)}`);
    await expect(gone(page)).toHaveCount(0);
    await expect(page.locator(kind.field)).toHaveValue(typed);
    await page.getByRole('button', { name: kind.saveLabel, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();

    const after = await ok<Record<string, Record<string, unknown>[]>>(app, 'journals:get', { relationshipId: rel });
    expect(after[kind.list]!.map((e) => [e['id'], kind.stored(e)])).toEqual([[newId, typed]]);
    // No copy of the words is left waiting anywhere.
    expect(await ok(app, 'drafts:get', { key: draftKey(kind, rel, oldId) })).toBeNull();
    expect(await ok(app, 'drafts:get', { key: draftKey(kind, rel, newId) })).toBeNull();
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
  await page.goto(appUrl(pathOf(kind, rel, oldId)));
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
  await page.goto(appUrl(pathOf(kind, rel, oldId)));
  await expect(gone(page)).toContainText('Nothing was typed for it here, so nothing is lost.');
  await undo(page).click();
  await expect.poll(() => new URL(page.url()).hash).not.toMatch(new RegExp(`/${oldId}$`));
  const newId = (await ok<{ repairBids: { id: string }[] }>(app, 'journals:get', { relationshipId: rel })).repairBids[0]!.id;
  await expect(page.locator('#rb-what')).toHaveValue('Flagged the Acme risk early');
  expect(await ok(app, 'drafts:get', { key: draftKey(kind, rel, newId) })).toBeNull();
  expect(app.errors).toEqual([]);
});

test('"Save as a new incident" pressed when the incident is back already (the screen not told yet): nothing is saved twice, and the screen goes on to it with the words', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const kind = KINDS['incident']!;
  const { id: rel } = await ok(app, 'relationships:create', person);
  const oldId = await kind.make(app, rel);
  const removed = (await ok<{ incidents: Record<string, unknown>[] }>(app, 'journals:get', { relationshipId: rel })).incidents[0]!;
  await page.goto(appUrl(pathOf(kind, rel, oldId)));
  const typed = 'Typed while it was away.';
  await page.locator(kind.field).fill(typed);
  await expect.poll(async () => (await ok<{ fields: unknown } | null>(app, 'drafts:get', { key: draftKey(kind, rel, oldId) })) !== null).toBe(true);
  // Removed, and back, behind the screen's back (no Undo bar, no change announced): Save finds out.
  await ok(app, 'incidents:delete', { relationshipId: rel, id: oldId });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(gone(page)).toBeVisible();
  const back = await ok(app, 'entries:restore', { relationshipId: rel, list: 'incidents', entry: removed });
  await page.getByRole('button', { name: 'Save as a new incident' }).click();

  await expect.poll(() => new URL(page.url()).hash).toBe(`#${pathOf(kind, rel, back.id)}`);
  await expect(page.locator(kind.field)).toHaveValue(typed);
  const journal = await ok<{ incidents: { id: string; facts: string }[] }>(app, 'journals:get', { relationshipId: rel });
  expect(journal.incidents.map((i) => i.id)).toEqual([back.id]);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok<{ incidents: { facts: string }[] }>(app, 'journals:get', { relationshipId: rel })).incidents.map((i) => i.facts)).toEqual([typed]);
  expect(app.errors).toEqual([]);
});

test('"Save as a new repair attempt" when the attempt is back but the disk refuses to keep the words for it: says so, saves nothing twice, and "Try again" goes on to it', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  const kind = KINDS['repair attempt']!;
  const { id: rel } = await ok(app, 'relationships:create', person);
  const oldId = await kind.make(app, rel);
  const removed = (await ok<{ repairBids: Record<string, unknown>[] }>(app, 'journals:get', { relationshipId: rel })).repairBids[0]!;
  await page.goto(appUrl(pathOf(kind, rel, oldId)));
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
    if (refuse && channel === 'drafts:save' && key === draftKey(kind, rel, back.id)) {
      return Promise.resolve({ ok: false, code: 'storage', message: 'The disk is full.' } as never);
    }
    return call(channel, input);
  };
  await page.getByRole('button', { name: 'Save as a new repair attempt' }).click();
  // Where it said the attempt was gone, it now says it is back, why the words stayed, and what to do.
  await expect(gone(page)).toHaveText('This repair attempt is back, but your words could not go on to it: The disk is full. They are still here. Press Try again in a moment.');
  await expect(gone(page)).toBeFocused();
  await expect(page.locator(kind.field)).toHaveValue(typed);
  expect((await ok<{ repairBids: { id: string }[] }>(app, 'journals:get', { relationshipId: rel })).repairBids.map((b) => b.id)).toEqual([back.id]);

  refuse = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${pathOf(kind, rel, back.id)}`);
  await expect(page.locator(kind.field)).toHaveValue(typed);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  expect((await ok<{ repairBids: { id: string; note: string }[] }>(app, 'journals:get', { relationshipId: rel })).repairBids.map((b) => [b.id, b.note])).toEqual([[back.id, typed]]);
  expect(app.errors).toEqual([]);
});
