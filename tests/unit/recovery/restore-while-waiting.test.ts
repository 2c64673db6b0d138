import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/core/open-core';
import { decodeEnvelopeWithSync } from '../../../src/core/store/envelope';
import { decodeLog } from '../../../src/core/store/change-line';
import { journalSpec } from '../../../src/core/model/journal';
import { callOk } from '../../support/typed-call';
import { laptopAndOld } from '../../support/laptop-and-old';

/**
 * "Restore an earlier version" on a computer whose journal is waiting for another computer's newer
 * snapshot: the laptop forgot the old computer and trimmed its log past the snapshot the old one
 * holds, so a removal the laptop folded into its snapshot is in no log the old computer can read.
 * After everything has arrived, on both computers: every entry of the restored version is there
 * exactly once, and nothing anyone wrote since is lost.
 */
const sam = { name: 'Sam', role: '', kind: 'direct-report' as const, started: null, notes: '' };


/** Every entry's text, sorted: the repair bids' and the notes'. */
const notes = async (core: Core, id: string) => {
  const j = await callOk(core)('journals:get', { relationshipId: id });
  return [...j.repairBids.map((b) => b.what), ...j.monitoringNotes.map((n) => n.note)].sort();
};
const add = (core: Core, id: string, text: string) => callOk(core)('monitoring-notes:create', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: text });
const bid = { at: '2026-11-30T10:00:00.000Z', by: 'me' as const, received: 'well' as const, note: '' };
const addBid = (core: Core, id: string, what: string) => callOk(core)('repair-bids:create', { relationshipId: id, ...bid, what });

/**
 * Laptop writes Sam with repair bids A and B; the old computer gets it all, edits twice (its own snapshot, so
 * the laptop's, holding A and B, becomes its earlier version) and syncs back. Forty days on, the laptop
 * removes A (`removeOnLaptop`), writes six notes, forgets the old computer and trims. Only its log
 * reaches the old computer: the removal of A is in the laptop's snapshot alone, still on the way.
 */
async function waitingOnOld(removeOnLaptop = true) {
  const w = laptopAndOld();
  const { laptop, old, open, transfer, later } = w;
  let core = await open(laptop);
  const { id } = await callOk(core)('relationships:create', sam);
  const a = await addBid(core, id, 'A');
  await addBid(core, id, 'B');
  await core.settled?.();
  transfer(laptop, old);
  core = await open(old);
  await callOk(core)('relationships:update', { id, ...sam, role: 'Lead' });
  await callOk(core)('relationships:update', { id, ...sam, role: 'Lead', notes: 'from the old computer' });
  await core.settled?.();
  transfer(old, laptop);

  later(40);
  core = await open(laptop);
  expect(await notes(core, id)).toEqual(['A', 'B']);
  if (removeOnLaptop) await callOk(core)('repair-bids:delete', { relationshipId: id, id: a.id });
  for (let i = 0; i < 6; i++) await add(core, id, `laptop ${i}`);
  await core.settled?.();
  await callOk(await open(laptop))('devices:forget', { id: old.id });
  await (await open(laptop)).settled?.();
  const log = `logs/${id}.${laptop.id}.log`;
  const logText = new TextDecoder().decode(laptop.files.files.get(log)!);
  const oldHeads = decodeEnvelopeWithSync(journalSpec, old.files.files.get(`relationships/${id}.json`)!).sync as { heads: Record<string, number> };
  // The premise: the laptop's log is trimmed past what the old computer's snapshot holds, and A's removal went with it.
  expect(decodeLog(logText).base).toBeGreaterThan(oldHeads.heads[`${id}.${laptop.id}.log`] ?? 0);
  if (removeOnLaptop) expect(logText).not.toContain(`repairBids/${a.id}`);
  transfer(laptop, old, 'none');
  const oldSnapshot = old.files.files.get(`relationships/${id}.json`)!;
  return { ...w, id, a, oldSnapshot };
}

/** The laptop's newer snapshot reaches the old computer (the old one wrote none meanwhile), then the old one's log reaches the laptop. */
function everythingArrives(w: Awaited<ReturnType<typeof waitingOnOld>>) {
  const path = `relationships/${w.id}.json`;
  const oldNow = w.old.files.files.get(path)!;
  expect(Buffer.from(oldNow).equals(Buffer.from(w.oldSnapshot))).toBe(true); // else the sync tool would have made a conflict copy
  w.transfer(w.laptop, w.old);
  w.transfer(w.old, w.laptop, 'none');
}

const LAPTOP_NOTES = Array.from({ length: 6 }, (_, i) => `laptop ${i}`);

describe('restoring an earlier version while the journal waits for the newer snapshot', () => {
  it('an entry the laptop removed (its removal folded and trimmed) comes back once, on both computers', async () => {
    const w = await waitingOnOld();
    let core = await w.open(w.old);
    expect(await notes(core, w.id)).toEqual(['A', 'B']); // A still shows: its removal (and the laptop's notes) has not arrived
    const version = (await callOk(core)('journals:backups', { relationshipId: w.id })).find((v) => v.entries === 2)!;
    expect(version).toBeDefined();
    const restored = await callOk(core)('journals:restore', { relationshipId: w.id, backupId: version.id });
    expect(restored.repairBids.map((b) => b.what).sort()).toEqual(['A', 'B']);
    await core.settled?.();
    everythingArrives(w);
    for (const d of [w.old, w.laptop]) {
      core = await w.open(d);
      expect({ on: d.name, notes: await notes(core, w.id) }).toEqual({ on: d.name, notes: ['A', 'B', ...LAPTOP_NOTES].sort() });
    }
  });

  it('the same after the old computer edited A (which it still saw), then restored', async () => {
    const w = await waitingOnOld();
    let core = await w.open(w.old);
    await callOk(core)('repair-bids:update', { relationshipId: w.id, id: w.a.id, ...bid, what: 'A', note: 'edited on the old computer' });
    const version = (await callOk(core)('journals:backups', { relationshipId: w.id })).find((v) => v.entries === 2)!;
    await callOk(core)('journals:restore', { relationshipId: w.id, backupId: version.id });
    await core.settled?.();
    everythingArrives(w);
    for (const d of [w.old, w.laptop]) {
      core = await w.open(d);
      expect({ on: d.name, notes: await notes(core, w.id) }).toEqual({ on: d.name, notes: ['A', 'B', ...LAPTOP_NOTES].sort() });
    }
  });

  it('nothing removed anywhere: every entry of the version is there once after the newer snapshot arrives', async () => {
    const w = await waitingOnOld(false);
    let core = await w.open(w.old);
    const version = (await callOk(core)('journals:backups', { relationshipId: w.id })).find((v) => v.entries === 2)!;
    await callOk(core)('journals:restore', { relationshipId: w.id, backupId: version.id });
    await core.settled?.();
    everythingArrives(w);
    for (const d of [w.old, w.laptop]) {
      core = await w.open(d);
      expect({ on: d.name, notes: await notes(core, w.id) }).toEqual({ on: d.name, notes: ['A', 'B', ...LAPTOP_NOTES].sort() });
    }
  });

  it('both computers write on after the restore, before anything arrives: all of it is there once', async () => {
    const w = await waitingOnOld();
    let core = await w.open(w.old);
    const version = (await callOk(core)('journals:backups', { relationshipId: w.id })).find((v) => v.entries === 2)!;
    await callOk(core)('journals:restore', { relationshipId: w.id, backupId: version.id });
    await add(core, w.id, 'old, after the restore');
    await core.settled?.();
    const laptop = await w.open(w.laptop);
    await add(laptop, w.id, 'laptop, meanwhile');
    await laptop.settled?.();
    everythingArrives(w);
    for (const d of [w.old, w.laptop]) {
      core = await w.open(d);
      const expected = ['A', 'B', ...LAPTOP_NOTES, 'laptop, meanwhile', 'old, after the restore'].sort();
      expect({ on: d.name, notes: await notes(core, w.id) }).toEqual({ on: d.name, notes: expected });
    }
  });

  it('the newer snapshot arrives first, then the restore: the removed entry comes back once, the others keep their ids', async () => {
    const w = await waitingOnOld();
    everythingArrives(w);
    let core = await w.open(w.old);
    expect(await notes(core, w.id)).toEqual(['B', ...LAPTOP_NOTES]);
    const b = (await callOk(core)('journals:get', { relationshipId: w.id })).repairBids.find((x) => x.what === 'B')!;
    const version = (await callOk(core)('journals:backups', { relationshipId: w.id })).find((v) => v.entries === 2)!;
    await callOk(core)('journals:restore', { relationshipId: w.id, backupId: version.id });
    await core.settled?.();
    w.transfer(w.old, w.laptop, 'none');
    for (const d of [w.old, w.laptop]) {
      core = await w.open(d);
      expect({ on: d.name, notes: await notes(core, w.id) }).toEqual({ on: d.name, notes: ['A', 'B'] });
      expect((await callOk(core)('journals:get', { relationshipId: w.id })).repairBids.find((x) => x.what === 'B')?.id).toBe(b.id);
    }
  });
});
