import { describe, expect, it } from 'vitest';
import { makeWorld, noRatings, SAM, type World } from '../follow-up/helpers';
import { MISTYPED_YEAR } from '../../../src/core/logic/typed-dates';
import { QUICK_CAPTURE_MESSAGES } from '../../../src/core/logic/quick-capture';

/**
 * A check-in of my own, a 1:1 note and an estimate of their trust could only be removed, never edited,
 * though every record and every date the user picks is editable (product.md §2). Each now has an update
 * channel with the same rules as saving it, and an edit never stumbles on a date it leaves as saved.
 */
const AT = '2026-02-26T09:00:00.000Z';
const LATER = '2026-02-27T15:30:00.000Z';
const FUTURE = '2031-01-01T00:00:00.000Z';
const OLD = '1926-02-01T09:00:00.000Z';
const journal = (w: World, rel: string) => w.ok('journals:get', { relationshipId: rel });
const base = (at: string) => ({ id: 'planted-0001', createdAt: '2026-02-01T09:00:00.000Z', updatedAt: '2026-02-01T09:00:00.000Z', at });

async function searchFinds(w: World, query: string): Promise<string[]> {
  for (let i = 0; i < 400 && !(await w.ok('search:status', {})).ready; i++) await new Promise((r) => setTimeout(r, 5));
  return (await w.ok('search:query', { query })).groups.flatMap((g) => g.hits.map((h) => h.entry));
}

async function person(): Promise<{ w: World; rel: string }> {
  const w = await makeWorld();
  return { w, rel: (await w.ok('relationships:create', SAM)).id };
}

describe('editing a check-in of my own (monitoring-notes:update)', () => {
  const fields = { at: AT, kind: 'extra-check-in' as const, note: 'Asked twice about the report.' };

  it('changes what was done, the note and the moment; the edit is searchable and survives a restart', async () => {
    const { w, rel } = await person();
    const made = await w.ok('monitoring-notes:create', { relationshipId: rel, ...fields });
    const edited = await w.ok('monitoring-notes:update', { relationshipId: rel, id: made.id, at: LATER, kind: 'took-work-back', note: 'Took the zeppelin deck back.' });
    expect(edited).toMatchObject({ id: made.id, createdAt: made.createdAt, at: LATER, kind: 'took-work-back' });
    expect(edited.updatedAt > made.updatedAt).toBe(true);
    expect(await searchFinds(w, 'zeppelin')).toEqual([`monitoring:${made.id}`]);
    w.core = await w.reopen();
    expect((await journal(w, rel)).monitoringNotes).toEqual([edited]);
  });

  it.each([
    ['an unknown kind', { kind: 'spied' }, 'kind'],
    ['a future moment', { at: FUTURE }, 'at'],
    ['a mistyped year', { at: '0202-02-26T09:00:00.000Z' }, 'at'],
  ])('refuses %s on its field, store unchanged', async (_l, extra, field) => {
    const { w, rel } = await person();
    const made = await w.ok('monitoring-notes:create', { relationshipId: rel, ...fields });
    expect(await w.refused('monitoring-notes:update', { relationshipId: rel, id: made.id, ...fields, ...extra })).toMatchObject({ code: 'invalid-input', field });
  });

  it('refuses a field it does not know, and a note no longer there as not found', async () => {
    const { w, rel } = await person();
    const made = await w.ok('monitoring-notes:create', { relationshipId: rel, ...fields });
    expect(await w.refused('monitoring-notes:update', { relationshipId: rel, id: made.id, ...fields, mood: 'bad' })).toMatchObject({ code: 'invalid-input' });
    await w.ok('monitoring-notes:delete', { relationshipId: rel, id: made.id });
    expect(await w.refused('monitoring-notes:update', { relationshipId: rel, id: made.id, ...fields })).toMatchObject({ code: 'not-found', field: 'id' });
  });

  it('keeps a date saved before the year rule when it is left alone; changing it to a slip or the future is refused', async () => {
    const { w, rel } = await person();
    const old = await w.ok('entries:restore', { relationshipId: rel, list: 'monitoringNotes', entry: { ...base(OLD), kind: 'other', note: '' } });
    await w.ok('monitoring-notes:update', { relationshipId: rel, id: old.id, at: OLD, kind: 'other', note: 'Still counts.' });
    expect(await w.refused('monitoring-notes:update', { relationshipId: rel, id: old.id, at: '1925-02-01T09:00:00.000Z', kind: 'other', note: '' }))
      .toMatchObject({ field: 'at', message: MISTYPED_YEAR });
    expect(await w.refused('monitoring-notes:update', { relationshipId: rel, id: old.id, at: FUTURE, kind: 'other', note: '' })).toMatchObject({ field: 'at' });
    expect((await journal(w, rel)).monitoringNotes.map((n) => [n.at, n.note])).toEqual([[OLD, 'Still counts.']]);
  });
});

describe('editing a 1:1 note (capture:update-note)', () => {
  it('rewords it and moves its moment; the edit is searchable and survives a restart', async () => {
    const { w, rel } = await person();
    const made = await w.ok('capture:note', { relationshipId: rel, at: AT, text: 'Talked about the launch.' });
    const edited = await w.ok('capture:update-note', { relationshipId: rel, id: made.id, at: LATER, text: 'Talked about the xylophone launch.' });
    expect(edited).toMatchObject({ id: made.id, createdAt: made.createdAt, at: LATER, text: 'Talked about the xylophone launch.' });
    expect(await searchFinds(w, 'xylophone')).toEqual([`meeting-note:${made.id}`]);
    w.core = await w.reopen();
    expect((await journal(w, rel)).meetingNotes).toEqual([edited]);
  });

  it.each([
    ['empty text', { text: '   ' }, 'text'],
    ['a future moment', { at: FUTURE }, 'at'],
  ])('refuses %s on its field, store unchanged', async (_l, extra, field) => {
    const { w, rel } = await person();
    const made = await w.ok('capture:note', { relationshipId: rel, at: AT, text: 'Talked.' });
    expect(await w.refused('capture:update-note', { relationshipId: rel, id: made.id, at: AT, text: 'Talked.', ...extra })).toMatchObject({ code: 'invalid-input', field });
  });

  it('says why a future moment is refused, in the words the form uses', async () => {
    const { w, rel } = await person();
    const made = await w.ok('capture:note', { relationshipId: rel, at: AT, text: 'Talked.' });
    expect(await w.refused('capture:update-note', { relationshipId: rel, id: made.id, at: FUTURE, text: 'Talked.' })).toMatchObject({ message: QUICK_CAPTURE_MESSAGES.futureNote });
  });

  it('refuses a note no longer there as not found', async () => {
    const { w, rel } = await person();
    const made = await w.ok('capture:note', { relationshipId: rel, at: AT, text: 'Talked.' });
    await w.ok('capture:remove-note', { relationshipId: rel, id: made.id });
    expect(await w.refused('capture:update-note', { relationshipId: rel, id: made.id, at: AT, text: 'Talked.' })).toMatchObject({ code: 'not-found', field: 'id' });
  });

  it('keeps a date saved before the year rule when it is left alone; changing it to a slip or the future is refused', async () => {
    const { w, rel } = await person();
    const old = await w.ok('entries:restore', { relationshipId: rel, list: 'meetingNotes', entry: { ...base(OLD), text: 'Talked.' } });
    await w.ok('capture:update-note', { relationshipId: rel, id: old.id, at: OLD, text: 'Talked it through.' });
    expect(await w.refused('capture:update-note', { relationshipId: rel, id: old.id, at: '0202-02-01T09:00:00.000Z', text: 'x y' }))
      .toMatchObject({ field: 'at', message: MISTYPED_YEAR });
    expect(await w.refused('capture:update-note', { relationshipId: rel, id: old.id, at: FUTURE, text: 'x y' })).toMatchObject({ field: 'at' });
    expect((await journal(w, rel)).meetingNotes.map((n) => [n.at, n.text])).toEqual([[OLD, 'Talked it through.']]);
  });
});

describe('editing an estimate of their trust in me (their-trust:update)', () => {
  const ratings = { ...noRatings, reliability: 4 };
  const fields = { at: AT, ratings, evidence: 'They asked me to review early.', interpretation: '' };

  it('changes the numbers, the evidence and the moment; the edit is searchable and survives a restart', async () => {
    const { w, rel } = await person();
    const made = await w.ok('their-trust:create', { relationshipId: rel, ...fields });
    const edited = await w.ok('their-trust:update', {
      relationshipId: rel, id: made.id, at: LATER, ratings: { ...ratings, care: 5 }, evidence: 'They brought me the quokka risk first.', interpretation: 'Warming up.',
    });
    expect(edited).toMatchObject({ id: made.id, createdAt: made.createdAt, at: LATER, ratings: { reliability: 4, care: 5 } });
    expect(await searchFinds(w, 'quokka')).toEqual([`their-trust:${made.id}`]);
    w.core = await w.reopen();
    expect((await journal(w, rel)).theirTrust).toEqual([edited]);
  });

  it.each([
    ['a number with no evidence', { evidence: ' ' }, 'evidence'],
    ['a future moment', { at: FUTURE }, 'at'],
    ['a rating off the scale', { ratings: { ...noRatings, care: 9 } }, 'ratings.care'],
  ])('refuses %s on its field, store unchanged', async (_l, extra, field) => {
    const { w, rel } = await person();
    const made = await w.ok('their-trust:create', { relationshipId: rel, ...fields });
    expect(await w.refused('their-trust:update', { relationshipId: rel, id: made.id, ...fields, ...extra })).toMatchObject({ code: 'invalid-input', field });
  });

  it('takes "no new evidence": no numbers and no words', async () => {
    const { w, rel } = await person();
    const made = await w.ok('their-trust:create', { relationshipId: rel, ...fields });
    await w.ok('their-trust:update', { relationshipId: rel, id: made.id, at: AT, ratings: noRatings, evidence: '', interpretation: '' });
    expect((await journal(w, rel)).theirTrust[0]!.ratings).toEqual(noRatings);
  });

  it('refuses an estimate no longer there as not found', async () => {
    const { w, rel } = await person();
    const made = await w.ok('their-trust:create', { relationshipId: rel, ...fields });
    await w.ok('their-trust:delete', { relationshipId: rel, id: made.id });
    expect(await w.refused('their-trust:update', { relationshipId: rel, id: made.id, ...fields })).toMatchObject({ code: 'not-found', field: 'id' });
  });

  it('keeps a date saved before the year rule when it is left alone; changing it to a slip or the future is refused', async () => {
    const { w, rel } = await person();
    const old = await w.ok('entries:restore', { relationshipId: rel, list: 'theirTrust', entry: { ...base(OLD), ratings, evidence: 'Seen.', interpretation: '' } });
    await w.ok('their-trust:update', { relationshipId: rel, id: old.id, at: OLD, ratings, evidence: 'Seen twice.', interpretation: '' });
    expect(await w.refused('their-trust:update', { relationshipId: rel, id: old.id, at: '1949-12-31T23:00:00.000Z', ratings, evidence: 'Seen.', interpretation: '' }))
      .toMatchObject({ field: 'at', message: MISTYPED_YEAR });
    expect(await w.refused('their-trust:update', { relationshipId: rel, id: old.id, at: FUTURE, ratings, evidence: 'Seen.', interpretation: '' })).toMatchObject({ field: 'at' });
    expect((await journal(w, rel)).theirTrust.map((t) => [t.at, t.evidence])).toEqual([[OLD, 'Seen twice.']]);
  });
});
