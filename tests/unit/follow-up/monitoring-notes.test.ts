import { describe, it, expect } from 'vitest';
import { makeWorld, SAM } from './helpers';

describe('monitoring notes', () => {
  it('logs, lists in the journal and removes a note', async () => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const note = await w.ok('monitoring-notes:create', {
      relationshipId: rel, at: '2026-02-27T09:30:00.000Z', kind: 'extra-check-in', note: 'Asked for a status mid-morning.',
    });
    expect(note).toMatchObject({ kind: 'extra-check-in', at: '2026-02-27T09:30:00.000Z' });
    expect((await w.ok('journals:get', { relationshipId: rel })).monitoringNotes).toHaveLength(1);
    await w.ok('monitoring-notes:delete', { relationshipId: rel, id: note.id });
    expect((await w.ok('journals:get', { relationshipId: rel })).monitoringNotes).toHaveLength(0);
  });

  it.each([
    ['an unknown kind', { kind: 'spied' }, 'invalid-input', 'kind'],
    ['a date that is not a date', { at: 'this morning' }, 'invalid-input', 'at'],
    ['a moment in the future', { at: '2031-01-01T00:00:00.000Z' }, 'invalid-input', 'at'],
    ['a note over 20,000 characters', { note: 'n'.repeat(20_001) }, 'invalid-input', 'note'],
  ])('refuses %s, store unchanged', async (_label, extra, code, field) => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    const base = { relationshipId: rel, at: '2026-02-27T09:30:00.000Z', kind: 'other', note: '' };
    expect(await w.refused('monitoring-notes:create', { ...base, ...extra })).toMatchObject({ code, field });
  });

  it('refuses a note for a deleted relationship and removing one that does not exist', async () => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    expect(await w.refused('monitoring-notes:delete', { relationshipId: rel, id: 'nope' })).toMatchObject({ code: 'not-found' });
    await w.ok('relationships:delete', { id: rel });
    const base = { relationshipId: rel, at: '2026-02-27T09:30:00.000Z', kind: 'other', note: '' };
    expect(await w.refused('monitoring-notes:create', base)).toMatchObject({ code: 'not-found' });
  });
});
