import { describe, it, expect, beforeEach } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';

const sam = { name: 'Sam Rivera', role: 'Account lead', kind: 'direct-report', started: '2024-02-01', notes: 'Owns the **Acme** account.' };

describe('relationships through dispatch', () => {
  let files: MemoryFileStore;
  let core: Core;
  const open = async () => openCore({ files, platform: testPlatform().platform, ...fixedStamp() });
  beforeEach(async () => {
    files = new MemoryFileStore();
    core = await open();
  });

  it('creates, lists, edits, archives and deletes', async () => {
    const created = await core.call('relationships:create', sam);
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    await core.call('relationships:create', { ...sam, name: 'Ana Silva', kind: 'peer' });
    const edited = await core.call('relationships:update', { id, ...sam, role: 'Senior account lead' });
    expect(edited).toMatchObject({ ok: true, value: { role: 'Senior account lead' } });
    await core.call('relationships:archive', { id, archived: true });
    const active = await core.call('relationships:list', {});
    expect(active).toMatchObject({ ok: true, value: [{ name: 'Ana Silva' }] });
    const all = await core.call('relationships:list', { includeArchived: true });
    expect((all as { value: { name: string; archived: boolean }[] }).value.map((r) => [r.name, r.archived])).toEqual([
      ['Ana Silva', false],
      ['Sam Rivera', true],
    ]);
    const deleted = await core.call('relationships:delete', { id });
    expect(deleted).toMatchObject({ ok: true });
    expect([...files.files.keys()].some((k) => k.startsWith('trash/'))).toBe(true);
    expect(await core.call('journals:get', { relationshipId: id })).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('survives a restart: a fresh core on the same files sees the same data', async () => {
    const created = await core.call('relationships:create', sam);
    const id = (created as { value: { id: string } }).value.id;
    const again = await open();
    expect(await again.call('journals:get', { relationshipId: id })).toMatchObject({
      ok: true,
      value: { relationship: { name: 'Sam Rivera', notes: sam.notes } },
    });
  });

  it.each([
    ['an empty name', { ...sam, name: '   ' }, 'name'],
    ['a name over 200 characters', { ...sam, name: 'x'.repeat(201) }, 'name'],
    ['an unknown kind', { ...sam, kind: 'boss' }, 'kind'],
    ['a wrong type', { ...sam, started: 12 }, 'started'],
    ['an impossible date', { ...sam, started: '2026-02-30' }, 'started'],
    ['notes over 20,000 characters', { ...sam, notes: 'n'.repeat(20_001) }, 'notes'],
  ])('refuses %s with invalid-input naming the field, store unchanged', async (_label, input, field) => {
    const before = files.snapshot();
    const result = await core.call('relationships:create', input);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input', field });
    expect((result as { message: string }).message.length).toBeGreaterThan(5);
    expect(files.snapshot()).toBe(before);
  });

  it('refuses unknown fields and unknown channels', async () => {
    const before = files.snapshot();
    expect(await core.call('relationships:create', { ...sam, salary: 1 })).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await core.call('relationships:drop', {})).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(files.snapshot()).toBe(before);
  });

  it('answers not-found for ids that do not exist, store unchanged', async () => {
    const before = files.snapshot();
    for (const [channel, input] of [
      ['relationships:update', { id: 'nope', ...sam }],
      ['relationships:archive', { id: 'nope', archived: true }],
      ['relationships:delete', { id: 'nope' }],
      ['journals:get', { relationshipId: 'nope' }],
    ] as const) {
      expect(await core.call(channel, input)).toMatchObject({ ok: false, code: 'not-found' });
    }
    expect(files.snapshot()).toBe(before);
  });

  it('a failed write leaves memory and disk as they were', async () => {
    const created = await core.call('relationships:create', sam);
    const id = (created as { value: { id: string } }).value.id;
    const before = files.snapshot();
    files.failNextWrite = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    const result = await core.call('relationships:update', { id, ...sam, name: 'Changed' });
    expect(result.ok).toBe(false);
    expect(files.snapshot()).toBe(before);
    expect(await core.call('journals:get', { relationshipId: id })).toMatchObject({ value: { relationship: { name: 'Sam Rivera' } } });
  });
});
