import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/core/open-core';
import { decodeLog } from '../../../src/core/store/change-line';
import { callOk } from '../../support/typed-call';
import { laptopAndOld } from '../../support/laptop-and-old';
import { pair, SyncWorld } from '../../support/sync-sim';

/**
 * A person deleted on one computer while another, not yet in step, still shows them and writes about
 * them (or restores an earlier version of them). The laptop forgot the old computer and trimmed its
 * log past the snapshot the old one holds, so the old computer is also waiting for the newer snapshot.
 * After everything has arrived, on both computers: nothing anyone wrote is lost from view, Sam is
 * listed once, and no removed Sam comes back as a ghost.
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: '' };


const ok = (core: Core) => callOk(core);
const add = (core: Core, id: string, text: string) => ok(core)('monitoring-notes:create', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: text });

/** Everyone each computer lists, with every note and the person's own notes, sorted. */
async function people(core: Core) {
  const out = [];
  for (const p of await ok(core)('relationships:list', { includeArchived: true })) {
    const j = await ok(core)('journals:get', { relationshipId: p.id });
    out.push({ name: p.name, notes: j.monitoringNotes.map((n) => n.note).sort(), about: j.relationship.notes });
  }
  return out;
}

/**
 * Sam written on the laptop and copied to the old computer, which edits twice and syncs back. Forty days
 * on the laptop writes six notes, forgets the old computer and trims: the old one is waiting. Then the
 * laptop deletes Sam. Nothing has reached the old computer since it synced back.
 */
async function deletedWhileOldWaits() {
  const w = laptopAndOld();
  const { laptop, old, open, transfer, later } = w;
  let core = await open(laptop);
  const { id } = await ok(core)('relationships:create', sam);
  await add(core, id, 'first');
  await core.settled?.();
  transfer(laptop, old);
  core = await open(old);
  await ok(core)('relationships:update', { id, ...sam, role: 'Lead' });
  await ok(core)('relationships:update', { id, ...sam, notes: 'from the old computer' }); // folded: an earlier version here
  await core.settled?.();
  transfer(old, laptop, 'none');
  later(40);
  core = await open(laptop);
  for (let i = 0; i < 6; i++) await add(core, id, `laptop ${i}`);
  await core.settled?.();
  await ok(await open(laptop))('devices:forget', { id: old.id });
  await (await open(laptop)).settled?.();
  core = await open(laptop);
  await ok(core)('relationships:delete', { id });
  await core.settled?.();
  const log = decodeLog(new TextDecoder().decode(laptop.files.files.get(`logs/${id}.${laptop.id}.log`)!));
  expect(log.base).toBeGreaterThan(0); // the premise: the laptop's log is trimmed past what the old computer holds
  return { ...w, id };
}

const LAPTOP = Array.from({ length: 6 }, (_, i) => `laptop ${i}`);

/** Both computers, once each has everything the other wrote. */
async function inStep(w: Awaited<ReturnType<typeof deletedWhileOldWaits>>) {
  w.transfer(w.laptop, w.old);
  w.transfer(w.old, w.laptop, 'none');
  w.transfer(w.laptop, w.old);
  return { laptop: await people(await w.open(w.laptop)), old: await people(await w.open(w.old)) };
}

describe('a person removed on the laptop while the old computer, waiting, still shows them', () => {
  it('the old computer writes before hearing; Sam is brought back from the Trash after: every word is there once', async () => {
    const w = await deletedWhileOldWaits();
    const oldCore = await w.open(w.old);
    expect((await people(oldCore)).map((p) => p.name)).toEqual(['Sam']);
    await add(oldCore, w.id, 'old, not yet told');
    await oldCore.settled?.();
    w.transfer(w.old, w.laptop, 'none');
    const core = await w.open(w.laptop);
    const [item] = await ok(core)('trash:list', {});
    await ok(core)('trash:restore', { file: item!.file });
    await core.settled?.();
    const sam = { name: 'Sam', notes: ['first', ...LAPTOP, 'old, not yet told'].sort(), about: 'from the old computer' };
    expect(await inStep(w)).toEqual({ laptop: [sam], old: [sam] });
  });

  it('the laptop brings Sam back from the Trash before the old computer\'s words arrive: they can be brought back too', async () => {
    const w = await deletedWhileOldWaits();
    let core = await w.open(w.laptop);
    const [item] = await ok(core)('trash:list', {});
    const back = await ok(core)('trash:restore', { file: item!.file });
    expect(await ok(core)('trash:list', {})).toEqual([]);
    await core.settled?.();
    const oldCore = await w.open(w.old);
    await add(oldCore, w.id, 'old, not yet told');
    await ok(oldCore)('relationships:update', { id: w.id, ...sam, notes: 'changed on the old computer, not yet told' });
    await oldCore.settled?.();
    // The old computer's words arrive after Sam came back under a new id: the Trash offers them.
    w.transfer(w.old, w.laptop, 'none');
    core = await w.open(w.laptop);
    const late = await ok(core)('trash:list', {});
    expect(late.map((t) => t.name)).toEqual(['Sam']);
    const again = await ok(core)('trash:restore', { file: late[0]!.file });
    expect(again.id).toBe(back.id); // merged into the Sam already back, never a second one
    expect(await ok(core)('trash:list', {})).toEqual([]);
    await core.settled?.();
    const sam2 = { name: 'Sam', notes: ['first', ...LAPTOP, 'old, not yet told'].sort(), about: 'changed on the old computer, not yet told' };
    expect(await inStep(w)).toEqual({ laptop: [sam2], old: [sam2] });
    // Nothing more arrives: the Trash stays empty on a fresh start.
    expect(await ok(await w.open(w.laptop))('trash:list', {})).toEqual([]);
    // Weeks of opening and trimming later, the old id's removal still holds on both: no ghost Sam.
    for (let i = 0; i < 3; i++) {
      w.later(20);
      for (const d of [w.laptop, w.old]) await (await w.open(d)).settled?.();
    }
    expect(await inStep(w)).toEqual({ laptop: [sam2], old: [sam2] });
    expect(new TextDecoder().decode(w.old.files.files.get(`logs/${w.id}.${w.laptop.id}.log`)!)).toContain('"k":"relationship","x":1');
  });

  it('the laptop writes in the Sam brought back meanwhile: both its words and the old computer\'s are kept', async () => {
    const w = await deletedWhileOldWaits();
    let core = await w.open(w.laptop);
    const [item] = await ok(core)('trash:list', {});
    const back = await ok(core)('trash:restore', { file: item!.file });
    await add(core, back.id, 'laptop, after bringing Sam back');
    await core.settled?.();
    const oldCore = await w.open(w.old);
    await add(oldCore, w.id, 'old, not yet told');
    await oldCore.settled?.();
    w.transfer(w.old, w.laptop, 'none');
    core = await w.open(w.laptop);
    const late = await ok(core)('trash:list', {});
    await ok(core)('trash:restore', { file: late[0]!.file });
    await core.settled?.();
    const sam2 = { name: 'Sam', notes: ['first', ...LAPTOP, 'laptop, after bringing Sam back', 'old, not yet told'].sort(), about: 'from the old computer' };
    expect(await inStep(w)).toEqual({ laptop: [sam2], old: [sam2] });
  });

  /**
   * The laptop brings Sam back; both computers then change Sam's notes (text) and role (a single word,
   * structured) without seeing each other's change; the old computer's words arrive and are added.
   * `laptopLater`: which of the two wrote last.
   */
  async function bothChangedNotes(laptopLater: boolean) {
    const w = await deletedWhileOldWaits();
    let core = await w.open(w.laptop);
    const [item] = await ok(core)('trash:list', {});
    const back = await ok(core)('trash:restore', { file: item!.file });
    await core.settled?.();
    const oldCore = await w.open(w.old);
    const onLaptop = () => ok(core)('relationships:update', { id: back.id, ...sam, role: 'Manager', notes: 'laptop: written after bringing Sam back' });
    const onOld = () => ok(oldCore)('relationships:update', { id: w.id, ...sam, role: 'Director', notes: 'old: written before hearing of the delete' });
    if (laptopLater) await onOld().then(onLaptop);
    else await onLaptop().then(onOld);
    await core.settled?.();
    await oldCore.settled?.();
    w.transfer(w.old, w.laptop, 'none');
    core = await w.open(w.laptop);
    const late = await ok(core)('trash:list', {});
    await ok(core)('trash:restore', { file: late[0]!.file });
    await core.settled?.();
    return { w, id: back.id };
  }

  const alsoWritten = async (core: Core, id: string) =>
    (await ok(core)('alternatives:list', { relationshipId: id })).map((a) => ({ field: a.field, shown: [a.shown.text, a.shown.device], other: [a.other.text, a.other.device] }));

  it('both changed the same text: the later shows, the other is kept as "also written" by the old computer, after a restart and on both computers; dropping it works', async () => {
    const { w, id } = await bothChangedNotes(true);
    // A role is words too, however short: both are offered as the notes are (a one-word role was once
    // taken for a choice, and the other computer's dropped unseen; found by a helper).
    const expected = [
      { field: 'role', shown: ['Manager', 'laptop'], other: ['Director', 'old'] },
      { field: 'notes', shown: ['laptop: written after bringing Sam back', 'laptop'], other: ['old: written before hearing of the delete', 'old'] },
    ];
    let core = await w.open(w.laptop); // a restart on the same folder
    expect(await alsoWritten(core, id)).toEqual(expected);
    const j = await ok(core)('journals:get', { relationshipId: id });
    expect([j.relationship.notes, j.relationship.role]).toEqual(['laptop: written after bringing Sam back', 'Manager']);
    // The other computer, once in step, offers the same versions.
    w.transfer(w.laptop, w.old);
    expect(await alsoWritten(await w.open(w.old), id)).toEqual(expected);
    let remaining: unknown[] = [];
    for (const alt of await ok(core)('alternatives:list', { relationshipId: id })) {
      ({ remaining } = await ok(core)('alternatives:resolve', { relationshipId: id, record: alt.record, field: alt.field, version: alt.version, choice: 'drop' }));
    }
    expect(remaining).toEqual([]);
    await core.settled?.();
    core = await w.open(w.laptop);
    expect(await alsoWritten(core, id)).toEqual([]);
    expect((await ok(core)('journals:get', { relationshipId: id })).relationship.notes).toBe('laptop: written after bringing Sam back');
  });

  it('both changed the same text, the old computer later: its words show, the laptop\'s are kept as "also written"; keeping them works', async () => {
    const { w, id } = await bothChangedNotes(false);
    let core = await w.open(w.laptop);
    expect(await alsoWritten(core, id)).toEqual([
      { field: 'role', shown: ['Director', 'old'], other: ['Manager', 'laptop'] },
      { field: 'notes', shown: ['old: written before hearing of the delete', 'old'], other: ['laptop: written after bringing Sam back', 'laptop'] },
    ]);
    expect((await ok(core)('journals:get', { relationshipId: id })).relationship.role).toBe('Director');
    for (const alt of await ok(core)('alternatives:list', { relationshipId: id })) {
      await ok(core)('alternatives:resolve', { relationshipId: id, record: alt.record, field: alt.field, version: alt.version, choice: 'keep' });
    }
    await core.settled?.();
    core = await w.open(w.laptop);
    expect(await alsoWritten(core, id)).toEqual([]);
    expect((await ok(core)('journals:get', { relationshipId: id })).relationship.notes).toBe('laptop: written after bringing Sam back');
    const sam2 = { name: 'Sam', notes: ['first', ...LAPTOP].sort(), about: 'laptop: written after bringing Sam back' };
    expect(await inStep(w)).toEqual({ laptop: [sam2], old: [sam2] });
  });

  it('a trust check\'s evidence both changed, its ratings only on the other computer: the ratings stay with the evidence shown, the other evidence is "also written"', async () => {
    const w = new SyncWorld(['home', 'work']);
    const [home, work] = pair(w);
    const check = {
      at: '2026-11-30T10:00:00.000Z', ratings: { reliability: 4, competence: 5, sincerity: null, care: null, reliance: 3 },
      evidence: 'base: the update came on time.', interpretation: '', activation: 0 as const, emotion: '', source: '', debriefId: null,
    };
    let core = await w.open(home);
    const { id } = await callOk(core)('relationships:create', sam);
    const made = await callOk(core)('checks:create', { relationshipId: id, ...check });
    w.transfer(home, work);
    const workCore = await w.open(work);
    await callOk(core)('relationships:delete', { id });
    const [item] = await callOk(core)('trash:list', {});
    const back = await callOk(core)('trash:restore', { file: item!.file });
    // Work, not told, changes the numbers and the evidence; home, later, only the evidence (numbers as they were).
    const workRatings = { ...check.ratings, reliability: 1 };
    await callOk(workCore)('checks:update', { relationshipId: id, id: made.id, ...check, ratings: workRatings, evidence: 'work: the update was a day late.' });
    await callOk(core)('checks:update', { relationshipId: back.id, id: made.id, ...check, evidence: 'home: the update came on time, with figures.' });
    w.transfer(work, home);
    core = await w.open(home);
    const [late] = await callOk(core)('trash:list', {});
    await callOk(core)('trash:restore', { file: late!.file });
    const [shown] = (await callOk(core)('journals:get', { relationshipId: back.id })).checks;
    // Never work's numbers beside home's evidence: written together, they stay together.
    expect([shown!.ratings, shown!.evidence]).toEqual([check.ratings, 'home: the update came on time, with figures.']);
    expect(await alsoWritten(core, back.id)).toEqual([{ field: 'evidence', shown: ['home: the update came on time, with figures.', 'home'], other: ['work: the update was a day late.', 'work'] }]);
  });

  it('the old computer restores an earlier version before hearing: Sam is there once, as restored, with every note written after', async () => {
    const w = await deletedWhileOldWaits();
    const oldCore = await w.open(w.old);
    // The only earlier version here is Sam as first copied over: before 'first' and the old computer's edits.
    const [version, ...more] = await ok(oldCore)('journals:backups', { relationshipId: w.id });
    expect({ more: more.length, entries: version!.entries }).toEqual({ more: 0, entries: 0 });
    await ok(oldCore)('journals:restore', { relationshipId: w.id, backupId: version!.id });
    await add(oldCore, w.id, 'old, after its restore');
    await oldCore.settled?.();
    w.transfer(w.old, w.laptop, 'none');
    const core = await w.open(w.laptop);
    const [item] = await ok(core)('trash:list', {});
    await ok(core)('trash:restore', { file: item!.file });
    await core.settled?.();
    // The laptop's notes were written after that version (and after the old computer's snapshot): they stay.
    const sam2 = { name: 'Sam', notes: [...LAPTOP, 'old, after its restore'].sort(), about: '' };
    expect(await inStep(w)).toEqual({ laptop: [sam2], old: [sam2] });
  });

  it('brought back, deleted again, then more words arrive: listed once, and once back they join the same Sam (found by review)', async () => {
    const w = new SyncWorld(['home', 'work']);
    const [home, work] = pair(w);
    const note = (text: string) => ({ at: '2026-11-30T10:00:00.000Z', kind: 'other' as const, note: text });
    let core = await w.open(home);
    const { id } = await callOk(core)('relationships:create', sam);
    await callOk(core)('monitoring-notes:create', { relationshipId: id, ...note('first') });
    w.transfer(home, work);
    const workCore = await w.open(work);
    await callOk(core)('relationships:delete', { id });
    await callOk(workCore)('monitoring-notes:create', { relationshipId: id, ...note('work, not yet told') });
    w.transfer(work, home);
    core = await w.open(home);
    const [item] = await callOk(core)('trash:list', {});
    const back = await callOk(core)('trash:restore', { file: item!.file });
    await callOk(core)('monitoring-notes:create', { relationshipId: back.id, ...note('home, after bringing back') });
    await callOk(core)('relationships:delete', { id: back.id }); // deleted again, on purpose
    await callOk(workCore)('monitoring-notes:create', { relationshipId: id, ...note('work, still not told') });
    w.transfer(work, home);
    core = await w.open(home);
    // Only the copy deleted again is offered; nothing says Sam is "back in Mend".
    const listed = await callOk(core)('trash:list', {});
    expect(listed.map((i) => [i.name, i.lateWords ?? false])).toEqual([['Sam', false]]);
    const again = await callOk(core)('trash:restore', { file: listed[0]!.file });
    // Now back: the words that arrived meanwhile are offered for this Sam, and join him.
    const late = await callOk(core)('trash:list', {});
    expect(late.map((i) => [i.name, i.lateWords ?? false, i.id])).toEqual([['Sam', true, again.id]]);
    await callOk(core)('trash:restore', { file: late[0]!.file });
    const people = await callOk(core)('relationships:list', { includeArchived: true });
    expect(people.map((p) => [p.id, p.name])).toEqual([[again.id, 'Sam']]);
    const notes = (await callOk(core)('journals:get', { relationshipId: again.id })).monitoringNotes.map((n) => n.note).sort();
    expect(notes).toEqual(['first', 'home, after bringing back', 'work, not yet told', 'work, still not told']);
    expect(await callOk(core)('trash:list', {})).toEqual([]);
  });
});
