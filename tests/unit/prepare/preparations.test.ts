import { describe, it, expect } from 'vitest';
import { harness, sam, withIncident } from './helpers';


async function started() {
  const h = await withIncident();
  const prep = await h.ok('preparations:start', { relationshipId: h.relationshipId, incidentId: h.incidentId, plannedAt: null });
  const save = (patch: unknown) => h.core.call('preparations:save-draft', { relationshipId: h.relationshipId, id: prep.id, patch });
  return { ...h, prep, save };
}

describe('preparations through dispatch', () => {
  it('starts a draft from an incident, with its causes as the first hypotheses', async () => {
    const { prep } = await started();
    expect(prep).toMatchObject({
      status: 'draft',
      step: 0,
      hypotheses: [
        { cause: 'stretched-too-thin', confidence: 'medium', note: '' },
        { cause: 'unclear-expectations', confidence: 'low', note: '' },
      ],
      plan: { perspective: '', permission: '', experience: '', forward: '', commitment: '' },
      discardedAt: null,
    });
  });

  it('autosaves field by field and resumes after a restart at the step it stopped', async () => {
    const h = await started();
    await h.save({ coolDown: { activation: 2 } });
    await h.save({ coolDown: { emotion: 'Embarrassed', fears: ['client', 'standing'] } });
    await h.save({ facts: { camera: 'The proposal arrived Monday 09:10.' } });
    await h.save({ facts: { story: 'They don’t take this client seriously.' }, step: 2 });
    await h.reopen();
    const journal = await h.ok('journals:get', { relationshipId: h.relationshipId });
    expect(journal.preparations[0]).toMatchObject({
      step: 2,
      coolDown: { activation: 2, emotion: 'Embarrassed', source: '', fears: ['client', 'standing'] },
      facts: { camera: 'The proposal arrived Monday 09:10.', story: 'They don’t take this client seriously.', otherExplanations: '' },
    });
  });

  it('finishes, reopens for editing, discards to the Discarded list and restores', async () => {
    const h = await started();
    const target = { relationshipId: h.relationshipId, id: h.prep.id };
    const ready = await h.ok('preparations:finish', target);
    expect(ready).toMatchObject({ status: 'ready', finishedAt: expect.any(String) });
    expect(await h.save({ plan: { commitment: 'I will send a written brief.' } })).toMatchObject({ ok: true, value: { status: 'ready' } });
    const discarded = await h.ok('preparations:discard', target);
    expect(discarded).toMatchObject({ status: 'discarded', discardedAt: expect.any(String) });
    const journal = await h.ok('journals:get', { relationshipId: h.relationshipId });
    expect(journal.preparations).toHaveLength(1);
    const restored = await h.ok('preparations:restore', target);
    expect(restored).toMatchObject({ status: 'ready', discardedAt: null, plan: { commitment: 'I will send a written brief.' } });
  });

  it('refuses to edit or discard a discarded preparation, and to restore one in use, store unchanged', async () => {
    const h = await started();
    const target = { relationshipId: h.relationshipId, id: h.prep.id };
    expect(await h.core.call('preparations:restore', target)).toMatchObject({ ok: false, code: 'conflict' });
    await h.ok('preparations:discard', target);
    const before = h.files.snapshot();
    expect(await h.save({ myCommitment: 'x' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await h.core.call('preparations:discard', target)).toMatchObject({ ok: false, code: 'conflict' });
    expect(await h.core.call('preparations:finish', target)).toMatchObject({ ok: false, code: 'conflict' });
    expect(h.files.snapshot()).toBe(before);
  });

  const long = 'w'.repeat(20_001);
  const badPatches: [string, unknown, string][] = [
    ['a step past the last screen', { step: 8 }, 'patch.step'],
    ['a negative step', { step: -1 }, 'patch.step'],
    ['an activation of 4', { coolDown: { activation: 4 } }, 'patch.coolDown.activation'],
    ['a fear that does not exist', { coolDown: { fears: ['spiders'] } }, 'patch.coolDown.fears.0'],
    ['a feeling over 200 characters', { coolDown: { emotion: 'e'.repeat(201) } }, 'patch.coolDown.emotion'],
    ['a cause that does not exist', { hypotheses: [{ cause: 'laziness', confidence: 'high', note: '' }] }, 'patch.hypotheses.0.cause'],
    ['a cause listed twice', { hypotheses: [{ cause: 'skill-gap', confidence: 'high', note: '' }, { cause: 'skill-gap', confidence: 'low', note: '' }] }, 'patch.hypotheses.1.cause'],
    ['a confidence that does not exist', { hypotheses: [{ cause: 'skill-gap', confidence: 'sure', note: '' }] }, 'patch.hypotheses.0.confidence'],
    ['a camera note over 20,000 characters', { facts: { camera: long } }, 'patch.facts.camera'],
    ['a plan step over 20,000 characters', { plan: { experience: long } }, 'patch.plan.experience'],
    ['my commitment over 20,000 characters', { myCommitment: long }, 'patch.myCommitment'],
    ['an impossible planned date', { plannedAt: '2026-13-01T10:00:00.000Z' }, 'patch.plannedAt'],
    ['a plan step that does not exist', { plan: { blame: 'x' } }, 'patch.plan'],
  ];

  it.each(badPatches)('refuses a draft save with %s, naming the field, store unchanged', async (_label, patch, field) => {
    const h = await started();
    const before = h.files.snapshot();
    const result = await h.save(patch);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input', field });
    expect((result as { message: string }).message.length).toBeGreaterThan(10);
    expect(h.files.snapshot()).toBe(before);
  });

  it('refuses a link to an incident that is not in the journal, store unchanged', async () => {
    const h = await started();
    const before = h.files.snapshot();
    expect(await h.save({ incidentId: 'nope' })).toMatchObject({ ok: false, code: 'not-found', field: 'incidentId' });
    const start = await h.core.call('preparations:start', { relationshipId: h.relationshipId, incidentId: 'nope', plannedAt: null });
    expect(start).toMatchObject({ ok: false, code: 'not-found', field: 'incidentId' });
    expect(h.files.snapshot()).toBe(before);
  });

  it('refuses a preparation for a relationship that was deleted, store unchanged', async () => {
    const h = await started();
    await h.ok('relationships:delete', { id: h.relationshipId });
    const before = h.files.snapshot();
    const start = await h.core.call('preparations:start', { relationshipId: h.relationshipId, incidentId: null, plannedAt: null });
    expect(start).toMatchObject({ ok: false, code: 'not-found' });
    expect((start as { message: string }).message).toMatch(/no longer exists/);
    expect(await h.save({ myCommitment: 'x' })).toMatchObject({ ok: false, code: 'not-found' });
    expect(h.files.snapshot()).toBe(before);
  });

  it('answers not-found for a preparation id that does not exist, store unchanged', async () => {
    const h = await harness();
    const { id } = await h.ok('relationships:create', sam);
    const before = h.files.snapshot();
    for (const channel of ['preparations:finish', 'preparations:discard', 'preparations:restore']) {
      expect(await h.core.call(channel, { relationshipId: id, id: 'nope' })).toMatchObject({ ok: false, code: 'not-found' });
    }
    expect(h.files.snapshot()).toBe(before);
  });

  it('starts a preparation without an incident, with a planned date', async () => {
    const h = await harness();
    const { id } = await h.ok('relationships:create', sam);
    const prep = await h.ok('preparations:start', { relationshipId: id, incidentId: null, plannedAt: '2026-03-03T10:00:00.000Z' });
    expect(prep).toMatchObject({ incidentId: null, plannedAt: '2026-03-03T10:00:00.000Z', hypotheses: [] });
  });
});
