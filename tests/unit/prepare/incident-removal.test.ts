import { describe, it, expect } from 'vitest';
import { missedDeadline, withIncident } from './helpers';

describe('removing an incident, and Undo', () => {
  it('removes it for good across a restart, keeping the plan that was about it', async () => {
    const h = await withIncident();
    const prep = await h.ok('preparations:start', { relationshipId: h.relationshipId, incidentId: h.incidentId, plannedAt: null });
    expect(await h.ok('incidents:delete', { relationshipId: h.relationshipId, id: h.incidentId })).toEqual({ deleted: true });
    await h.reopen();
    const journal = await h.ok('journals:get', { relationshipId: h.relationshipId });
    expect(journal.incidents).toEqual([]);
    // The plan stays, as a plan for a conversation: nothing the leader wrote in it is lost.
    expect(journal.preparations).toEqual([expect.objectContaining({ id: prep.id, incidentId: h.incidentId })]);
  });

  it('Undo brings it back whole under a new id, and the plan and conversation about it point at it again', async () => {
    const h = await withIncident();
    const prep = await h.ok('preparations:start', { relationshipId: h.relationshipId, incidentId: h.incidentId, plannedAt: null });
    const debrief = await h.ok('debriefs:start', { relationshipId: h.relationshipId, preparationId: prep.id, incidentId: null });
    const before = (await h.ok('journals:get', { relationshipId: h.relationshipId })).incidents[0]!;
    await h.ok('incidents:delete', { relationshipId: h.relationshipId, id: h.incidentId });
    const back = await h.ok('entries:restore', { relationshipId: h.relationshipId, list: 'incidents', entry: before });
    expect(back.id).not.toBe(h.incidentId);
    expect({ ...back, id: '' }).toEqual({ ...before, id: '' });
    await h.reopen();
    const journal = await h.ok('journals:get', { relationshipId: h.relationshipId });
    expect(journal.incidents.map((i) => i.id)).toEqual([back.id]);
    expect(journal.preparations.find((p) => p.id === prep.id)?.incidentId).toBe(back.id);
    expect(journal.debriefs.find((d) => d.id === debrief.id)?.incidentId).toBe(back.id);
  });

  it('a second Undo is refused as already back, and writes nothing', async () => {
    const h = await withIncident();
    const before = (await h.ok('journals:get', { relationshipId: h.relationshipId })).incidents[0]!;
    await h.ok('incidents:delete', { relationshipId: h.relationshipId, id: h.incidentId });
    await h.ok('entries:restore', { relationshipId: h.relationshipId, list: 'incidents', entry: before });
    const files = h.files.snapshot();
    const again = await h.core.call('entries:restore', { relationshipId: h.relationshipId, list: 'incidents', entry: before });
    expect(again).toMatchObject({ ok: false, code: 'conflict' });
    expect(h.files.snapshot()).toBe(files);
  });

  it('an incident already gone, a bad id or a person already gone: refused, and nothing is written', async () => {
    const h = await withIncident();
    await h.ok('incidents:delete', { relationshipId: h.relationshipId, id: h.incidentId });
    const files = h.files.snapshot();
    expect(await h.core.call('incidents:delete', { relationshipId: h.relationshipId, id: h.incidentId })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await h.core.call('incidents:delete', { relationshipId: h.relationshipId, id: '' })).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await h.core.call('incidents:delete', { relationshipId: h.relationshipId })).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(h.files.snapshot()).toBe(files);
    await h.ok('relationships:delete', { id: h.relationshipId });
    const gone = await h.core.call('incidents:delete', { relationshipId: h.relationshipId, id: h.incidentId });
    expect(gone).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('the removed incident no longer counts in the verdict: an open incident is what holds trust back', async () => {
    const h = await withIncident();
    const open = (await h.ok('home:get', {})).people[0]!.verdict;
    await h.ok('incidents:delete', { relationshipId: h.relationshipId, id: h.incidentId });
    const after = (await h.ok('home:get', {})).people[0]!.verdict;
    await h.ok('incidents:create', { relationshipId: h.relationshipId, ...missedDeadline });
    const again = (await h.ok('home:get', {})).people[0]!.verdict;
    expect(again).toEqual(open);
    expect(after.kind === open.kind && after.label === open.label && after.reason === open.reason).toBe(false);
  });
});
