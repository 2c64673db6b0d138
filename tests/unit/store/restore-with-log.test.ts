import { describe, it, expect } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { callLoose, callOk } from '../../support/typed-call';
import { SAM } from '../follow-up/helpers';

/**
 * Deleting and bringing back a person in change-log mode (the mode every user runs). The snapshot is
 * only as new as the last fold; the edits saved since live in this computer's log, and a removal is a
 * tombstone that every computer honours for good.
 */
const DEVICE = { id: 'a1a1a1a1a1a1a1a1', name: 'Laptop' };

async function world(compactEvery?: number) {
  const files = new MemoryFileStore();
  const stamp = fixedStamp(); // one clock and one id sequence across restarts, as a real computer has
  const open = async () => openCore({ files, platform: testPlatform().platform, ...stamp, device: DEVICE, ...(compactEvery ? { compactEvery } : {}) });
  return { files, open };
}

const names = (home: { people: { name: string }[] }) => home.people.map((p) => p.name);

describe('restoring a deleted person', () => {
  it('from the Trash brings back the edits saved after the last fold, and stays back after a restart', async () => {
    const w = await world();
    const ok = callOk(await w.open());
    const { id } = await ok('relationships:create', SAM);
    await ok('relationships:update', { id, ...SAM, notes: 'Prefers mornings.' });
    const { trashedTo } = await ok('relationships:delete', { id });

    const again = callOk(await w.open());
    const back = await again('trash:restore', { file: trashedTo.replace('trash/', '') });
    expect(back.name).toBe(SAM.name);
    // The removal stays final on every computer, so the person returns as a new journal.
    expect(back.id).not.toBe(id);
    expect((await again('journals:get', { relationshipId: back.id })).relationship.notes).toBe('Prefers mornings.');

    const third = callOk(await w.open());
    expect((await third('journals:get', { relationshipId: back.id })).relationship.notes).toBe('Prefers mornings.');
    expect(names(await third('home:get', {}))).toEqual([SAM.name]);
  });

  it('a delete cut off before Home forgot the person is finished when they are opened', async () => {
    const w = await world();
    const ok = callOk(await w.open());
    const { id } = await ok('relationships:create', SAM);
    await ok('relationships:update', { id, ...SAM, notes: 'Prefers mornings.' });
    const index = (await w.files.list(`devices/${DEVICE.id}/index`)).map((n) => `devices/${DEVICE.id}/index/${n}`);
    const before = await Promise.all(index.map(async (p) => [p, await w.files.read(p)] as const));
    await ok('relationships:delete', { id });
    for (const [p, bytes] of before) await w.files.write(p, bytes!); // the kill: the index never heard of the delete

    const core = await w.open();
    expect(names(await callOk(core)('home:get', {}))).toEqual([SAM.name]);
    const opened = await callLoose(core)('journals:get', { relationshipId: id });
    expect(opened).toMatchObject({ ok: false, code: 'not-found' });
    expect((opened as { message: string }).message).toContain('Trash');
    expect(names(await callOk(core)('home:get', {}))).toEqual([]);
    const [item] = await callOk(core)('trash:list', {});
    const back = await callOk(core)('trash:restore', { file: item!.file });
    expect((await callOk(await w.open())('journals:get', { relationshipId: back.id })).relationship.notes).toBe('Prefers mornings.');
  });

  it('over a damaged snapshot, an earlier version comes back with every edit saved after it', async () => {
    const w = await world(); // the edit lives in the log only: no fold since the first version
    const ok = callOk(await w.open());
    const { id } = await ok('relationships:create', SAM);
    await ok('relationships:update', { id, ...SAM, notes: 'Written after the first version.' });
    await w.files.write(`relationships/${id}.json`, new TextEncoder().encode('{ damaged'));

    const core = callOk(await w.open());
    const versions = await core('journals:backups', { relationshipId: id });
    const first = versions.find((v) => v.updatedAt === versions.at(-1)?.updatedAt);
    expect(first, 'the first version is held').toBeTruthy();
    await core('journals:restore', { relationshipId: id, backupId: first!.id });

    const reopened = callOk(await w.open());
    // The version's header says how far into the log it reached: the edit after it is merged again,
    // as the newest value, not offered as a competing "also written" version.
    expect((await reopened('journals:get', { relationshipId: id })).relationship.notes).toBe('Written after the first version.');
    expect(await reopened('alternatives:list', { relationshipId: id })).toEqual([]);
  });
});

describe('a journal whose snapshot went missing (moved away by hand or by a sync tool)', () => {
  it('opens from its change log alone, with its creation and every edit after it: nothing to restore', async () => {
    // Before creations were logged, this journal could only come back by restoring the copy in trash/
    // (that path, with the log lines after the copy, is tested in recovery/putback-log-lines.test.ts).
    const w = await world();
    const ok = callOk(await w.open());
    const { id } = await ok('relationships:create', SAM);
    await ok('relationships:update', { id, ...SAM, notes: 'Prefers mornings.' });
    await w.files.move(`relationships/${id}.json`, `trash/${id}-2026-03-01T10-00-00-000Z.json`);

    const core = callOk(await w.open());
    const opened = await core('journals:get', { relationshipId: id });
    expect(opened.relationship).toMatchObject({ name: SAM.name, notes: 'Prefers mornings.' });
    expect(names(await core('home:get', {}))).toEqual([SAM.name]);
    expect(await core('alternatives:list', { relationshipId: id })).toEqual([]);
  });
});
