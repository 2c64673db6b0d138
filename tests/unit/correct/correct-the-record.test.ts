import type { Debrief } from '../../../src/core/model/debrief';
import { describe, it, expect, beforeEach } from 'vitest';
import { makeWorld, SAM, type World } from '../follow-up/helpers';
import type { TrustCheck } from '../../../src/core/model/trust-check';

const cool = {
  at: '2026-02-28T17:00:00.000Z',
  ratings: { reliability: 4, competence: 5, sincerity: null, care: null, reliance: 3 },
  evidence: 'The Tuesday update arrived on time.',
  interpretation: '',
  activation: 1 as const,
  emotion: 'Uneasy',
  source: '',
  debriefId: null,
};

describe('correcting a trust check', () => {
  let w: World;
  let rel: string;
  let check: TrustCheck;
  beforeEach(async () => {
    w = await makeWorld();
    rel = (await w.ok('relationships:create', SAM)).id;
    check = await w.ok('checks:create', { relationshipId: rel, ...cool });
  });
  const checks = async () => (await w.ok('journals:get', { relationshipId: rel })).checks;

  it('an edit keeps the id and follows the same rules as a new check', async () => {
    const fixed = await w.ok('checks:update', { relationshipId: rel, id: check.id, ...cool, ratings: { ...cool.ratings, reliability: 6 } });
    expect(fixed).toMatchObject({ id: check.id, createdAt: check.createdAt, ratings: { reliability: 6 } });
    await w.reopen();
    expect((await checks()).map((c) => c.ratings.reliability)).toEqual([6]);
    const refused = await w.refused('checks:update', { relationshipId: rel, id: check.id, ...cool, evidence: '' });
    expect(refused.field).toBe('evidence');
    await w.refused('checks:update', { relationshipId: rel, id: 'not-there', ...cool });
  });

  it('a removed check comes back whole with Undo, once', async () => {
    const removed = await w.ok('checks:delete', { relationshipId: rel, id: check.id });
    expect(await checks()).toEqual([]);
    // The removal stays final in the change log; Undo writes the same check again under a new id.
    const back = await w.ok('checks:restore', { relationshipId: rel, check: removed });
    expect(back.id).not.toBe(check.id);
    expect(await checks()).toEqual([{ ...check, id: back.id }]);
    expect((await w.refused('checks:restore', { relationshipId: rel, check: removed })).code).toBe('conflict');
  });
});

describe('the Trash', () => {
  it('lists a deleted person and brings the whole journal back, even long after the delete', async () => {
    const w = await makeWorld();
    const { id } = await w.ok('relationships:create', SAM);
    await w.ok('checks:create', { relationshipId: id, ...cool });
    const { trashedTo } = await w.ok('relationships:delete', { id });
    await w.reopen();
    const [item, ...rest] = await w.ok('trash:list', {});
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ id, name: SAM.name, entries: 1, file: trashedTo.replace('trash/', '') });

    // The removal is final on every computer (a tombstone in the change log), so the person comes
    // back as a new journal with a new id, holding every entry.
    const back = await w.ok('trash:restore', { file: item!.file });
    expect(back).toEqual({ id: expect.not.stringMatching(`^${id}$`) as unknown as string, name: SAM.name });
    expect((await w.ok('journals:get', { relationshipId: back.id })).checks).toHaveLength(1);
    expect((await w.ok('relationships:list', {})).map((r) => r.id)).toEqual([back.id]);
    expect(await w.ok('trash:list', {})).toEqual([]);
  });

  it('refuses names that are not trash files, and a person already back', async () => {
    const w = await makeWorld();
    for (const file of ['../relationships/x.json', 'x.json', 'restored']) {
      expect((await w.refused('trash:restore', { file })).code).toMatch(/invalid-input|not-found/);
    }
  });
});

describe('Undo after discarding a debrief', () => {
  it('puts the same unfinished debrief back, once', async () => {
    const { seedStory } = await import('../follow-up/helpers');
    const w = await makeWorld();
    const s = await seedStory(w);
    const d = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: s.prep, incidentId: null });
    const kept = await w.ok('debriefs:save', { relationshipId: s.rel, id: d.id, ...pickFields(d), theirView: 'They were stretched.' });
    await w.ok('debriefs:discard', { relationshipId: s.rel, id: d.id });
    const back = await w.ok('debriefs:restore', { relationshipId: s.rel, debrief: kept });
    const journal = await w.ok('journals:get', { relationshipId: s.rel });
    expect(journal.debriefs).toEqual([{ ...kept, id: back.id }]);
    expect((await w.refused('debriefs:restore', { relationshipId: s.rel, debrief: kept })).code).toBe('conflict');
  });
});

/** The fields a save sends: the debrief as stored, less what the store owns. */
function pickFields(d: Debrief) {
  const { heldAt, steps, theirView, diagnosis, surprised, learned, differently, fewerCommitmentsReason, commitmentDrafts } = d;
  return { heldAt, steps, theirView, diagnosis, surprised, learned, differently, fewerCommitmentsReason, commitmentDrafts };
}

describe('removing a commitment made by mistake', () => {
  it('goes from the journal and the Commitments lists, and comes back whole with Undo, once (it could not be removed at all; found by a walkthrough)', async () => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const made = await w.ok('commitments:create', { relationshipId: rel, owner: 'them', text: 'Send the draft by Thursday', dueAt: '2026-03-05', debriefId: null });
    const settled = await w.ok('commitments:resolve', { relationshipId: rel, id: made.id, status: 'late', note: 'Came on Friday.', resolvedAt: null });
    const removed = await w.ok('commitments:delete', { relationshipId: rel, id: made.id });
    expect(removed).toEqual(settled);
    expect((await w.ok('journals:get', { relationshipId: rel })).commitments).toEqual([]);
    expect(await w.ok('commitments:list', {})).toMatchObject({ open: [], resolved: [] });
    expect((await w.refused('commitments:delete', { relationshipId: rel, id: made.id })).code).toBe('not-found');

    const back = await w.ok('commitments:restore', { relationshipId: rel, commitment: removed });
    expect(back.id).not.toBe(made.id);
    await w.reopen();
    expect((await w.ok('journals:get', { relationshipId: rel })).commitments).toEqual([{ ...settled, id: back.id }]);
    expect((await w.ok('commitments:list', {})).resolved.map((c) => c.text)).toEqual(['Send the draft by Thursday']);
    expect((await w.refused('commitments:restore', { relationshipId: rel, commitment: removed })).code).toBe('conflict');
  });

  it('comes back even when another commitment was made in the same millisecond (a debrief makes its two at once; found by review)', async () => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const theirs = await w.ok('commitments:create', { relationshipId: rel, owner: 'them', text: 'Send the draft by Thursday', dueAt: null, debriefId: null });
    const mine = await w.ok('commitments:create', { relationshipId: rel, owner: 'me', text: 'Review it on Friday', dueAt: null, debriefId: null });
    const removed = await w.ok('commitments:delete', { relationshipId: rel, id: mine.id });
    // As a debrief's finish makes them: both created in the same millisecond.
    const back = await w.ok('commitments:restore', { relationshipId: rel, commitment: { ...removed, createdAt: theirs.createdAt } });
    expect((await w.ok('journals:get', { relationshipId: rel })).commitments.map((c) => c.text)).toEqual(['Send the draft by Thursday', 'Review it on Friday']);
    expect(back.text).toBe('Review it on Friday');
  });
});
