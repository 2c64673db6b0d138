import { describe, expect, it } from 'vitest';
import { callOk } from '../../support/typed-call';
import { plansOnTwoComputers as twoComputers } from '../../support/plans-on-two-computers';
import { applyLine, materialize, type Records } from '../../../src/core/store/sync-state';
import { COLLECTIONS } from '../../../src/core/store/journal-replica';
import { diffJournals } from '../../../src/core/store/journal-diff';

/**
 * A preparation's and a debrief's groups of answers (facts, cool-down, plan; steps, diagnosis, own
 * side) written on two computers at once. Each part is synced on its own (split-fields.ts), so what one
 * computer wrote in one part is never undone by the other computer's copy of the whole group. Before,
 * the group was one field: the later computer's whole group won, and a story typed on the other one
 * was gone with nothing offered back (the first test failed: story '' on both computers).
 */

const STORY = 'I decided they did not care about the client.';
const CAMERA = 'The deck went out two days late. Nobody flagged it.';

describe('a group of answers written on two computers at once', () => {
  it('keeps the part each computer wrote: the story here, what a camera saw there', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    await callOk(home.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: STORY } } });
    await callOk(work.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { camera: CAMERA }, coolDown: { activation: 2 } } });
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const p = (await callOk(await w.open(d))('journals:get', { relationshipId: id })).preparations[0]!;
      expect({ story: p.facts.story, camera: p.facts.camera, activation: p.coolDown.activation }).toEqual({ story: STORY, camera: CAMERA, activation: 2 });
    }
  });

  it('offers back the other text when both computers wrote the same part', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    await callOk(home.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: STORY } } });
    await callOk(work.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: 'Maybe they were swamped with the launch.' } } });
    w.transfer(home, work);
    w.transfer(work, home);
    const shown: string[] = [];
    for (const d of [home, work]) {
      const core = await w.open(d);
      shown.push((await callOk(core)('journals:get', { relationshipId: id })).preparations[0]!.facts.story);
      const offered = await callOk(core)('alternatives:list', { relationshipId: id });
      expect(offered.map((a) => [a.field, a.other.text])).toHaveLength(1);
      expect([offered[0]!.other.text, shown.at(-1)].sort()).toEqual([STORY, 'Maybe they were swamped with the launch.'].sort());
      expect(offered[0]!.field).toBe('facts.story');
    }
    expect(shown[0]).toBe(shown[1]);
  });

  it('keeps a debrief step\'s notes written here when the other computer marked how the step went', async () => {
    const { w, home, work, id, debrief } = await twoComputers();
    const save = (core: NonNullable<typeof home.core>, steps: typeof debrief.steps) =>
      callOk(core)('debriefs:save', { relationshipId: id, id: debrief.id, heldAt: debrief.heldAt, steps, theirView: '', diagnosis: debrief.diagnosis, surprised: '', learned: '', differently: '', fewerCommitmentsReason: '', commitmentDrafts: [] });
    await save(home.core!, { ...debrief.steps, perspective: { ...debrief.steps.perspective, notes: 'They told me about the launch crunch.' } });
    await save(work.core!, { ...debrief.steps, perspective: { ...debrief.steps.perspective, happened: 'yes' } });
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const got = (await callOk(await w.open(d))('journals:get', { relationshipId: id })).debriefs[0]!;
      expect(got.steps.perspective).toEqual({ happened: 'yes', notes: 'They told me about the launch crunch.' });
    }
  });

  it('still holds after both computers fold their logs into snapshots and open again', async () => {
    const { w, home, work, id, prep } = await twoComputers();
    for (let i = 0; i < 6; i++) await callOk(home.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { story: `${STORY} ${i}` } } });
    for (let i = 0; i < 6; i++) await callOk(work.core!)('preparations:save-draft', { relationshipId: id, id: prep.id, patch: { facts: { camera: `${CAMERA} ${i}` } } });
    await w.open(home);
    await w.open(work);
    w.transfer(home, work);
    w.transfer(work, home);
    for (const d of [home, work]) {
      const p = (await callOk(await w.open(d))('journals:get', { relationshipId: id })).preparations[0]!;
      expect([p.facts.story, p.facts.camera]).toEqual([`${STORY} 5`, `${CAMERA} 5`]);
    }
  });
});

describe('lines written before groups were split (folder format 2)', () => {
  const rel = { id: 'r1', name: 'Sam', role: '', kind: 'direct-report', started: null, notes: '', createdAt: 'x', updatedAt: 'x' };
  const facts = { camera: '', story: '', otherExplanations: '', trustedColleague: '' };

  it('lay a whole group out as parts, so a later part write from a newer Mend meets it part by part', () => {
    const records: Records = new Map();
    applyLine(records, { t: '0001-a', d: 'a', k: 'relationship', s: Object.fromEntries(Object.entries(rel).map(([k, v]) => [k, [v, '']])) });
    // An old Mend's write: the whole facts group.
    applyLine(records, { t: '0002-a', d: 'a', k: 'preparations/p1', s: { id: ['p1', ''], facts: [{ ...facts, camera: 'Late deck.' }, ''] } });
    expect(records.get('preparations/p1')!.f['facts.camera']!.v).toBe('Late deck.');
    expect(records.get('preparations/p1')!.f['facts']).toBeUndefined();
    // This Mend's write of one part, which had seen the old write.
    applyLine(records, { t: '0003-b', d: 'b', k: 'preparations/p1', s: { 'facts.story': ['I assumed the worst.', '0002-a'] } });
    const journal = materialize(records, COLLECTIONS)!;
    expect((journal['preparations'] as { facts: unknown }[])[0]!.facts).toEqual({ ...facts, camera: 'Late deck.', story: 'I assumed the worst.' });
  });

  it('an old whole-group write that had not seen a part written here keeps that text on offer', () => {
    const records: Records = new Map();
    applyLine(records, { t: '0002-a', d: 'a', k: 'preparations/p1', s: { facts: [{ ...facts }, ''] } });
    applyLine(records, { t: '0003-b', d: 'b', k: 'preparations/p1', s: { 'facts.story': ['I assumed the worst.', '0002-a'] } });
    // Later, from a computer that had not seen 0003-b: the whole group, story empty.
    applyLine(records, { t: '0004-a', d: 'a', k: 'preparations/p1', s: { facts: [{ ...facts, camera: 'Late deck.' }, '0002-a'] } });
    const story = records.get('preparations/p1')!.f['facts.story']!;
    expect(story.v).toBe('');
    expect(Object.values(story.a ?? {}).map((a) => a.v)).toEqual(['I assumed the worst.']);
  });

  it('a change to one part is written as that part alone', () => {
    const before = { relationship: rel, preparations: [{ id: 'p1', facts: { ...facts } }] };
    const after = { relationship: rel, preparations: [{ id: 'p1', facts: { ...facts, story: 'I assumed the worst.' } }] };
    const records: Records = new Map();
    for (const change of diffJournals(null, before, ['preparations'], records)) applyLine(records, { t: '0001-a', d: 'a', ...change });
    const changes = diffJournals(before, after, ['preparations'], records);
    expect(changes).toEqual([{ k: 'preparations/p1', s: { 'facts.story': ['I assumed the worst.', '0001-a'] } }]);
  });
});
