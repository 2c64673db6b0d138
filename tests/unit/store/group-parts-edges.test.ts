import { describe, expect, it } from 'vitest';
import { callOk, callResult } from '../../support/typed-call';
import { oldClock, oldLines, OLD_MEND as OLD, plansOnTwoComputers as twoComputers } from '../../support/plans-on-two-computers';
import type { ChangeLine } from '../../../src/core/store/change-line';
import { applyLine, materialize, recordValue, mergeRecords, type Records } from '../../../src/core/store/sync-state';
import { COLLECTIONS } from '../../../src/core/store/journal-replica';
import { diffJournals } from '../../../src/core/store/journal-diff';
import { recordsFrom } from '../../../src/core/store/snapshot-meta';

/**
 * Edges of syncing a preparation's and a debrief's groups of answers part by part (split-fields.ts),
 * found by attacking 6b0221a. Seven failed on it: a part of a group its schema fills in (an older plan's
 * apology, an older debrief's own side) written alone made the journal unreadable on both computers;
 * an old Mend's whole plan and a newer part gave a record that depended on the order lines came in; the
 * Trash's "Add them" brought a group back whole with one computer's parts (two tests, also so before);
 * and an old snapshot's conflict copy offered a story replaced since as written at the same time.
 */

describe('older plans lacking plan.apology / plan.expect (defaults)', () => {
  it('a part of the defaulted apology written on the new Mend: the journal still opens on both computers', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    // An old Mend (before apology/expect existed) wrote this preparation's plan whole, without them.
    const { apology: _a, expect: _e, ...oldPlan } = prep.plan;
    const t = oldClock(w);
    oldLines(home, id, [{ t, d: OLD, k: `preparations/${prep.id}`, s: { plan: [{ ...oldPlan, perspective: 'old words here' }, ''] } }]);
    w.transfer(home, work);
    const opened = await callOk(await w.open(home))('journals:get', { relationshipId: id });
    expect(opened.preparations[0]!.plan.apology.did).toBe('');
    await callOk(home.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { plan: { apology: { ...opened.preparations[0]!.plan.apology, did: 'I raised my voice.' } } } });
    w.transfer(home, work);
    for (const d of [home, work]) {
      const got = await callResult(await w.open(d))('journals:get', { relationshipId: id });
      expect(got.ok ? got.value.preparations[0]!.plan.apology : got).toMatchObject({ did: 'I raised my voice.', wanted: false, effect: '' });
    }
  });
});

describe('an old Mend\'s whole plan (no apology) meeting an apology part written on the new Mend', () => {
  it('the new part is newer than the old whole plan, the rest older: the journal still opens', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    const { apology: _a, expect: _e, ...oldPlan } = prep.plan;
    // The old Mend (that knew no apology) wrote the plan whole, after the preparation was started...
    const t = oldClock(w);
    // ...and, not having seen it, the new Mend at home writes one part of the apology, later.
    const opened = await callOk(home.core!)('journals:get', { relationshipId: id });
    await callOk(home.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { plan: { apology: { ...opened.preparations[0]!.plan.apology, did: 'I raised my voice.' } } } });
    oldLines(home, id, [{ t, d: OLD, k: `preparations/${prep.id}`, s: { plan: [{ ...oldPlan, perspective: 'old words here' }, ''] } }]);
    w.transfer(home, work);
    for (const d of [home, work]) {
      const got = await callResult(await w.open(d))('journals:get', { relationshipId: id });
      expect(got.ok ? { perspective: got.value.preparations[0]!.plan.perspective, did: got.value.preparations[0]!.plan.apology.did } : got).toEqual({ perspective: 'old words here', did: 'I raised my voice.' });
    }
  });
});

const STORY = 'I decided they did not care about the client.';
const CAMERA = 'The deck went out two days late. Nobody flagged it.';

describe('the Trash "Add them" flow with a preparation\'s groups', () => {
  it('work changed one part (before hearing of the delete), home another after bringing Sam back: both parts are kept', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    // Work, not yet told, writes what a camera saw and how stirred up it is.
    await callOk(work.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { camera: CAMERA }, coolDown: { activation: 2 } } });
    // Home deletes Sam and brings them back, then writes the story and where the feeling comes from.
    await callOk(home.core!)('relationships:delete', { id });
    const [item] = await callOk(home.core!)('trash:list', {});
    const back = await callOk(home.core!)('trash:restore', { file: item!.file });
    await callOk(home.core!)('preparations:save-draft', { relationshipId: back.id, id: prep.id, patch: { facts: { story: STORY }, coolDown: { source: 'the last review went badly' } } });
    w.transfer(work, home);
    const core = await w.open(home);
    const [late] = await callOk(core)('trash:list', {});
    expect(late).toBeDefined();
    await callOk(core)('trash:restore', { file: late!.file });
    const p = (await callOk(core)('journals:get', { relationshipId: back.id })).preparations[0]!;
    expect({ story: p.facts.story, camera: p.facts.camera, activation: p.coolDown.activation, source: p.coolDown.source })
      .toEqual({ story: STORY, camera: CAMERA, activation: 2, source: 'the last review went badly' });
  });
});

describe('"also written" versions of a part, kept or dropped', () => {
  for (const choice of ['keep', 'drop'] as const) {
    it(`${choice}: both computers converge after a restart, and nothing is offered again`, async () => {
      const { w, home, work, id, debrief } = await twoComputers();
      const save = (core: NonNullable<typeof home.core>, notes: string) =>
        callOk(core)('debriefs:save', { relationshipId: id, id: debrief.id, heldAt: debrief.heldAt, steps: { ...debrief.steps, perspective: { ...debrief.steps.perspective, notes } }, theirView: '', diagnosis: debrief.diagnosis, surprised: '', learned: '', differently: '', fewerCommitmentsReason: '', commitmentDrafts: [] });
      await save(home.core!, 'Home: they told me about the crunch.');
      await save(work.core!, 'Work: they said nothing at first.');
      w.transfer(home, work);
      w.transfer(work, home);
      let core = await w.open(home);
      const [alt, ...more] = await callOk(core)('alternatives:list', { relationshipId: id });
      expect(more).toEqual([]);
      expect(alt!.field).toBe('steps.perspective.notes');
      const shownBefore = alt!.shown.text;
      await callOk(core)('alternatives:resolve', { relationshipId: id, record: alt!.record, field: alt!.field, version: alt!.version, choice });
      await core.settled?.();
      const want = choice === 'keep' ? alt!.other.text : shownBefore;
      w.transfer(home, work);
      w.transfer(work, home);
      for (const d of [home, work, home]) {
        core = await w.open(d);
        expect(await callOk(core)('alternatives:list', { relationshipId: id })).toEqual([]);
        expect((await callOk(core)('journals:get', { relationshipId: id })).debriefs[0]!.steps.perspective.notes).toBe(want);
      }
    });
  }
});

describe('a debrief removed on one computer while the other wrote in one of its parts', () => {
  it('is offered on both; brought back, it is whole with the raced part, and nothing is offered again after a restart', async () => {
    const { w, home, work, id, debrief } = await twoComputers();
    await callOk(home.core!)('debriefs:discard', { relationshipId: id, id: debrief.id });
    await callOk(work.core!)('debriefs:save', { relationshipId: id, id: debrief.id, heldAt: debrief.heldAt, steps: { ...debrief.steps, permission: { happened: 'yes', notes: 'Work: asked first this time.' } }, theirView: '', diagnosis: debrief.diagnosis, surprised: '', learned: '', differently: '', fewerCommitmentsReason: '', commitmentDrafts: [] });
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const core = await w.open(d);
      const list = await callOk(core)('raced-removals:list', { relationshipId: id });
      expect(list.map((r) => r.record)).toEqual([`debriefs/${debrief.id}`]);
    }
    const back = await callOk(home.core!)('raced-removals:resolve', { relationshipId: id, record: `debriefs/${debrief.id}`, choice: 'bring-back' });
    expect(back.remaining).toEqual([]);
    await home.core!.settled?.();
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const core = await w.open(d);
      expect(await callOk(core)('raced-removals:list', { relationshipId: id })).toEqual([]);
      const [got, ...rest] = (await callOk(core)('journals:get', { relationshipId: id })).debriefs;
      expect(rest).toEqual([]);
      expect(got!.id).toBe(back.broughtBack);
      expect(got!.steps.permission).toEqual({ happened: 'yes', notes: 'Work: asked first this time.' });
      expect(got!.steps.perspective).toEqual(debrief.steps.perspective);
    }
  });
});


describe('snapshots written before groups were split (folder format 2)', () => {
  const rel = { id: 'r1', name: 'Sam', role: '', kind: 'direct-report', started: null, notes: '', createdAt: 'x', updatedAt: 'x' };
  const facts = { camera: 'Late deck.', story: 'I assumed the worst of them.', otherExplanations: '', trustedColleague: '' };
  const journal = (f: typeof facts) => ({ relationship: rel, preparations: [{ id: 'p1', facts: f }] });
  const oldMeta = (groupClock: string, device: string) => ({
    v: 1 as const, heads: {},
    r: { relationship: { o: '0', c: '0001-a', d: 'a' }, 'preparations/p1': { o: '0001-a', c: '0001-a', d: 'a', f: { facts: [groupClock, device] as [string, string] } } },
  });

  it('give each part the group\'s clock, so a newer part line that replaced it offers nothing back', () => {
    const records = recordsFrom(journal(facts), ['preparations'], oldMeta('0005-b', 'b'), 'a');
    expect(records.get('preparations/p1')!.f['facts.story']).toMatchObject({ t: '0005-b', d: 'b', v: facts.story });
    applyLine(records, { t: '0006-a', d: 'a', k: 'preparations/p1', s: { 'facts.story': ['Maybe they were swamped.', '0005-b'] } });
    const f = records.get('preparations/p1')!.f;
    expect([f['facts.story']!.v, f['facts.story']!.a, f['facts.camera']!.v]).toEqual(['Maybe they were swamped.', undefined, 'Late deck.']);
    expect((materialize(records, ['preparations'])!['preparations'] as { facts: unknown }[])[0]!.facts).toEqual({ ...facts, story: 'Maybe they were swamped.' });
  });

  it('an old conflict copy holding the group as it was before the snapshot\'s own (later, sequential) write offers no ghost "also written" story', () => {
    // Main: device b rewrote the story at 0005-b, having seen a's 0003-a version (a format-2 snapshot keeps no `p` for a group).
    const main = recordsFrom(journal({ ...facts, story: 'b: rewritten after reading a\'s.' }), ['preparations'], oldMeta('0005-b', 'b'), 'a');
    // The copy: the same snapshot as it stood before, with a's 0003-a version of the group.
    const copy = recordsFrom(journal({ ...facts, story: 'a: the first story, replaced since.' }), ['preparations'], oldMeta('0003-a', 'a'), 'a');
    mergeRecords(main, copy);
    const story = main.get('preparations/p1')!.f['facts.story']!;
    expect([story.v, story.a]).toEqual(['b: rewritten after reading a\'s.', undefined]);
  });
});

describe('old-format lines in a log, folded into snapshots and trimmed', () => {
  it('a whole facts group from the old Mend, then part edits on both computers, folded and reopened: the same on both', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    const t = oldClock(w);
    oldLines(home, id, [{ t, d: OLD, k: `preparations/${prep.id}`, s: { facts: [{ ...prep.facts, camera: CAMERA, trustedColleague: 'Ask Priya.' }, ''] } }]);
    w.transfer(home, work);
    await w.open(home);
    await w.open(work);
    for (let i = 0; i < 6; i++) await callOk(home.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: `${STORY} ${i}` } } });
    for (let i = 0; i < 6; i++) await callOk(work.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { otherExplanations: `Swamped ${i}` } } });
    await home.core!.settled?.();
    await work.core!.settled?.();
    for (let round = 0; round < 3; round++) {
      w.transfer(home, work);
      w.transfer(work, home);
      for (const d of [home, work]) await (await w.open(d)).settled?.();
    }
    for (const d of [home, work]) {
      const core = await w.open(d);
      const p = (await callOk(core)('journals:get', { relationshipId: id })).preparations[0]!;
      expect(p.facts).toEqual({ camera: CAMERA, story: `${STORY} 5`, otherExplanations: 'Swamped 5', trustedColleague: 'Ask Priya.' });
      expect(await callOk(core)('alternatives:list', { relationshipId: id })).toEqual([]);
    }
  });
});

describe('more on the Trash "Add them" flow', () => {
  it('home changed the cool-down after bringing Sam back, work (later, not told) another part of it: home\'s number is not put back to the old one', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    await callOk(home.core!)('relationships:delete', { id });
    const [item] = await callOk(home.core!)('trash:list', {});
    const back = await callOk(home.core!)('trash:restore', { file: item!.file });
    await callOk(home.core!)('preparations:save-draft', { relationshipId: back.id, id: prep.id, patch: { coolDown: { activation: 3 }, facts: { story: STORY } } });
    // Work, not yet told of the delete, writes later: another part of each group.
    await callOk(work.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { coolDown: { source: 'the last review went badly' }, facts: { camera: CAMERA } } });
    w.transfer(work, home);
    const core = await w.open(home);
    const [late] = await callOk(core)('trash:list', {});
    await callOk(core)('trash:restore', { file: late!.file });
    const p = (await callOk(core)('journals:get', { relationshipId: back.id })).preparations[0]!;
    expect({ story: p.facts.story, camera: p.facts.camera, activation: p.coolDown.activation, source: p.coolDown.source })
      .toEqual({ story: STORY, camera: CAMERA, activation: 3, source: 'the last review went badly' });
  });
});

describe('an older debrief lacking ownSide (schema default)', () => {
  it('one part of the defaulted ownSide saved on the new Mend: the journal still opens on both computers', async () => {
    const { w, home, work, id, debrief } = await twoComputers();
    const { ownSide: _o, ...oldDebrief } = debrief;
    const t = oldClock(w);
    // An old Mend (before the leader's own side) wrote the debrief whole, without ownSide.
    oldLines(home, id, [{ t, d: OLD, k: `debriefs/old-debrief`, o: t, s: Object.fromEntries(Object.entries({ ...oldDebrief, id: 'old-debrief' }).map(([k, v]) => [k, [v, '']])) }]);
    w.transfer(home, work);
    const core = await w.open(home);
    const old = (await callOk(core)('journals:get', { relationshipId: id })).debriefs.find((d) => d.id === 'old-debrief')!;
    expect(old.ownSide.talkActivation).toBeNull();
    const { id: _i, createdAt: _c, updatedAt: _u, status: _s, preparationId: _p, incidentId: _n, ...fields } = old;
    await callOk(core)('debriefs:save', { relationshipId: id, id: old.id, ...fields, ownSide: { ...old.ownSide, talkActivation: 2 } });
    w.transfer(home, work);
    for (const d of [home, work]) {
      const got = await callResult(await w.open(d))('journals:get', { relationshipId: id });
      expect(got.ok ? got.value.debriefs.find((x) => x.id === 'old-debrief')!.ownSide.talkActivation : got).toBe(2);
    }
  });
});

describe('a raced removal folded into snapshots before it is settled', () => {
  it('a debrief discarded at home while work writes a step\'s part; both fold and reopen; brought back whole on both', async () => {
    const { w, home, work, id, debrief } = await twoComputers();
    await callOk(home.core!)('debriefs:discard', { relationshipId: id, id: debrief.id });
    const save = (notes: string) => callOk(work.core!)('debriefs:save', { relationshipId: id, id: debrief.id, heldAt: debrief.heldAt, steps: { ...debrief.steps, forward: { happened: 'partly', notes } }, theirView: '', diagnosis: debrief.diagnosis, surprised: '', learned: '', differently: '', fewerCommitmentsReason: '', commitmentDrafts: [] });
    for (let i = 0; i < 6; i++) await save(`Work: next steps ${i}.`);
    await work.core!.settled?.();
    for (let round = 0; round < 2; round++) {
      w.transfer(home, work);
      w.transfer(work, home);
      for (const d of [home, work]) await (await w.open(d)).settled?.();
    }
    let core = await w.open(home);
    const [raced] = await callOk(core)('raced-removals:list', { relationshipId: id });
    expect(raced?.record).toBe(`debriefs/${debrief.id}`);
    const back = await callOk(core)('raced-removals:resolve', { relationshipId: id, record: `debriefs/${debrief.id}`, choice: 'bring-back' });
    await core.settled?.();
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      core = await w.open(d);
      expect(await callOk(core)('raced-removals:list', { relationshipId: id })).toEqual([]);
      const got = (await callOk(core)('journals:get', { relationshipId: id })).debriefs;
      expect(got.map((x) => [x.id, x.steps.forward])).toEqual([[back.broughtBack, { happened: 'partly', notes: 'Work: next steps 5.' }]]);
    }
  });
});

describe('snapshots of the new format and their conflict copies', () => {
  it('both computers fold different parts into snapshots; the sync tool leaves conflict copies: both parts, nothing offered, the same on both', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    for (let i = 0; i < 6; i++) await callOk(home.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: `${STORY} ${i}` }, plan: { perspective: `Home plan ${i}.` } } });
    for (let i = 0; i < 6; i++) await callOk(work.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { camera: `${CAMERA} ${i}` }, coolDown: { fears: ['client'] } } });
    await home.core!.settled?.();
    await work.core!.settled?.();
    w.transfer(home, work, { conflictCopies: true });
    w.transfer(work, home, { conflictCopies: true });
    for (const d of [home, work]) {
      const core = await w.open(d);
      const p = (await callOk(core)('journals:get', { relationshipId: id })).preparations[0]!;
      expect([p.facts.story, p.facts.camera, p.plan.perspective, p.coolDown.fears]).toEqual([`${STORY} 5`, `${CAMERA} 5`, 'Home plan 5.', ['client']]);
      expect(await callOk(core)('alternatives:list', { relationshipId: id })).toEqual([]);
    }
  });

  it('a kept "also written" story survives folding into snapshots on both computers and is not offered again', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    await callOk(home.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: STORY } } });
    await callOk(work.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: 'Maybe they were swamped with the launch.' } } });
    w.transfer(home, work);
    w.transfer(work, home);
    let core = await w.open(work);
    const [alt] = await callOk(core)('alternatives:list', { relationshipId: id });
    await callOk(core)('alternatives:resolve', { relationshipId: id, record: alt!.record, field: alt!.field, version: alt!.version, choice: 'keep' });
    for (let i = 0; i < 6; i++) await callOk(core)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { camera: `${CAMERA} ${i}` } } });
    await core.settled?.();
    for (let round = 0; round < 2; round++) {
      w.transfer(home, work);
      w.transfer(work, home);
      for (const d of [home, work]) await (await w.open(d)).settled?.();
    }
    for (const d of [home, work]) {
      core = await w.open(d);
      expect(await callOk(core)('alternatives:list', { relationshipId: id })).toEqual([]);
      const p = (await callOk(core)('journals:get', { relationshipId: id })).preparations[0]!;
      expect([p.facts.story, p.facts.camera]).toEqual([alt!.other.text, `${CAMERA} 5`]);
    }
  });
});

describe('applying lines is commutative (sync-state.ts: "whatever order the lines came in")', () => {
  const rel = { id: 'r1', name: 'Sam', role: '', kind: 'direct-report', started: null, notes: '', createdAt: 'x', updatedAt: 'x' };
  const steps = { perspective: '', permission: '', experience: '', forward: '', commitment: '' };
  const relLine: ChangeLine = { t: '0001-a', d: 'a', k: 'relationship', s: Object.fromEntries(Object.entries(rel).map(([k, v]) => [k, [v, '']])) };
  // A new Mend's write of one part of the apology (it had seen the plan created at 0001-a).
  const part: ChangeLine = { t: '0003-b', d: 'b', k: 'preparations/p1', s: { 'plan.apology.did': ['I raised my voice.', '0001-a'] } };
  // An old Mend's later write of the whole plan, as it knew it (no apology), not having seen 0003-b.
  const whole: ChangeLine = { t: '0005-c', d: 'c', k: 'preparations/p1', s: { plan: [{ ...steps, perspective: 'Old words.' }, '0001-a'] } };
  const fold = (lines: ChangeLine[]) => {
    const records: Records = new Map();
    for (const l of [relLine, ...lines]) applyLine(records, structuredClone(l));
    return recordValue(records.get('preparations/p1')!);
  };

  it('an old whole-group line and a newer Mend\'s part line give the same record in either order', () => {
    expect(fold([whole, part])).toEqual(fold([part, whole]));
  });
});

describe('a debrief save that sends the whole steps group', () => {
  it('is written as the one part that changed, with that part\'s clock', async () => {
    const { w, home, id, debrief } = await twoComputers();
    const core = await w.open(home);
    const before = await callOk(core)('journals:get', { relationshipId: id });
    const after = structuredClone(before);
    after.debriefs[0]!.steps = { ...debrief.steps, experience: { ...debrief.steps.experience, notes: 'They felt blindsided.' } };
    const records: Records = new Map();
    for (const change of diffJournals(null, before as never, COLLECTIONS, records)) applyLine(records, { t: '0001-a', d: 'a', ...change });
    const changes = diffJournals(before as never, after as never, COLLECTIONS, records);
    expect(changes).toEqual([{ k: `debriefs/${debrief.id}`, s: { 'steps.experience.notes': ['They felt blindsided.', '0001-a'] } }]);
  });
});
