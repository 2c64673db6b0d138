import { describe, expect, it } from 'vitest';
import { callOk } from '../../support/typed-call';
import { pair, SyncWorld, type SimDevice } from '../../support/sync-sim';
import { openCore, type Core } from '../../../src/core/open-core';
import type { ImportCheck } from '../../../src/core/services/import';
import { MemoryFileStore } from '../../support/memory-file-store';
import { memoryPlatform } from '../transfer/memory-platform';

/**
 * Issue 13, item 3: "an edit that raced a removal keeps its text in the removed entry's trash copy".
 * Home removes a repair attempt while work, not yet in step, is still writing in it. A removal is final
 * (no copy brings the entry back on its own), so work's words were kept only in its change log, where
 * no screen showed them. Now the entry is offered on the person's page until the person brings it back
 * (under a new id) or lets it go, on every computer alike. These tests failed before.
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: 'First notes.' };
const bid = { at: '2026-11-30T10:00:00.000Z', by: 'them' as const, what: 'Flagged the Acme risk early', received: 'well' as const, note: 'Written at home.' };
const WORK_NOTE = 'Work added: he stayed late to fix the report.';

async function world(compactEvery?: number) {
  const w = new SyncWorld(['home', 'work'], compactEvery);
  const [home, work] = pair(w);
  const { id } = await callOk(await w.open(home))('relationships:create', sam);
  const { id: bidId } = await callOk(home.core!)('repair-bids:create', { relationshipId: id, ...bid });
  w.transfer(home, work);
  await w.open(work);
  return { w, home, work, id, bidId };
}

const raced = (core: Core, id: string) => callOk(core)('raced-removals:list', { relationshipId: id });
const bids = async (core: Core, id: string) => (await callOk(core)('journals:get', { relationshipId: id })).repairBids;
const both = (w: SyncWorld, a: SimDevice, b: SimDevice) => {
  w.transfer(a, b);
  w.transfer(b, a);
};

describe('an edit that raced the removal of an entry', () => {
  it('is offered on both computers with its words, and "bring it back" returns the whole entry under a new id everywhere', async () => {
    const { w, home, work, id, bidId } = await world();
    await callOk(home.core!)('repair-bids:delete', { relationshipId: id, id: bidId });
    await callOk(work.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: WORK_NOTE });
    both(w, home, work);
    for (const d of [home, work]) {
      const core = await w.open(d);
      expect(await bids(core, id)).toEqual([]); // the removal stands
      const [entry, ...rest] = await raced(core, id);
      expect(rest).toEqual([]);
      expect(entry).toMatchObject({ record: `repairBids/${bidId}`, collection: 'repairBids', recordId: bidId });
      expect(entry!.entry).toMatchObject({ what: bid.what, note: WORK_NOTE });
      expect(entry!.removedOn).toMatchObject({ device: 'home' });
      expect(entry!.changedOn).toMatchObject({ device: 'work' });
    }
    const back = await callOk(home.core!)('raced-removals:resolve', { relationshipId: id, record: `repairBids/${bidId}`, choice: 'bring-back' });
    expect(back.remaining).toEqual([]);
    expect(back.broughtBack).not.toBe(bidId);
    const [restored] = await bids(home.core!, id);
    expect(restored).toMatchObject({ id: back.broughtBack, what: bid.what, by: 'them', received: 'well', note: WORK_NOTE });
    both(w, home, work);
    for (const d of [home, work]) {
      const core = await w.open(d);
      expect((await bids(core, id)).map((b) => [b.id, b.note])).toEqual([[back.broughtBack, WORK_NOTE]]);
      expect(await raced(core, id)).toEqual([]);
    }
  });

  it('"let it go" settles it on every computer, and the entry stays removed', async () => {
    const { w, home, work, id, bidId } = await world();
    await callOk(home.core!)('repair-bids:delete', { relationshipId: id, id: bidId });
    await callOk(work.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: WORK_NOTE });
    both(w, home, work);
    await w.open(work);
    const settled = await callOk(work.core!)('raced-removals:resolve', { relationshipId: id, record: `repairBids/${bidId}`, choice: 'let-go' });
    expect(settled).toEqual({ remaining: [], broughtBack: null });
    both(w, home, work);
    for (const d of [home, work]) {
      const core = await w.open(d);
      expect(await raced(core, id)).toEqual([]);
      expect(await bids(core, id)).toEqual([]);
    }
    // Settled already: a second choice names what happened.
    const again = await home.core!.call('raced-removals:resolve', { relationshipId: id, record: `repairBids/${bidId}`, choice: 'bring-back' });
    expect(again).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('is kept whole when the removal was already folded into a snapshot before the edit arrived, and after a restart', async () => {
    const { w, home, work, id, bidId } = await world(2);
    await callOk(home.core!)('repair-bids:delete', { relationshipId: id, id: bidId });
    // More saves at home: the removal is folded into home's snapshot and its log line trimmed away.
    for (let i = 0; i < 6; i++) await callOk(home.core!)('relationships:update', { id, ...sam, notes: `Home notes ${i}.` });
    await home.core!.settled?.();
    await callOk(work.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: WORK_NOTE });
    both(w, home, work);
    both(w, home, work);
    const core = await w.open(home);
    const [entry] = await raced(core, id);
    expect(entry!.entry).toMatchObject({ what: bid.what, by: 'them', received: 'well', note: WORK_NOTE });
    const back = await callOk(core)('raced-removals:resolve', { relationshipId: id, record: `repairBids/${bidId}`, choice: 'bring-back' });
    expect(await bids(core, id)).toMatchObject([{ id: back.broughtBack, what: bid.what, note: WORK_NOTE }]);
  });

  it('counts an edit the remover never saw even when it was written earlier by the clock', async () => {
    const { w, home, work, id, bidId } = await world();
    await callOk(work.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: WORK_NOTE });
    w.wall += 60_000; // home removes a minute later, not having seen work's edit
    await callOk(home.core!)('repair-bids:delete', { relationshipId: id, id: bidId });
    both(w, home, work);
    const [entry] = await raced(await w.open(home), id);
    expect(entry!.entry).toMatchObject({ note: WORK_NOTE });
  });

  it('offers nothing when the computer that removed the entry had seen every edit to it', async () => {
    const { w, home, work, id, bidId } = await world();
    await callOk(work.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: WORK_NOTE });
    w.transfer(work, home);
    const core = await w.open(home);
    expect((await bids(core, id))[0]!.note).toBe(WORK_NOTE);
    await callOk(core)('repair-bids:delete', { relationshipId: id, id: bidId });
    both(w, home, work);
    for (const d of [home, work]) expect(await raced(await w.open(d), id)).toEqual([]);
  });

  // The four below were found by a review of the first version (each failed on it).
  it('counts a write the remover never saw even when the remover had seen a later write of its own', async () => {
    const { w, home, work, id, bidId } = await world();
    await callOk(work.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: WORK_NOTE });
    w.wall += 60_000;
    // Home, never having seen work's words, fixes another field, then removes the entry.
    await callOk(home.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, what: 'Flagged the Acme risk early.' });
    await callOk(home.core!)('repair-bids:delete', { relationshipId: id, id: bidId });
    both(w, home, work);
    for (const d of [home, work]) {
      const list = await raced(await w.open(d), id);
      expect(list.map((r) => r.entry['note']), d.name).toEqual([WORK_NOTE]);
    }
  });

  it('counts text the remover never saw that lost to its own later text, and shows it', async () => {
    const { w, home, work, id, bidId } = await world();
    await callOk(work.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: WORK_NOTE });
    w.wall += 60_000;
    await callOk(home.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: 'Home rewrote the note.' });
    await callOk(home.core!)('repair-bids:delete', { relationshipId: id, id: bidId });
    both(w, home, work);
    const [entry] = await raced(await w.open(home), id);
    expect(entry!.entry['note']).toBe('Home rewrote the note.');
    expect(entry!.alsoWritten).toMatchObject([{ field: 'note', text: WORK_NOTE, device: 'work' }]);
  });

  it('"bring it back" keeps the words also written: each text field holds both versions, the shown one first', async () => {
    // Before, only the shown version came back, and the card asked the person to copy the other first.
    const { w, home, work, id, bidId } = await world();
    await callOk(work.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: WORK_NOTE });
    w.wall += 60_000;
    await callOk(home.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: 'Home rewrote the note.' });
    await callOk(home.core!)('repair-bids:delete', { relationshipId: id, id: bidId });
    both(w, home, work);
    await callOk(await w.open(work))('raced-removals:resolve', { relationshipId: id, record: `repairBids/${bidId}`, choice: 'bring-back' });
    both(w, home, work);
    for (const d of [home, work]) {
      const [restored, ...rest] = await bids(await w.open(d), id);
      expect(rest, d.name).toEqual([]);
      expect(restored!.note, d.name).toBe(`Home rewrote the note. / ${WORK_NOTE}`);
      expect(restored!.what, d.name).toBe(bid.what);
    }
  });

  it('two computers that both bring it back before hearing of each other end with one entry', async () => {
    const { w, home, work, id, bidId } = await world();
    await callOk(home.core!)('repair-bids:delete', { relationshipId: id, id: bidId });
    await callOk(work.core!)('repair-bids:update', { relationshipId: id, id: bidId, ...bid, note: WORK_NOTE });
    both(w, home, work);
    for (const d of [home, work]) {
      await callOk(await w.open(d))('raced-removals:resolve', { relationshipId: id, record: `repairBids/${bidId}`, choice: 'bring-back' });
    }
    both(w, home, work);
    for (const d of [home, work]) {
      const core = await w.open(d);
      expect((await bids(core, id)).map((b) => b.note), d.name).toEqual([WORK_NOTE]);
      expect(await raced(core, id)).toEqual([]);
    }
  });

  it('importing an older backup that still holds a removed entry offers nothing, and the entry stays removed', async () => {
    const outside = memoryPlatform();
    let wall = Date.parse('2026-03-01T09:00:00.000Z');
    let n = 0;
    const core = await openCore({ files: new MemoryFileStore(), platform: outside.platform, newId: () => `id-${++n}`, now: () => new Date((wall += 60_000)), device: { id: 'cafecafecafecafe', name: 'Laptop' } });
    const person = await callOk(core)('relationships:create', sam);
    const gone = await callOk(core)('monitoring-notes:create', { relationshipId: person.id, at: '2026-02-21T09:00:00.000Z', kind: 'other', note: 'Removed after the backup.' });
    const backup = await callOk(core)('exports:backup', {});
    if (backup.cancelled) throw new Error('cancelled');
    await callOk(core)('monitoring-notes:delete', { relationshipId: person.id, id: gone.id });
    outside.dialogs.importFile = backup.files[0]!;
    const plan = (await callOk(core)('imports:check', {})) as Extract<ImportCheck, { cancelled: false }>;
    await callOk(core)('imports:apply', { token: plan.token });
    expect((await callOk(core)('journals:get', { relationshipId: person.id })).monitoringNotes).toEqual([]);
    expect(await raced(core, person.id)).toEqual([]);
  });
});

describe('an incident removed on one computer while the other was editing it', () => {
  const incident = {
    title: 'Missed the Acme deadline', occurredAt: '2026-11-20T16:30:00.000Z', facts: 'Due Friday, sent Monday.', impact: 'I asked for more time.',
    domains: ['reliability' as const], causes: [], baseline: { reliability: 6, competence: 6, sincerity: 7, care: 6, reliance: 5 }, stability: 3, status: 'open' as const,
  };
  const WORK_FACTS = 'Work added: sent Monday at ten past nine.';

  /**
   * Home logs an incident (with a plan about it) and removes it; work, not yet in step, rewrites its
   * facts; then both catch up. `undoFirst`: home presses Undo before work's words arrive.
   */
  async function racedIncident(options: { undoFirst?: boolean } = {}) {
    const w = new SyncWorld(['home', 'work']);
    const [home, work] = pair(w);
    const { id } = await callOk(await w.open(home))('relationships:create', sam);
    const made = await callOk(home.core!)('incidents:create', { relationshipId: id, ...incident });
    const prep = await callOk(home.core!)('preparations:start', { relationshipId: id, incidentId: made.id, plannedAt: null });
    w.transfer(home, work);
    await w.open(work);
    const before = (await callOk(home.core!)('journals:get', { relationshipId: id })).incidents[0]!;
    await callOk(home.core!)('incidents:delete', { relationshipId: id, id: made.id });
    const undone = options.undoFirst ? await callOk(home.core!)('entries:restore', { relationshipId: id, list: 'incidents', entry: before }) : null;
    await callOk(work.core!)('incidents:update', { relationshipId: id, id: made.id, ...incident, facts: WORK_FACTS });
    both(w, home, work);
    return { w, home, work, id, made, prep, before, undone, core: await w.open(home) };
  }

  it('"bring it back" returns it under a new id with the other computer\'s words, and the plan about it points at it again, everywhere', async () => {
    const { w, home, work, id, made, prep, core } = await racedIncident();
    const [entry] = await raced(core, id);
    expect(entry).toMatchObject({ collection: 'incidents', recordId: made.id });
    const back = await callOk(core)('raced-removals:resolve', { relationshipId: id, record: `incidents/${made.id}`, choice: 'bring-back' });
    expect(back.broughtBack).not.toBe(made.id);
    both(w, home, work);
    for (const d of [home, work]) {
      const j = await callOk(await w.open(d))('journals:get', { relationshipId: id });
      expect(j.incidents.map((i) => [i.id, i.facts])).toEqual([[back.broughtBack, WORK_FACTS]]);
      expect(j.preparations.map((p) => [p.id, p.incidentId])).toEqual([[prep.id, back.broughtBack]]);
    }
  });

  it('Undo of the removal, with the race known here, brings it back once with the other computer\'s words, and settles the card', async () => {
    const { id, before, core } = await racedIncident();
    expect(await raced(core, id)).toHaveLength(1);
    const back = await callOk(core)('entries:restore', { relationshipId: id, list: 'incidents', entry: before });
    expect((back as { facts: string }).facts).toBe(WORK_FACTS);
    const j = await callOk(core)('journals:get', { relationshipId: id });
    expect(j.incidents.map((i) => [i.id, i.facts])).toEqual([[back.id, WORK_FACTS]]);
    expect(await raced(core, id)).toEqual([]);
  });

  it('Undo after "Bring it back" is refused as back already, and nothing doubles', async () => {
    const { id, made, before, core } = await racedIncident();
    await callOk(core)('raced-removals:resolve', { relationshipId: id, record: `incidents/${made.id}`, choice: 'bring-back' });
    const again = await core.call('entries:restore', { relationshipId: id, list: 'incidents', entry: before });
    expect(again).toMatchObject({ ok: false, code: 'conflict', detail: { alreadyBack: true } });
    expect((await callOk(core)('journals:get', { relationshipId: id })).incidents).toHaveLength(1);
  });

  it('Undo before the other computer\'s words arrive, then "Bring it back" on the card: refused as back already, never a second copy', async () => {
    const { id, made, prep, undone, core } = await racedIncident({ undoFirst: true });
    const [card] = await raced(core, id);
    expect(card).toMatchObject({ recordId: made.id });
    expect(card!.entry).toMatchObject({ facts: WORK_FACTS }); // the words stay on offer, to copy
    const refused = await core.call('raced-removals:resolve', { relationshipId: id, record: `incidents/${made.id}`, choice: 'bring-back' });
    expect(refused).toMatchObject({ ok: false, code: 'conflict', detail: { alreadyBack: true } });
    expect((refused as { message: string }).message).toMatch(/^It is back already: Undo brought it back\./);
    await callOk(core)('raced-removals:resolve', { relationshipId: id, record: `incidents/${made.id}`, choice: 'let-go' });
    const j = await callOk(core)('journals:get', { relationshipId: id });
    expect(j.incidents.map((i) => i.id)).toEqual([undone!.id]);
    expect(j.preparations.map((p) => p.incidentId)).toEqual([undone!.id]);
    expect(prep.id).toBe(j.preparations[0]!.id);
  });

  it('Undo and "Bring it back" pressed at the same moment: one entry, and Undo answers back already rather than "another computer"', async () => {
    const { id, made, before, core } = await racedIncident();
    const [undo, card] = await Promise.all([
      core.call('entries:restore', { relationshipId: id, list: 'incidents', entry: before }),
      core.call('raced-removals:resolve', { relationshipId: id, record: `incidents/${made.id}`, choice: 'bring-back' }),
    ]);
    const answers = [undo, card].map((r) => (r.ok ? 'ok' : (r as { code: string }).code));
    expect(answers).toContain('ok');
    if (!undo.ok) expect(undo).toMatchObject({ code: 'conflict', detail: { alreadyBack: true } });
    expect((await callOk(core)('journals:get', { relationshipId: id })).incidents).toHaveLength(1);
  });
});


describe('a trust check removed on one computer while the other was correcting it', () => {
  const check = {
    at: '2026-11-24T09:00:00.000Z', ratings: { reliability: 4, competence: 5, sincerity: 5, care: 5, reliance: 4 },
    evidence: 'The weekly update arrived on Friday.', interpretation: '', activation: 0 as const, emotion: '', source: '', debriefId: null,
  };
  const WORK_EVIDENCE = 'Work added: the update came with the numbers this time.';

  async function racedCheck() {
    const w = new SyncWorld(['home', 'work']);
    const [home, work] = pair(w);
    const { id } = await callOk(await w.open(home))('relationships:create', sam);
    const made = await callOk(home.core!)('checks:create', { relationshipId: id, ...check });
    w.transfer(home, work);
    await w.open(work);
    const before = (await callOk(home.core!)('journals:get', { relationshipId: id })).checks[0]!;
    await callOk(home.core!)('checks:delete', { relationshipId: id, id: made.id });
    await callOk(work.core!)('checks:update', { relationshipId: id, id: made.id, ...check, evidence: WORK_EVIDENCE });
    both(w, home, work);
    return { w, home, work, id, made, before, core: await w.open(home) };
  }

  it('Undo of the removal, with the race known here, brings it back once with the other computer\'s words, and settles the card, as for every other entry', async () => {
    const { w, home, work, id, before, core } = await racedCheck();
    expect(await raced(core, id)).toHaveLength(1);
    const back = await callOk(core)('checks:restore', { relationshipId: id, check: before });
    expect(back.evidence).toBe(WORK_EVIDENCE);
    expect(await raced(core, id)).toEqual([]);
    both(w, home, work);
    for (const d of [home, work]) {
      const j = await callOk(await w.open(d))('journals:get', { relationshipId: id });
      expect(j.checks.map((c) => [c.id, c.evidence])).toEqual([[back.id, WORK_EVIDENCE]]);
    }
    // A second Undo is back already, and says so as Undo understands it.
    expect(await core.call('checks:restore', { relationshipId: id, check: before })).toMatchObject({ ok: false, code: 'conflict', detail: { alreadyBack: true } });
  });
});
