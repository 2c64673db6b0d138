import type { Input } from '../../../src/core/api/contract';
import { describe, it, expect, beforeEach } from 'vitest';
import { makeWorld, SAM, type World } from './helpers';
import { readIndex } from '../../support/read-index';

const OUTCOMES = ['kept', 'renegotiated', 'late', 'missed'] as const;

describe('commitments: every status transition', () => {
  let w: World;
  let rel: string;
  const create = (extra: Record<string, unknown> = {}) =>
    w.ok('commitments:create', { relationshipId: rel, owner: 'them', text: 'Send the draft by Thursday noon.', dueAt: '2026-03-05', debriefId: null, ...extra });
  const resolve = (id: string, status: Input<'commitments:resolve'>['status'], extra: Record<string, unknown> = {}) =>
    w.ok('commitments:resolve', { relationshipId: rel, id, status, note: '', resolvedAt: null, ...extra });

  beforeEach(async () => {
    w = await makeWorld();
    rel = (await w.ok('relationships:create', SAM)).id;
  });

  it('a new commitment is open, with no outcome', async () => {
    expect(await create()).toMatchObject({ status: 'open', note: '', resolvedAt: null, debriefId: null, owner: 'them' });
  });

  it.each(OUTCOMES)('open → %s, with a note and a backdated date', async (status) => {
    const c = await create();
    const done = await resolve(c.id, status, { note: 'Talked on Friday.', resolvedAt: '2026-02-27T10:00:00.000Z' });
    expect(done).toMatchObject({ status, note: 'Talked on Friday.', resolvedAt: '2026-02-27T10:00:00.000Z' });
  });

  it('an outcome sent from a screen that showed it open is refused once it was marked meanwhile (another computer): nothing is written', async () => {
    const c = await create();
    await resolve(c.id, 'kept', { note: 'Delivered Wednesday, with the numbers.' });
    const refused = await w.refused('commitments:resolve', { relationshipId: rel, id: c.id, status: 'missed', note: '', resolvedAt: null, from: 'open' });
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('marked kept on another computer') });
    const j = await w.ok('journals:get', { relationshipId: rel });
    expect(j.commitments[0]).toMatchObject({ status: 'kept', note: 'Delivered Wednesday, with the numbers.' });
    // A correction that does not say what it saw is still taken, as before.
    expect(await resolve(c.id, 'late')).toMatchObject({ status: 'late' });
  });

  it('an outcome with no date is dated now', async () => {
    const c = await create();
    const done = await resolve(c.id, 'kept');
    expect(Date.parse(done.resolvedAt!)).toBeGreaterThan(Date.parse('2026-03-01T09:00:00.000Z'));
  });

  for (const from of OUTCOMES) {
    it.each(OUTCOMES)(`${from} → %s is a correction: outcome, note and date replaced`, async (to) => {
      const c = await create();
      await resolve(c.id, from, { note: 'First take.', resolvedAt: '2026-02-26T10:00:00.000Z' });
      const fixed = await resolve(c.id, to, { note: 'On reflection.', resolvedAt: '2026-02-28T10:00:00.000Z' });
      expect(fixed).toMatchObject({ status: to, note: 'On reflection.', resolvedAt: '2026-02-28T10:00:00.000Z' });
    });
  }

  it.each(OUTCOMES)('%s → open: reopened, date cleared, note kept for next time', async (status) => {
    const c = await create();
    await resolve(c.id, status, { note: 'Half done.' });
    expect(await w.ok('commitments:reopen', { relationshipId: rel, id: c.id })).toMatchObject({ status: 'open', resolvedAt: null, note: 'Half done.' });
  });

  it('open → open is refused as a conflict, store unchanged', async () => {
    const c = await create();
    expect(await w.refused('commitments:reopen', { relationshipId: rel, id: c.id })).toMatchObject({ code: 'conflict' });
  });

  it('"open" is not an outcome', async () => {
    const c = await create();
    expect(await w.refused('commitments:resolve', { relationshipId: rel, id: c.id, status: 'open', note: '', resolvedAt: null })).toMatchObject({
      code: 'invalid-input',
      field: 'status',
    });
  });

  it('an outcome dated in the future is refused', async () => {
    const c = await create();
    const r = await w.refused('commitments:resolve', { relationshipId: rel, id: c.id, status: 'kept', note: '', resolvedAt: '2030-01-01T00:00:00.000Z' });
    expect(r).toMatchObject({ code: 'invalid-input', field: 'resolvedAt' });
  });

  it('an outcome for a commitment that does not exist is refused, store unchanged', async () => {
    await create();
    const r = await w.refused('commitments:resolve', { relationshipId: rel, id: 'nope', status: 'kept', note: '', resolvedAt: null });
    expect(r).toMatchObject({ code: 'not-found' });
    expect(await w.refused('commitments:reopen', { relationshipId: rel, id: 'nope' })).toMatchObject({ code: 'not-found' });
  });

  it('an outcome for a deleted relationship is refused, store unchanged', async () => {
    const c = await create();
    await w.ok('relationships:delete', { id: rel });
    expect(await w.refused('commitments:resolve', { relationshipId: rel, id: c.id, status: 'kept', note: '', resolvedAt: null })).toMatchObject({ code: 'not-found' });
  });

  it('editing keeps the status; bad due dates and texts are refused, store unchanged', async () => {
    const c = await create();
    await resolve(c.id, 'kept');
    const edited = await w.ok('commitments:update', { relationshipId: rel, id: c.id, owner: 'them', text: 'Send the full draft.', dueAt: null });
    expect(edited).toMatchObject({ status: 'kept', text: 'Send the full draft.', dueAt: null });
    const base = { relationshipId: rel, id: c.id, owner: 'them', text: 'x', dueAt: null };
    for (const [bad, field] of [
      [{ dueAt: 'next Friday' }, 'dueAt'],
      [{ dueAt: '2026-02-30' }, 'dueAt'],
      [{ dueAt: '2026-03-05T10:00:00Z' }, 'dueAt'],
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(2001) }, 'text'],
      [{ owner: 'both' }, 'owner'],
    ] as [Record<string, unknown>, string][]) {
      expect(await w.refused('commitments:update', { ...base, ...bad })).toMatchObject({ code: 'invalid-input', field });
      const fresh: Record<string, unknown> = { relationshipId: rel, owner: 'me', text: 'x', dueAt: null, debriefId: null };
      expect(await w.refused('commitments:create', { ...fresh, ...bad })).toMatchObject({
        code: 'invalid-input',
        field,
      });
    }
  });

  it('a commitment cannot point at a debrief that does not exist', async () => {
    expect(await w.refused('commitments:create', { relationshipId: rel, owner: 'me', text: 'x', dueAt: null, debriefId: 'nope' })).toMatchObject({
      code: 'not-found',
      field: 'debriefId',
    });
  });
});

describe('commitments across relationships', () => {
  it('lists open ones of active people from the index, soonest due first, text shortened, and recent outcomes', async () => {
    const w = await makeWorld();
    const sam = (await w.ok('relationships:create', SAM)).id;
    const ana = (await w.ok('relationships:create', { ...SAM, name: 'Ana Silva' })).id;
    const gone = (await w.ok('relationships:create', { ...SAM, name: 'Old Colleague' })).id;
    const add = (relationshipId: string, owner: 'them' | 'me', text: string, dueAt: string | null) =>
      w.ok('commitments:create', { relationshipId, owner, text, dueAt, debriefId: null });
    await add(sam, 'me', 'No date on this one.', null);
    await add(ana, 'them', 'Share the plan.', '2026-03-10');
    await add(sam, 'them', `Overdue. ${'word '.repeat(60)}`, '2026-02-01');
    const kept = await add(ana, 'me', 'Already kept.', '2026-01-01');
    await w.ok('commitments:resolve', { relationshipId: ana, id: kept.id, status: 'kept', note: '', resolvedAt: null });
    await add(gone, 'them', 'Archived person.', '2026-01-01');
    await w.ok('relationships:archive', { id: gone, archived: true });

    const fresh = await w.reopen();
    const listed = await fresh.call('commitments:list', {});
    type Row = { relationshipName: string; owner: string; text: string; dueAt: string | null; status: string };
    const { open: rows, resolved } = (listed as { value: { open: Row[]; resolved: Row[] } }).value;
    expect(resolved.map((r) => [r.relationshipName, r.text, r.status])).toEqual([['Ana Silva', 'Already kept.', 'kept']]);
    expect(rows.map((r) => [r.relationshipName, r.owner, r.dueAt])).toEqual([
      ['Sam Rivera', 'them', '2026-02-01'],
      ['Ana Silva', 'them', '2026-03-10'],
      ['Sam Rivera', 'me', null],
    ]);
    expect(rows[0]!.text.length).toBeLessThanOrEqual(141);
    expect(rows[0]!.text.endsWith('…')).toBe(true);
    expect(rows.every((r) => r.status === 'open')).toBe(true);
  });
});

describe('the index keeps commitments short', () => {
  it('holds every open commitment and only the five most recent outcomes per person', async () => {
    const w = await makeWorld();
    const rel = (await w.ok('relationships:create', SAM)).id;
    for (let i = 0; i < 7; i++) {
      const c = await w.ok('commitments:create', { relationshipId: rel, owner: 'them', text: `Done ${i}`, dueAt: null, debriefId: null });
      await w.ok('commitments:resolve', { relationshipId: rel, id: c.id, status: 'kept', note: '', resolvedAt: `2026-02-1${i}T10:00:00.000Z` });
    }
    await w.ok('commitments:create', { relationshipId: rel, owner: 'me', text: 'Still open', dueAt: null, debriefId: null });
    // relationships:list no longer carries the index's commitments; read the index itself, as stored
    // (once written: a summary follows the acknowledged save when saving pauses).
    await w.core.settled?.();
    const [summary] = readIndex(w.files).relationships as { commitments: { text: string }[] }[];
    expect(summary!.commitments.map((c) => c.text)).toEqual(['Still open', 'Done 6', 'Done 5', 'Done 4', 'Done 3', 'Done 2']);
  });
});
