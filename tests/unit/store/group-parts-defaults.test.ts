import { describe, expect, it } from 'vitest';
import { callOk, callResult } from '../../support/typed-call';
import { oldClock, oldLines, OLD_MEND as OLD, plansOnTwoComputers as twoComputers } from '../../support/plans-on-two-computers';
import type { SimDevice, SyncWorld } from '../../support/sync-sim';
import type { ChangeLine } from '../../../src/core/store/change-line';
import { mergeRecords } from '../../../src/core/store/sync-state';
import { metaOf, recordsFrom } from '../../../src/core/store/snapshot-meta';

/**
 * Parts the schema fills in (an older plan's apology, an older debrief's own side) and parts laid out
 * from a group an older snapshot held whole, found by a review of afd6258. Three failed on it: a computer
 * wrote the defaults of an older debrief's own side as answers of its own, so the later computer's blank
 * put the other's answer back (lost, or offered back as if the blank were the answer); and a format-2
 * snapshot folded again forgot which parts came from a whole group, so its conflict copy offered a story
 * replaced since. Defaults are now filled in by every computer with the genesis clock
 * (split-fields.ts fillDefaultParts), and snapshots keep which parts came from a whole group.
 */
describe('parts of an older plan\'s apology', () => {
  it('an older plan (no apology): home ticks "wanted", work later writes one apology part, both kept', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    const { apology: _a, expect: _e, ...oldPlan } = prep.plan;
    const t = oldClock(w);
    oldLines(home, id, [{ t, d: OLD, k: `preparations/${prep.id}`, s: { plan: [{ ...oldPlan, perspective: 'old words here' }, ''] } }]);
    w.transfer(home, work);
    const atHome = (await callOk(await w.open(home))('journals:get', { relationshipId: id })).preparations[0]!;
    const atWork = (await callOk(await w.open(work))('journals:get', { relationshipId: id })).preparations[0]!;
    // Neither has heard of the other's change: each writes one part of the apology.
    await callOk(home.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { plan: { apology: { ...atHome.plan.apology, wanted: true } } } });
    await callOk(work.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { plan: { apology: { ...atWork.plan.apology, did: 'I raised my voice.' } } } });
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const got = await callResult(await w.open(d))('journals:get', { relationshipId: id });
      expect(got.ok ? { wanted: got.value.preparations[0]!.plan.apology.wanted, did: got.value.preparations[0]!.plan.apology.did } : got)
        .toEqual({ wanted: true, did: 'I raised my voice.' });
    }
  });
});

/** A debrief written by an old Mend (before the leader's own side existed), created whole in its log. */
function oldDebrief(w: SyncWorld, d: SimDevice, relId: string, id: string): void {
  const t = oldClock(w);
  const at = new Date(w.wall - 60_000).toISOString().replace('Z', '+00:00');
  const steps = Object.fromEntries(['perspective', 'permission', 'experience', 'forward', 'commitment'].map((s) => [s, { happened: null, notes: '' }]));
  const fields: Record<string, unknown> = {
    id, createdAt: at, updatedAt: at, preparationId: null, incidentId: null, status: 'draft', heldAt: at, steps, theirView: '',
    diagnosis: { guessed: null, outcome: null, actual: null }, surprised: '', learned: 'old words', differently: '', fewerCommitmentsReason: '', commitmentDrafts: [],
  };
  oldLines(d, relId, [{ t, d: OLD, k: `debriefs/${id}`, s: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [v, '']])), o: t } as ChangeLine]);
}

describe('an older debrief without its own side, patched on two computers at once', () => {
  it('home answers how hot the talk was, work (later) writes how they reacted: both answers kept', async () => {
    const { w, home, work, id } = await twoComputers();
    oldDebrief(w, home, id, 'old-debrief');
    w.transfer(home, work);
    const opened = (await callOk(await w.open(home))('journals:get', { relationshipId: id })).debriefs.find((x) => x.id === 'old-debrief')!;
    expect(opened.ownSide.talkActivation).toBe(null);
    await w.open(work);
    await callOk(home.core!)('debriefs:patch', { relationshipId: id, id: 'old-debrief', patch: { ownSide: { talkActivation: 2 } } });
    await callOk(work.core!)('debriefs:patch', { relationshipId: id, id: 'old-debrief', patch: { ownSide: { happenedWords: 'They relaxed once I owned it.' } } });
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const got = await callResult(await w.open(d))('journals:get', { relationshipId: id });
      const deb = got.ok ? got.value.debriefs.find((x) => x.id === 'old-debrief')! : null;
      expect(deb ? { talk: deb.ownSide.talkActivation, words: deb.ownSide.happenedWords, learned: deb.learned } : got)
        .toEqual({ talk: 2, words: 'They relaxed once I owned it.', learned: 'old words' });
    }
  });
});

describe('an older debrief without its own side, a text part written first', () => {
  it('home writes what it did (the apology), work (later) answers how hot the talk was: the words show, not blank', async () => {
    const { w, home, work, id } = await twoComputers();
    oldDebrief(w, home, id, 'old-debrief');
    w.transfer(home, work);
    await w.open(home);
    await w.open(work);
    await callOk(home.core!)('debriefs:patch', { relationshipId: id, id: 'old-debrief', patch: { ownSide: { apology: { did: 'I snapped in the stand-up.' } } } });
    await callOk(work.core!)('debriefs:patch', { relationshipId: id, id: 'old-debrief', patch: { ownSide: { talkActivation: 1 } } });
    w.transfer(home, work);
    w.transfer(work, home);
    const core = await w.open(home);
    const deb = (await callOk(core)('journals:get', { relationshipId: id })).debriefs.find((x) => x.id === 'old-debrief')!;
    const offered = await callOk(core)('alternatives:list', { relationshipId: id });
    expect({ did: deb.ownSide.apology.did, talk: deb.ownSide.talkActivation, offered: offered.length })
      .toEqual({ did: 'I snapped in the stand-up.', talk: 1, offered: 0 });
  });
});

describe('a format-2 snapshot folded again by the new Mend (now marked split) keeps what it did not know', () => {
  const rel = { id: 'r1', name: 'Sam', role: '', kind: 'direct-report', started: null, notes: '', createdAt: 'x', updatedAt: 'x' };
  const facts = { camera: 'Late deck.', story: 'I assumed the worst of them.', otherExplanations: '', trustedColleague: '' };
  const journal = (f: typeof facts) => ({ relationship: rel, preparations: [{ id: 'p1', facts: f }] });
  const oldMeta = (groupClock: string, device: string) => ({
    v: 1 as const, heads: {},
    r: { relationship: { o: '0', c: '0001-a', d: 'a' }, 'preparations/p1': { o: '0001-a', c: '0001-a', d: 'a', f: { facts: [groupClock, device] as [string, string] } } },
  });

  it('the old conflict copy, refolded on a (the story only laid out from its group), offers no ghost "also written" story', () => {
    // Main: b's format-2 snapshot, b rewrote the story at 0005-b having seen a's 0003-a version.
    const main = recordsFrom(journal({ ...facts, story: "b: rewritten after reading a's." }), ['preparations'], oldMeta('0005-b', 'b'), 'b');
    // a's format-2 snapshot (a's 0003-a story), opened by the new Mend on a and folded again (any new
    // entry in the journal does it) before the sync tool made it a conflict copy: it now says `split`.
    const onA = recordsFrom(journal({ ...facts, story: 'a: the first story, replaced since.' }), ['preparations'], oldMeta('0003-a', 'a'), 'a');
    const refolded = metaOf(onA, new Map(), Date.parse('2026-12-01T09:00:00Z'));
    const copy = recordsFrom(journal({ ...facts, story: 'a: the first story, replaced since.' }), ['preparations'], refolded, 'a');
    mergeRecords(main, copy);
    const story = main.get('preparations/p1')!.f['facts.story']!;
    expect([story.v, story.a]).toEqual(["b: rewritten after reading a's.", undefined]);
  });
});
