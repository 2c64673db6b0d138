import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import type { ImportCheck } from '../../../src/core/services/import';
import { MemoryFileStore } from '../../support/memory-file-store';
import { ok } from '../../support/sample-journal';
import { memoryPlatform } from './memory-platform';

/**
 * A backup taken before a removal, imported after it, through the import channel as a person would:
 * the removed person or entry does not come back, and the check does not claim the backup is newer.
 */
const person = (name: string) => ({ name, role: '', kind: 'peer' as const, started: null, notes: `About ${name}.` });
const DEVICE = { id: 'cafecafecafecafe', name: 'Laptop' };

async function setUp() {
  const outside = memoryPlatform();
  let wall = Date.parse('2026-03-01T09:00:00.000Z');
  let n = 0;
  const core = await openCore({ files: new MemoryFileStore(), platform: outside.platform, newId: () => `id-${++n}`, now: () => new Date((wall += 60_000)), device: DEVICE });
  const backup = async (): Promise<string> => {
    const result = await ok(core, 'exports:backup', {});
    if (result.cancelled) return expect.unreachable('cancelled');
    return result.files[0]!;
  };
  const check = async (file: string): Promise<Extract<ImportCheck, { cancelled: false }>> => {
    outside.dialogs.importFile = file;
    const result = await ok(core, 'imports:check', {});
    if (result.cancelled) return expect.unreachable('cancelled');
    return result;
  };
  return { core, backup, check };
}

const names = async (core: Core) => (await ok(core, 'relationships:list', {})).map((r) => r.name).sort();

describe('importing a backup older than a removal', () => {
  it('does not bring back a person removed after the backup', async () => {
    const { core, backup, check } = await setUp();
    const sam = await ok(core, 'relationships:create', person('Sam'));
    await ok(core, 'relationships:create', person('Ana'));
    const file = await backup();
    await ok(core, 'relationships:delete', { id: sam.id });
    const plan = await check(file);
    const samItem = plan.items.find((i) => i.relationshipId === sam.id)!;
    expect(samItem.action).toBe('keep');
    expect(samItem.reason).toMatch(/removed/);
    expect(samItem.reason).not.toMatch(/more recently/);
    await ok(core, 'imports:apply', { token: plan.token });
    expect(await names(core)).toEqual(['Ana']);
  });

  it('does not bring back an entry removed after the backup, nor call the backup newer', async () => {
    const { core, backup, check } = await setUp();
    const sam = await ok(core, 'relationships:create', person('Sam'));
    await ok(core, 'monitoring-notes:create', { relationshipId: sam.id, at: '2026-02-20T09:00:00.000Z', kind: 'other', note: 'Kept this one.' });
    const gone = await ok(core, 'monitoring-notes:create', { relationshipId: sam.id, at: '2026-02-21T09:00:00.000Z', kind: 'other', note: 'Removed after the backup.' });
    const file = await backup();
    await ok(core, 'monitoring-notes:delete', { relationshipId: sam.id, id: gone.id });
    const plan = await check(file);
    const item = plan.items.find((i) => i.relationshipId === sam.id)!;
    expect(item.action, item.reason).not.toBe('replace');
    await ok(core, 'imports:apply', { token: plan.token });
    const journal = await ok(core, 'journals:get', { relationshipId: sam.id });
    expect(journal.monitoringNotes.map((m) => m.note)).toEqual(['Kept this one.']);
  });
});
