import { describe, it, expect } from 'vitest';
import { makeWorld, SAM } from '../follow-up/helpers';
import type { Journal } from '../../../src/core/model/journal';
import { commitmentProblem, noteProblem, QUICK_CAPTURE_MESSAGES } from '../../../src/core/logic/quick-capture';

// The world's clock starts at 2026-03-01T09:00Z and moves a second per call.
const person = async () => {
  const w = await makeWorld();
  const rel = (await w.ok('relationships:create', SAM)).id;
  return { w, rel };
};

describe('quick capture: a commitment on its own', () => {
  it('adds an open commitment with no debrief, listed on Commitments and Home, kept after a restart', async () => {
    const { w, rel } = await person();
    const c = await w.ok('capture:commitment', { relationshipId: rel, owner: 'them', text: 'Send the weekly status on Tuesdays.', dueAt: '2026-03-03' });
    expect(c).toMatchObject({ status: 'open', debriefId: null, owner: 'them', dueAt: '2026-03-03' });
    const lists = await w.ok('commitments:list', {});
    expect(lists.open.map((o) => o.id)).toEqual([c.id]);
    expect((await w.ok('home:get', {})).due.map((d) => d.id)).toEqual([c.id]);
    const again = await w.reopen();
    const journal = await again.call('journals:get', { relationshipId: rel });
    expect(journal.ok && (journal.value as Journal).commitments).toHaveLength(1);
  });

  it('accepts today and no date at all', async () => {
    const { w, rel } = await person();
    await w.ok('capture:commitment', { relationshipId: rel, owner: 'me', text: 'Book the skills session.', dueAt: '2026-03-01' });
    await w.ok('capture:commitment', { relationshipId: rel, owner: 'me', text: 'Ask about the workload.', dueAt: null });
  });

  it.each([
    ['no text', { text: '   ' }, 'text'],
    ['a due day already past', { dueAt: '2026-02-28' }, 'dueAt'],
    ['a date that is not a date', { dueAt: 'Friday' }, 'dueAt'],
    ['no owner', { owner: 'both' }, 'owner'],
  ])('refuses %s beside its field, store unchanged', async (_label, extra, field) => {
    const { w, rel } = await person();
    const base = { relationshipId: rel, owner: 'them', text: 'Send the weekly status.', dueAt: '2026-03-05' };
    expect(await w.refused('capture:commitment', { ...base, ...extra })).toMatchObject({ code: 'invalid-input', field });
  });

  it('says what to fix in plain words, decided by the local day', () => {
    const now = new Date(2026, 2, 10, 23, 30);
    expect(commitmentProblem({ text: 'x', dueAt: '2026-03-09' }, now)).toEqual({ field: 'dueAt', message: QUICK_CAPTURE_MESSAGES.pastDue });
    expect(commitmentProblem({ text: 'x', dueAt: '2026-03-10' }, now)).toBeNull();
    expect(commitmentProblem({ text: '', dueAt: '2026-03-09' }, now)?.field).toBe('text');
  });
});

describe('quick capture: a 1:1 note', () => {
  it('writes a note into the journal and removes one written by mistake', async () => {
    const { w, rel } = await person();
    const note = await w.ok('capture:note', { relationshipId: rel, at: '2026-02-28T15:00:00.000Z', text: 'Talked about **Acme** timelines.' });
    expect((await w.ok('journals:get', { relationshipId: rel })).meetingNotes).toEqual([
      expect.objectContaining({ id: note.id, text: 'Talked about **Acme** timelines.' }),
    ]);
    await w.ok('capture:remove-note', { relationshipId: rel, id: note.id });
    expect((await w.ok('journals:get', { relationshipId: rel })).meetingNotes).toEqual([]);
  });

  it.each([
    ['no text', { text: ' \n ' }, 'text'],
    ['a moment still to come', { at: '2026-03-02T09:00:00.000Z' }, 'at'],
    ['over 20,000 characters', { text: 'n'.repeat(20_001) }, 'text'],
  ])('refuses %s beside its field, store unchanged', async (_label, extra, field) => {
    const { w, rel } = await person();
    const base = { relationshipId: rel, at: '2026-02-28T15:00:00.000Z', text: 'Talked about timelines.' };
    expect(await w.refused('capture:note', { ...base, ...extra })).toMatchObject({ code: 'invalid-input', field });
  });

  it('refuses removing a note that does not exist', async () => {
    const { w, rel } = await person();
    expect(await w.refused('capture:remove-note', { relationshipId: rel, id: 'nope' })).toMatchObject({ code: 'not-found' });
  });

  it('checks a note in plain words', () => {
    const now = new Date('2026-03-01T09:00:00Z');
    expect(noteProblem({ text: 'x', at: '2026-03-01T09:04:00Z' }, now)).toBeNull();
    expect(noteProblem({ text: 'x', at: '2026-03-01T10:00:00Z' }, now)?.field).toBe('at');
  });
});
