import { beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { encodeBackup } from '../../../src/core/store/backup-file';
import type { Journal } from '../../../src/core/model/journal';
import { MemoryFileStore, fixedStamp } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { memoryPlatform } from './memory-platform';

/**
 * Backups Mend itself could never have written: entries sharing an id inside one journal (one edit
 * would then overwrite all of them) and person ids that are not safe file names on every system.
 * Each is refused before anything changes, and the message says which.
 */
let outside: ReturnType<typeof memoryPlatform>;
let source: Core;
let target: Core;
let targetFiles: MemoryFileStore;
let sam: Journal;

beforeEach(async () => {
  outside = memoryPlatform();
  source = await openCore({ files: new MemoryFileStore(), platform: outside.platform, ...fixedStamp('2026-03-01T09:00:00.000Z') });
  targetFiles = new MemoryFileStore();
  target = await openCore({ files: targetFiles, platform: outside.platform, ...fixedStamp('2026-03-02T09:00:00.000Z') });
  sam = await ok(source, 'journals:get', { relationshipId: await addSamplePerson(source, 'Sam Rivera') });
});

async function checkBackup(journals: Journal[]) {
  outside.outside.set('/in/crafted.json', encodeBackup({ exportedAt: '2026-03-01T10:00:00.000Z', journals }));
  outside.dialogs.importFile = '/in/crafted.json';
  return target.call('imports:check', {});
}

const withId = (journal: Journal, id: string): Journal => structuredClone({ ...journal, relationship: { ...journal.relationship, id } });

describe('import refuses a backup Mend could not have written', () => {
  it('refuses entries that share an id inside one journal, naming them', async () => {
    const twin = structuredClone(sam);
    const [check] = twin.checks;
    twin.monitoringNotes[0]!.id = check!.id;
    twin.commitments[1]!.id = twin.commitments[0]!.id;
    const before = targetFiles.snapshot();
    const result = await checkBackup([twin]);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    if (result.ok) return;
    expect(result.message).toContain('Sam Rivera');
    expect(result.message).toMatch(/commitment 1 and commitment 2/);
    expect(result.message).toMatch(/trust check 1 and monitoring note 1/);
    expect(result.message).not.toContain('Flag a slipping deadline');
    expect(targetFiles.snapshot()).toBe(before);
  });

  it('refuses 1:1 notes that share an id too: reading the journal back would keep only one of them', async () => {
    await ok(source, 'capture:note', { relationshipId: sam.relationship.id, at: '2026-02-27T09:00:00.000Z', text: 'We talked about the release.' });
    const twin = structuredClone(await ok(source, 'journals:get', { relationshipId: sam.relationship.id }));
    twin.meetingNotes.push({ ...twin.meetingNotes[0]!, text: 'Another note under the same id.' });
    const before = targetFiles.snapshot();
    const result = await checkBackup([twin]);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    if (!result.ok) expect(result.message).toMatch(/1:1 note 1 and 1:1 note 2/);
    expect(targetFiles.snapshot()).toBe(before);
  });

  it.each(['CON', 'nul', 'Com1', 'LPT9', 'aux', 'PRN', 'CONIN$', 'con.txt', 'NUL.tar.gz', 'COM¹'])('refuses the person id %s', async (id) => {
    const result = await checkBackup([withId(sam, id)]);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    if (!result.ok) expect(result.message).toMatch(/cannot be a file name|Mend cannot use/);
  });

  it('accepts ids that only start like a device name', async () => {
    const result = await checkBackup([withId(sam, 'CONSOLE-1'), withId(sam, 'com10'), withId(sam, 'nully')]);
    expect(result).toMatchObject({ ok: true });
  });

  it('refuses two people whose ids differ only in case', async () => {
    const result = await checkBackup([withId(sam, 'abc-DEF'), withId(sam, 'ABC-def')]);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    if (!result.ok) expect(result.message).toMatch(/differ only in capital letters/);
  });

  it('refuses a person whose id matches one already in Mend except for case', async () => {
    const here = await ok(target, 'relationships:create', { name: 'Ana', role: '', kind: 'peer', started: null, notes: '' });
    const flipped = here.id.toUpperCase() === here.id ? here.id.toLowerCase() : here.id.toUpperCase();
    expect(flipped).not.toBe(here.id);
    const result = await checkBackup([withId(sam, flipped)]);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    if (!result.ok) expect(result.message).toMatch(/differ only in capital letters/);
  });
});
