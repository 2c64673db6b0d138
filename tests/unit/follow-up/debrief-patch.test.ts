import { describe, it, expect, beforeEach } from 'vitest';
import { makeWorld, seedStory, type World } from './helpers';
import type { Debrief } from '../../../src/core/model/debrief';

/**
 * The debrief screen's autosave sends only what was changed there (debriefs:patch); the store lays it
 * over the debrief as stored, in the same turn. Before, the screen read the whole journal before each
 * save (about every 600 ms while typing) and sent every field, so a change that landed between the
 * read and the save was written over.
 */
describe('a debrief saved as a patch', () => {
  let w: World;
  let s: Awaited<ReturnType<typeof seedStory>>;
  let d: Debrief;
  const patch = (p: Record<string, unknown>) => w.ok('debriefs:patch', { relationshipId: s.rel, id: d.id, patch: p } as never);
  const stored = async () => (await w.ok('journals:get', { relationshipId: s.rel })).debriefs.find((x) => x.id === d.id)!;

  beforeEach(async () => {
    w = await makeWorld();
    s = await seedStory(w);
    d = await w.ok('debriefs:start', { relationshipId: s.rel, preparationId: s.prep, incidentId: null });
  });

  it('changes only the answers it names: one step\'s notes, one part of the apology', async () => {
    // Something written meanwhile elsewhere (another computer, another save), the screen did not see.
    await w.ok('debriefs:save', { ...base(d), relationshipId: s.rel, id: d.id, learned: 'They had two launches that week.', steps: { ...d.steps, forward: { happened: 'yes', notes: 'We agreed a Friday check.' } } });
    const after = await patch({ steps: { perspective: { notes: 'They told me about the crunch.' } }, ownSide: { apology: { did: 'I snapped in the stand-up.' } } });
    expect(after.steps.perspective).toEqual({ happened: null, notes: 'They told me about the crunch.' });
    expect(after.steps.forward).toEqual({ happened: 'yes', notes: 'We agreed a Friday check.' });
    expect(after.learned).toBe('They had two launches that week.');
    expect(after.ownSide.apology.did).toBe('I snapped in the stand-up.');
    expect(after.ownSide.apology.effect).toBe(d.ownSide.apology.effect);
    expect(await stored()).toEqual(after);
  });

  it('is refused as a whole save is: a future date, an unknown debrief, a field the debrief has not', async () => {
    expect(await w.refused('debriefs:patch', { relationshipId: s.rel, id: d.id, patch: { heldAt: '2098-01-01T10:00:00.000Z' } })).toMatchObject({ code: 'invalid-input', field: 'heldAt' });
    expect(await w.refused('debriefs:patch', { relationshipId: s.rel, id: d.id, patch: { heldAt: '2999-01-01T10:00:00.000Z' } })).toMatchObject({ code: 'invalid-input', field: 'patch.heldAt' });
    expect(await w.refused('debriefs:patch', { relationshipId: s.rel, id: 'nope', patch: { learned: 'x' } })).toMatchObject({ code: 'not-found' });
    expect((await w.refused('debriefs:patch', { relationshipId: s.rel, id: d.id, patch: { steps: { perspective: { mood: 'x' } } } } as never)).code).toBe('invalid-input');
    expect(await stored()).toEqual(d);
  });

  it('a finished debrief keeps nothing drafted', async () => {
    await patch({ diagnosis: { outcome: 'confirmed', actual: 'skill-gap' }, fewerCommitmentsReason: 'We agreed to talk again on Friday.' });
    await w.ok('debriefs:finish', { relationshipId: s.rel, id: d.id });
    const after = await patch({ commitmentDrafts: [{ key: 'x', owner: 'me', text: 'Late promise', dueAt: null }], learned: 'More later.' });
    expect(after.commitmentDrafts).toEqual([]);
    expect(after.learned).toBe('More later.');
  });
});

function base(d: Debrief) {
  const { id: _i, createdAt: _c, updatedAt: _u, status: _s, preparationId: _p, incidentId: _n, ...fields } = d;
  return fields;
}
