import { describe, it, expect } from 'vitest';
import { harness, missedDeadline, sam, withIncident } from './helpers';

describe('incidents through dispatch', () => {
  it('logs an incident, edits it, and finds it again after a restart', async () => {
    const h = await withIncident();
    const edited = await h.ok('incidents:update', {
      relationshipId: h.relationshipId,
      id: h.incidentId,
      ...missedDeadline,
      occurredAt: '2025-12-01T10:00:00.000Z',
      status: 'repairing',
    });
    expect(edited).toMatchObject({ id: h.incidentId, status: 'repairing', occurredAt: '2025-12-01T10:00:00.000Z' });
    await h.reopen();
    const journal = await h.ok('journals:get', { relationshipId: h.relationshipId });
    expect(journal.incidents).toEqual([expect.objectContaining({ title: missedDeadline.title, status: 'repairing' })]);
    expect((await h.ok('relationships:list', {}))[0]?.entries).toBe(1);
  });

  it('accepts "no evidence" and an unknown likelihood', async () => {
    const h = await withIncident();
    const baseline = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };
    const made = await h.ok('incidents:create', { relationshipId: h.relationshipId, ...missedDeadline, baseline, stability: null, domains: [], causes: [] });
    expect(made).toMatchObject({ baseline, stability: null });
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['an empty title', { title: '  ' }, 'title'],
    ['a title over 200 characters', { title: 't'.repeat(201) }, 'title'],
    ['an impossible date', { occurredAt: '2026-02-30T10:00:00.000Z' }, 'occurredAt'],
    ['a date that is not a date', { occurredAt: 'last Friday' }, 'occurredAt'],
    ['a date in the future', { occurredAt: '2026-06-01T10:00:00.000Z' }, 'occurredAt'],
    ['a domain that does not exist', { domains: ['punctuality'] }, 'domains.0'],
    ['a domain listed twice', { domains: ['care', 'care'] }, 'domains.1'],
    ['a cause that does not exist', { causes: [{ cause: 'laziness', confidence: 'high' }] }, 'causes.0.cause'],
    ['a cause listed twice', { causes: [{ cause: 'skill-gap', confidence: 'high' }, { cause: 'skill-gap', confidence: 'low' }] }, 'causes.1.cause'],
    ['a confidence that does not exist', { causes: [{ cause: 'skill-gap', confidence: 'certain' }] }, 'causes.0.confidence'],
    ['a rating of 0', { baseline: { ...missedDeadline.baseline, care: 0 } }, 'baseline.care'],
    ['a rating of 8', { baseline: { ...missedDeadline.baseline, reliance: 8 } }, 'baseline.reliance'],
    ['a rating that is not whole', { baseline: { ...missedDeadline.baseline, reliability: 3.5 } }, 'baseline.reliability'],
    ['a missing rating', { baseline: { reliability: 5, competence: 5, sincerity: 5, care: 5 } }, 'baseline.reliance'],
    ['a likelihood of 9', { stability: 9 }, 'stability'],
    ['facts over 20,000 characters', { facts: 'f'.repeat(20_001) }, 'facts'],
    ['impact over 20,000 characters', { impact: 'i'.repeat(20_001) }, 'impact'],
    ['a status that does not exist', { status: 'resolved' }, 'status'],
  ];

  it.each(bad)('refuses %s, naming the field, store unchanged', async (_label, change, field) => {
    const h = await withIncident();
    const before = h.files.snapshot();
    for (const [channel, extra] of [['incidents:create', {}], ['incidents:update', { id: h.incidentId }]] as const) {
      const result = await h.core.call(channel, { relationshipId: h.relationshipId, ...missedDeadline, ...extra, ...change });
      expect(result).toMatchObject({ ok: false, code: 'invalid-input', field });
      expect((result as { message: string }).message).toMatch(/\w{3,}.*\w{3,}/);
      expect((result as { message: string }).message).not.toContain('Acme');
    }
    expect(h.files.snapshot()).toBe(before);
  });

  it('refuses unknown fields', async () => {
    const h = await withIncident();
    const before = h.files.snapshot();
    const result = await h.core.call('incidents:create', { relationshipId: h.relationshipId, ...missedDeadline, blame: 'them' });
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(h.files.snapshot()).toBe(before);
  });

  it('answers not-found for a deleted relationship or a missing incident, store unchanged', async () => {
    const h = await harness();
    const { id } = await h.ok('relationships:create', sam);
    const other = await h.ok('relationships:create', { ...sam, name: 'Ana' });
    await h.ok('relationships:delete', { id });
    const before = h.files.snapshot();
    const gone = await h.core.call('incidents:create', { relationshipId: id, ...missedDeadline });
    expect(gone).toMatchObject({ ok: false, code: 'not-found' });
    expect((gone as { message: string }).message).toMatch(/deleted/);
    const missing = await h.core.call('incidents:update', { relationshipId: other.id, id: 'nope', ...missedDeadline });
    expect(missing).toMatchObject({ ok: false, code: 'not-found' });
    expect(h.files.snapshot()).toBe(before);
  });

  it('a failed write leaves the journal as it was', async () => {
    const h = await withIncident();
    const before = h.files.snapshot();
    h.files.failNextWrite = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    const result = await h.core.call('incidents:create', { relationshipId: h.relationshipId, ...missedDeadline, title: 'Second' });
    expect(result.ok).toBe(false);
    expect(h.files.snapshot()).toBe(before);
    const journal = await h.ok('journals:get', { relationshipId: h.relationshipId });
    expect(journal.incidents).toHaveLength(1);
  });
});
