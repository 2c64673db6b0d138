import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { encodeEnvelope } from '../../../src/core/store/envelope';
import { journalSpec } from '../../../src/core/model/journal';
import type { ImportCheck } from '../../../src/core/services/import';
import { MemoryFileStore } from '../../support/memory-file-store';
import { ok } from '../../support/sample-journal';
import { memoryPlatform } from './memory-platform';

/**
 * Two computers, A and B, each with its own folder, passing backups on a USB stick. An import merges
 * entry by entry: whatever Mend has that the backup lacks stays, and nothing is ever removed by it.
 */
const person = (name: string, notes = `About ${name}.`) => ({ name, role: '', kind: 'peer' as const, started: null, notes });
const YEAR = 365 * 86_400_000;

function world() {
  const outside = memoryPlatform();
  let wall = Date.parse('2026-12-01T09:00:00.000Z');
  const open = (name: string, files = new MemoryFileStore(), skew = 0) => {
    let n = 0;
    return openCore({
      files,
      platform: outside.platform,
      newId: () => `${name}-${++n}`,
      now: () => new Date((wall += 60_000) + skew),
      device: { id: name === 'A' ? 'a0a0a0a0a0a0a0a0' : 'b0b0b0b0b0b0b0b0', name },
    });
  };
  const backup = async (core: Core): Promise<string> => {
    const result = await ok(core, 'exports:backup', {});
    if (result.cancelled) return expect.unreachable('cancelled');
    return result.files[0]!;
  };
  const check = async (core: Core, file: string): Promise<Extract<ImportCheck, { cancelled: false }>> => {
    outside.dialogs.importFile = file;
    const result = await ok(core, 'imports:check', {});
    if (result.cancelled) return expect.unreachable('cancelled');
    return result;
  };
  const importInto = async (core: Core, file: string) => {
    const plan = await check(core, file);
    return { plan, outcome: await ok(core, 'imports:apply', { token: plan.token }) };
  };
  return { open, backup, check, importInto };
}

/** A has Sam; B starts from A's backup. */
async function shared(skewA = 0) {
  const w = world();
  const a = await w.open('A', new MemoryFileStore(), skewA);
  const bFiles = new MemoryFileStore();
  const b = await w.open('B', bFiles);
  const sam = await ok(a, 'relationships:create', person('Sam'));
  await w.importInto(b, await w.backup(a));
  return { ...w, a, b, bFiles, sam };
}

const notes = async (core: Core, id: string) => (await ok(core, 'journals:get', { relationshipId: id })).monitoringNotes.map((m) => m.note).sort();
const bid = (relationshipId: string, what: string) => ({ relationshipId, at: '2026-11-30T09:00:00.000Z', by: 'me' as const, what, received: 'well' as const, note: '' });
const note = (relationshipId: string, text: string) => ({ relationshipId, at: '2026-11-30T09:00:00.000Z', kind: 'other' as const, note: text });

describe('importing merges entry by entry and never removes', () => {
  it('keeps an entry written only in Mend when the backup was changed more recently', async () => {
    const { a, b, bFiles, sam, backup, importInto, open } = await shared();
    await ok(b, 'monitoring-notes:create', note(sam.id, 'Y: written on B.'));
    await ok(a, 'relationships:update', { id: sam.id, ...person('Sam', 'Edited on A.') });
    const { plan } = await importInto(b, await backup(a));
    expect(await notes(b, sam.id)).toEqual(['Y: written on B.']);
    expect((await ok(b, 'journals:get', { relationshipId: sam.id })).relationship.notes).toBe('Edited on A.');
    const item = plan.items[0]!;
    expect(item.action).toBe('merge');
    expect(item.reason).not.toMatch(/replace/i);
    // Read back from the folder, as the next start would: no removal was recorded for Y.
    const again = await open('B', bFiles);
    expect(await notes(again, sam.id)).toEqual(['Y: written on B.']);
  });

  it('adds an entry only in the backup even when Mend was changed more recently', async () => {
    const { a, b, sam, backup, importInto } = await shared();
    await ok(a, 'monitoring-notes:create', note(sam.id, 'X: written on A.'));
    await ok(b, 'relationships:update', { id: sam.id, ...person('Sam', 'Edited on B, later.') });
    const { plan, outcome } = await importInto(b, await backup(a));
    expect(await notes(b, sam.id)).toEqual(['X: written on A.']);
    expect((await ok(b, 'journals:get', { relationshipId: sam.id })).relationship.notes).toBe('Edited on B, later.');
    expect(plan.items[0]!.action).toBe('merge');
    expect(plan.items[0]!.changes).toMatchObject({ added: 1, updated: 0, details: false });
    expect(outcome).toMatchObject({ merge: 1, added: 1, updated: 0 });
  });

  it('takes each entry from the copy that changed it more recently, and says so before anything changes', async () => {
    const { a, b, sam, backup, importInto } = await shared();
    const one = await ok(a, 'repair-bids:create', bid(sam.id, 'one'));
    const two = await ok(a, 'repair-bids:create', bid(sam.id, 'two'));
    await importInto(b, await backup(a));
    await ok(a, 'repair-bids:update', { ...bid(sam.id, 'one, edited on A'), id: one.id });
    await ok(b, 'repair-bids:update', { ...bid(sam.id, 'two, edited on B later'), id: two.id });
    await ok(a, 'repair-bids:create', bid(sam.id, 'three, new on A'));
    const { plan, outcome } = await importInto(b, await backup(a));
    const bids = (await ok(b, 'journals:get', { relationshipId: sam.id })).repairBids.map((r) => r.what).sort();
    expect(bids).toEqual(['one, edited on A', 'three, new on A', 'two, edited on B later']);
    expect(plan.items[0]).toMatchObject({ action: 'merge', changes: { added: 1, updated: 1, mineNewer: 1, details: false } });
    expect(plan.items[0]!.reason).toMatch(/add 1 entry/);
    expect(outcome).toMatchObject({ merge: 1, added: 1, updated: 1 });
  });

  it('changes nothing when Mend already holds everything in the backup', async () => {
    const { a, b, sam, backup, check } = await shared();
    await ok(b, 'monitoring-notes:create', note(sam.id, 'only on B'));
    const plan = await check(b, await backup(a));
    expect(plan.items[0]!.action).toBe('keep');
    expect(await ok(b, 'imports:apply', { token: plan.token })).toMatchObject({ keep: 1, added: 0, updated: 0 });
    expect(await notes(b, sam.id)).toEqual(['only on B']);
  });
});

describe('a backup whose clock was far ahead', () => {
  it('counts its times as now, and says the clock looked wrong', async () => {
    const { a, b, sam, backup, check } = await shared(YEAR);
    await ok(a, 'relationships:update', { id: sam.id, ...person('Sam', 'Written on A, clock a year ahead.') });
    const plan = await check(b, await backup(a));
    const item = plan.items[0]!;
    expect(item.reason).toMatch(/clock looked wrong/);
    expect(item.clockAhead).toBe(true);
  });
});

describe('the Trash after an import', () => {
  it('lists deleted people only, never the copies an import set aside', async () => {
    const { a, b, bFiles, sam, backup, importInto } = await shared();
    const kim = await ok(b, 'relationships:create', person('Kim'));
    await ok(b, 'relationships:delete', { id: kim.id });
    const journal = await ok(b, 'journals:get', { relationshipId: sam.id });
    for (const tag of ['replaced', 'from-backup', 'unlisted']) {
      bFiles.files.set(`trash/${sam.id}-${tag}-2026-11-01T09-00-00-000Z.json`, encodeEnvelope(journalSpec, journal));
    }
    await ok(a, 'relationships:update', { id: sam.id, ...person('Sam', 'Edited on A.') });
    await importInto(b, await backup(a));
    const trash = await ok(b, 'trash:list', {});
    expect(trash.map((t) => t.name)).toEqual(['Kim']);
    const leftover = await b.call('trash:restore', { file: `${sam.id}-replaced-2026-11-01T09-00-00-000Z.json` });
    expect(leftover).toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('never tells of an entry Mend never had as one "you removed": the check says what the import then does', async () => {
    const { a, b, sam, importInto, backup } = await shared();
    await ok(a, 'monitoring-notes:create', { relationshipId: sam.id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: 'Written on A only.' });
    const mine = await ok(b, 'monitoring-notes:create', { relationshipId: sam.id, at: '2026-11-30T10:00:00.000Z', kind: 'other', note: 'Written on B, then removed.' });
    await ok(b, 'monitoring-notes:delete', { relationshipId: sam.id, id: mine.id });
    const { plan, outcome } = await importInto(b, await backup(a));
    expect(plan.items[0]).toMatchObject({ action: 'merge', changes: { added: 1, removedHere: 0 } });
    expect(plan.items[0]!.reason).not.toMatch(/removed/);
    expect(outcome).toMatchObject({ added: 1, stayedRemoved: 0 });
    expect(await notes(b, sam.id)).toEqual(['Written on A only.']);
  });
});
