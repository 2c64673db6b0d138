import { test, expect } from './fixtures';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { acmeIncident, HOME_LAPTOP, nextMillisecond, openOtherComputer, WORK_LAPTOP } from './two-computers';

/** One data folder, two computers: a text both changed at once is offered both ways; live changes appear. */
function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}

const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const AT_HOME = 'Written at home: ask how the launch went.';
const AT_WORK = 'Written at work: he seemed tired today.';

const BID = { at: '2026-11-30T10:00:00.000Z', by: 'them' as const, what: 'Flagged the Acme risk early', received: 'well' as const, note: 'First note.' };

/** Sam with one repair attempt on work (`app`), and home open on the same folder, having read him. */
async function bidOnBoth(app: MendApp) {
  const { id } = await ok(app, 'relationships:create', SAM);
  const made = await ok(app, 'repair-bids:create', { relationshipId: id, ...BID });
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  return { app, id, bid: BID, made, home };
}

const conflictNotice = (app: MendApp) => app.page.getByRole('region', { name: 'Written on two computers at once' });
const notes = (app: MendApp) => app.page.getByRole('region', { name: 'Notes' });

test('notes changed on two computers at once: both versions are offered, and the one kept stays on both after a restart', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const home = await openOtherComputer(app.dataDir);
  // Home reads the journal, then each computer changes the notes without having seen the other's change.
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:update', { id, ...SAM, notes: AT_HOME });
  await nextMillisecond(); // work's is the later write by the clock too
  await ok(app, 'relationships:update', { id, ...SAM, notes: AT_WORK });

  const work = await app.restart({ path: `/r/${id}` });
  const notice = conflictNotice(work);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`Also written on ${HOME_LAPTOP.name},`);
  await expect(notice).toContainText('Showing now · this computer (Work laptop),');
  await expect(notice.getByText(AT_HOME)).toBeVisible();
  await expect(notice.getByText(AT_WORK)).toBeVisible();
  await expect(notes(work)).toContainText(AT_WORK);

  // By keyboard alone: Tab reaches "Keep this one instead", Enter keeps the version from home.
  const keep = notice.getByRole('button', { name: 'Keep this one instead' });
  await work.page.getByRole('heading', { name: 'Sam Rivera', exact: true }).click();
  for (let i = 0; i < 40 && !(await keep.evaluate((el) => el === document.activeElement)); i++) await work.page.keyboard.press('Tab');
  await expect(keep).toBeFocused();
  await work.page.keyboard.press('Enter');
  // It asks first, as Drop does: the version showing now goes. Tab from Cancel to the answer, Enter.
  const asked = work.page.getByRole('dialog', { name: 'Keep this version instead?' });
  await expect(asked).toContainText('take the place of the version showing now, which goes');
  await work.page.keyboard.press('Tab');
  await expect(asked.getByRole('button', { name: 'Keep this one' })).toBeFocused();
  await work.page.keyboard.press('Enter');
  await expect(notice).toBeHidden();
  await expect(notes(work)).toContainText(AT_HOME);

  const again = await work.restart({ path: `/r/${id}` });
  await expect(notes(again)).toContainText(AT_HOME);
  await expect(conflictNotice(again)).toBeHidden();
  // The other computer, reading the folder afresh, ends with the same text and nothing to choose.
  const homeAgain = await openOtherComputer(again.dataDir);
  expect((await callOk(homeAgain)('journals:get', { relationshipId: id })).relationship.notes).toBe(AT_HOME);
  expect(await callOk(homeAgain)('alternatives:list', { relationshipId: id })).toEqual([]);
});

test('"Drop it" asks first, then keeps the version showing now', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('relationships:update', { id, ...SAM, notes: AT_HOME });
  await nextMillisecond(); // work's is the later write by the clock too
  await ok(app, 'relationships:update', { id, ...SAM, notes: AT_WORK });
  const work = await app.restart({ path: `/r/${id}` });
  await conflictNotice(work).getByRole('button', { name: 'Drop it' }).click();
  const dialog = work.page.getByRole('dialog', { name: 'Drop this version?' });
  await expect(dialog).toContainText('The words written on Home laptop go.');
  await dialog.getByRole('button', { name: 'Drop it' }).click();
  await expect(conflictNotice(work)).toBeHidden();
  await expect(notes(work)).toContainText(AT_WORK);
  const again = await work.restart({ path: `/r/${id}` });
  await expect(notes(again)).toContainText(AT_WORK);
  await expect(conflictNotice(again)).toBeHidden();
});

test('a note written on another computer appears on the open page within 2 s, and the note being typed here stays', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await app.page.getByRole('button', { name: 'Write a 1:1 note' }).click();
  const typing = app.page.getByLabel('What came up');
  const typed = 'Half a thought I am still';
  await typing.fill(typed);

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('capture:note', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', text: 'Phoned from home about the launch.' });
  await callOk(home)('relationships:update', { id, ...SAM, notes: 'Notes changed at home.' });
  const landed = Date.now();
  const timeline = app.page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByText('Phoned from home about the launch.')).toBeVisible({ timeout: 2000 });
  await expect(notes(app)).toContainText('Notes changed at home.', { timeout: 2000 - (Date.now() - landed) });
  console.log(`another computer's change visible on the open page after ${Date.now() - landed} ms`);
  // What was being typed is untouched: same text, still focused, and typing goes on.
  await expect(typing).toHaveValue(typed);
  await expect(typing).toBeFocused();
  await app.page.keyboard.type(' writing.');
  await expect(typing).toHaveValue(`${typed} writing.`);
});

test('an entry being edited in place keeps its text when another computer changes the journal; the page catches up after', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  await ok(app, 'commitments:create', { relationshipId: id, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-12-03', debriefId: null });
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const timeline = app.page.getByRole('list', { name: 'Timeline' });
  const commitment = timeline.getByRole('listitem').filter({ hasText: 'Send the draft' });
  await commitment.locator('summary').click();
  await commitment.getByRole('button', { name: 'Reword or change the date' }).click();
  const field = app.page.getByLabel('The commitment');
  await field.fill('Send the draft by Friday, with the numbers');

  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('capture:note', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', text: 'Phoned from home about the launch.' });
  await expect(app.page.getByText('Changes from your other computer have arrived.')).toBeVisible({ timeout: 2000 });
  await expect(field).toHaveValue('Send the draft by Friday, with the numbers');
  await expect(timeline.getByText('Phoned from home about the launch.')).toBeHidden();

  await app.page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(timeline.getByText('Phoned from home about the launch.')).toBeVisible();
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Send the draft by Friday, with the numbers' })).toBeVisible();
});

test('the Edit details form says another computer changed the journal, and keeps every typed word', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP, watchEveryMs: 250 });
  const { id } = await ok(app, 'relationships:create', SAM);
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}/edit`);
  const notesField = app.page.getByLabel('Notes');
  await notesField.fill('Typed here, not saved yet');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('relationships:update', { id, ...SAM, notes: 'Changed at home.' });
  await expect(app.page.getByRole('status').filter({ hasText: 'also changed on your other computer' })).toBeVisible({ timeout: 2000 });
  await expect(notesField).toHaveValue('Typed here, not saved yet');
});

test("an incident's facts written on two computers: offered on the person's page, pointed to from the incident's own page", async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const incident = acmeIncident(id);
  const made = await ok(app, 'incidents:create', incident);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('incidents:update', { ...incident, id: made.id, facts: 'It arrived on Monday, after I asked twice.' });
  await nextMillisecond(); // work's is the later write by the clock too
  await ok(app, 'incidents:update', { ...incident, id: made.id, facts: 'It came in on Monday morning.' });

  const work = await app.restart({ path: `/r/${id}/incident/${made.id}` });
  const pointer = work.page.getByRole('status').filter({ hasText: 'written on two computers at once' });
  await expect(pointer).toBeVisible();
  await pointer.getByRole('link', { name: 'Choose which to keep on their page' }).click();
  const card = conflictNotice(work).getByRole('article', { name: 'Incident: Missed the Acme deadline (what happened)' });
  await expect(card).toContainText('It arrived on Monday, after I asked twice.');
  await expect(card).toContainText('It came in on Monday morning.');
  await card.getByRole('button', { name: 'Keep this one instead' }).click();
  await work.page.getByRole('dialog', { name: 'Keep this version instead?' }).getByRole('button', { name: 'Keep this one' }).click();
  await expect(conflictNotice(work)).toBeHidden();
  expect((await ok(work, 'journals:get', { relationshipId: id })).incidents[0]!.facts).toBe('It arrived on Monday, after I asked twice.');
});

test('an entry removed here while the other computer was still writing in it: its words are offered, and "Bring it back" returns it on both', async ({ openMend }) => {
  const { app, id, bid, made, home } = await bidOnBoth(await openMend({ device: WORK_LAPTOP }));
  // Work removes it; home, not yet caught up, writes in it.
  await ok(app, 'repair-bids:delete', { relationshipId: id, id: made.id });
  const homeWords = 'Written at home: he stayed late to fix the report, and said so plainly.';
  await callOk(home)('repair-bids:update', { relationshipId: id, id: made.id, ...bid, note: homeWords });

  const work = await app.restart({ path: `/r/${id}` });
  const notice = work.page.getByRole('region', { name: 'Removed while another computer was still writing' });
  await expect(notice).toBeVisible();
  const card = notice.getByRole('article', { name: 'Repair attempt: Flagged the Acme risk early' });
  await expect(card).toContainText('Removed on this computer (Work laptop),');
  await expect(card).toContainText(`${HOME_LAPTOP.name} wrote in it on`);
  await expect(card).toContainText('before it had caught up.');
  await expect(card.getByText(homeWords)).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await work.page.emulateMedia({ colorScheme: scheme });
    await notice.screenshot({ path: `test-results/shots-raced/raced-${scheme}.png` });
  }
  await work.page.setViewportSize({ width: 420, height: 900 });
  await notice.screenshot({ path: 'test-results/shots-raced/raced-narrow.png' });
  await work.page.setViewportSize({ width: 1200, height: 820 });

  // "Let it go" asks first; cancelling keeps everything as it was.
  await card.getByRole('button', { name: 'Let it go' }).click();
  const dialog = work.page.getByRole('dialog', { name: 'Let this entry go?' });
  await expect(dialog).toContainText(`the words written on ${HOME_LAPTOP.name} go with it`);
  await work.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(card).toBeVisible();

  // By keyboard: focus "Bring it back" and press Enter.
  const bringBack = card.getByRole('button', { name: 'Bring it back' });
  await bringBack.focus();
  await work.page.keyboard.press('Enter');
  await expect(notice).toBeHidden();
  const timeline = work.page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByText('Flagged the Acme risk early')).toBeVisible();

  const again = await work.restart({ path: `/r/${id}` });
  await expect(again.page.getByRole('region', { name: 'Removed while another computer was still writing' })).toBeHidden();
  await expect(again.page.getByRole('list', { name: 'Timeline' }).getByText('Flagged the Acme risk early')).toBeVisible();
  const homeAgain = await openOtherComputer(again.dataDir);
  expect((await callOk(homeAgain)('journals:get', { relationshipId: id })).repairBids.map((b) => b.note)).toEqual([homeWords]);
  expect(await callOk(homeAgain)('raced-removals:list', { relationshipId: id })).toEqual([]);
});

test('words the other computer wrote about a deleted person, arriving after they were brought back, are offered in the Trash and join them', async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  // Work deletes Sam and brings him back (under a new id); home, not yet caught up, writes about him meanwhile.
  await ok(app, 'relationships:delete', { id });
  const [trashed] = await ok(app, 'trash:list', {});
  const back = await ok(app, 'trash:restore', { file: trashed!.file });
  const late = 'Written at home: he asked to move the review to Friday.';
  await callOk(home)('capture:note', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', text: late });
  // Both change Sam's notes without seeing the other's change, work later.
  await callOk(home)('relationships:update', { id, ...SAM, notes: AT_HOME });
  await nextMillisecond(); // work's is the later write by the clock too
  await ok(app, 'relationships:update', { id: back.id, ...SAM, notes: AT_WORK });

  const work = await app.restart({ path: '/trash' });
  const item = work.page.getByRole('listitem').filter({ hasText: 'Sam Rivera' });
  await expect(item).toContainText('back in Mend');
  await expect(item).toContainText('Those words have just arrived.');
  for (const scheme of ['light', 'dark'] as const) {
    await work.page.emulateMedia({ colorScheme: scheme });
    await work.page.screenshot({ path: `test-results/shots-raced/trash-late-${scheme}.png`, fullPage: true });
  }
  await work.page.setViewportSize({ width: 420, height: 900 });
  await work.page.screenshot({ path: 'test-results/shots-raced/trash-late-narrow.png', fullPage: true });
  await work.page.setViewportSize({ width: 1200, height: 820 });
  await item.getByRole('button', { name: 'Add the later words to Sam Rivera' }).click();
  await expect(work.page.getByRole('status').filter({ hasText: 'The words from your other computer are with Sam Rivera now.' })).toBeVisible();
  await expect(work.page.getByRole('list', { name: 'Timeline' }).getByText(late)).toBeVisible();
  // The later notes show; home's are offered as written on home, to keep or drop.
  await expect(notes(work)).toContainText(AT_WORK);
  await expect(conflictNotice(work)).toContainText(`Also written on ${HOME_LAPTOP.name},`);
  await expect(conflictNotice(work).getByText(AT_HOME)).toBeVisible();
  // One Sam, under the id he came back with; the Trash has nothing more to offer.
  expect((await ok(work, 'relationships:list', { includeArchived: true })).map((r) => r.id)).toEqual([back.id]);
  expect(await ok(work, 'trash:list', {})).toEqual([]);
});

test('a removed entry whose text both computers changed shows both texts, and says which one comes back', async ({ openMend }) => {
  const { app, id, bid, made, home } = await bidOnBoth(await openMend({ device: WORK_LAPTOP }));
  const homeWords = 'Written at home: he asked for help early this time.';
  await callOk(home)('repair-bids:update', { relationshipId: id, id: made.id, ...bid, note: homeWords });
  await nextMillisecond(); // work's is the later write by the clock too
  // Work, not having seen home's words, rewrites the note and then removes the entry.
  await ok(app, 'repair-bids:update', { relationshipId: id, id: made.id, ...bid, note: 'Rewritten at work.' });
  await ok(app, 'repair-bids:delete', { relationshipId: id, id: made.id });

  const work = await app.restart({ path: `/r/${id}` });
  const card = work.page.getByRole('article', { name: 'Repair attempt: Flagged the Acme risk early' });
  await expect(card.getByText('Rewritten at work.')).toBeVisible();
  await expect(card.getByText(homeWords)).toBeVisible();
  await expect(card).toContainText(`Note, also written on ${HOME_LAPTOP.name},`);
  await expect(card).toContainText('Bringing the entry back keeps both versions of each, one after the other, for you to trim.');
  await card.screenshot({ path: 'test-results/shots-raced/raced-also-written.png' });
});

test("a preparation's story written on two computers while one also noted what a camera saw: both stories offered, the camera's words kept", async ({ openMend }) => {
  const app = await openMend({ device: WORK_LAPTOP });
  const { id } = await ok(app, 'relationships:create', SAM);
  const prep = await ok(app, 'preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  const atHome = 'I told myself they had stopped caring about the client.';
  const atWork = 'Maybe the launch swallowed their whole week.';
  const camera = 'The deck reached the client two days late.';
  await callOk(home)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: atHome, camera } } });
  await nextMillisecond(); // work's is the later write by the clock too
  await ok(app, 'preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: atWork } } });

  const work = await app.restart({ path: `/r/${id}` });
  const card = conflictNotice(work).getByRole('article', { name: /^Preparation.*\(the story I was telling myself\)$/ });
  await expect(card).toContainText(atHome);
  await expect(card).toContainText(atWork);
  // The part only home wrote is simply there: nothing to choose.
  expect((await ok(work, 'journals:get', { relationshipId: id })).preparations[0]!.facts.camera).toBe(camera);
  await work.page.screenshot({ path: test.info().outputPath('offered.png'), fullPage: true });
  await card.getByRole('button', { name: 'Keep this one instead' }).click();
  await work.page.getByRole('dialog', { name: 'Keep this version instead?' }).getByRole('button', { name: 'Keep this one' }).click();
  await expect(conflictNotice(work)).toBeHidden();
  const kept = (await ok(work, 'journals:get', { relationshipId: id })).preparations[0]!.facts;
  expect({ story: kept.story, camera: kept.camera }).toEqual({ story: atHome, camera });
});
