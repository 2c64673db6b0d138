import { beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { decodeBackup } from '../../../src/core/store/backup-file';
import { MemoryFileStore, fixedStamp } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { memoryPlatform, text } from './memory-platform';

let files: MemoryFileStore;
let outside: ReturnType<typeof memoryPlatform>;
let core: Core;
let sam: string;
let ana: string;

beforeEach(async () => {
  files = new MemoryFileStore();
  outside = memoryPlatform();
  core = await openCore({ files, platform: outside.platform, ...fixedStamp(), device: { id: 'c0ffee00c0ffee00', name: 'This computer' } });
  sam = await addSamplePerson(core, 'Sam Rivera');
  ana = (await ok(core, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' })).id;
});

/** Overwrites a journal file with bytes Mend cannot read (as a disk fault would). */
function damage(id: string): void {
  const path = `relationships/${id}.json`;
  const bytes = files.files.get(path)!.slice();
  bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 0x04;
  files.files.set(path, bytes);
}

describe('export to Markdown', () => {
  it('writes one document for one person, and one per person for everyone, changing nothing in Mend', async () => {
    const before = files.snapshot();
    const one = await ok(core, 'exports:markdown', { relationshipId: sam });
    expect(one).toMatchObject({ cancelled: false, folder: '/exports', files: ['/exports/Sam Rivera.md'], skipped: [], journals: 1, entries: 7 });
    expect(text(outside.outside.get('/exports/Sam Rivera.md'))).toContain('### Incident ·');
    const all = await ok(core, 'exports:markdown', {});
    // Never replaces a file already there: the second Sam export gets its own name.
    expect(all).toMatchObject({ files: ['/exports/Ana Silva.md', '/exports/Sam Rivera (2).md'], journals: 2, entries: 7 });
    expect(files.snapshot()).toBe(before);
  });

  it('does nothing when the folder picker is cancelled', async () => {
    outside.dialogs.exportFolder = null;
    expect(await ok(core, 'exports:markdown', {})).toEqual({ cancelled: true });
    expect(await ok(core, 'exports:backup', {})).toEqual({ cancelled: true });
    expect(outside.outside.size).toBe(0);
  });

  it('names a journal it cannot read instead of leaving it out silently; one person alone is refused', async () => {
    damage(ana);
    const fresh = await openCore({ files, platform: outside.platform, ...fixedStamp(), device: { id: 'c0ffee00c0ffee00', name: 'This computer' } });
    const all = await ok(fresh, 'exports:markdown', {});
    expect(all).toMatchObject({ files: ['/exports/Sam Rivera.md'], skipped: [{ name: 'Ana Silva' }] });
    // Gone with its log too: the log alone (which holds the creation) would rebuild the journal.
    for (const path of [...files.files.keys()]) if (path === `relationships/${sam}.json` || path.startsWith(`logs/${sam}.`)) files.files.delete(path);
    const none = await ok(await openCore({ files, platform: outside.platform, ...fixedStamp(), device: { id: 'c0ffee00c0ffee00', name: 'This computer' } }), 'exports:backup', {});
    expect(none).toMatchObject({ journals: 0, skipped: [{ name: 'Ana Silva', reason: expect.stringContaining('cannot be read') }, { name: 'Sam Rivera', reason: 'its file is missing from the data folder' }] });
    const alone = await fresh.call('exports:markdown', { relationshipId: ana });
    expect(alone).toMatchObject({ ok: false, code: 'damaged' });
    expect((alone as { message: string }).message).toContain(`relationships/${ana}.json`);
  });

  it('refuses when there is no one to export, and for a person who does not exist', async () => {
    const empty = await openCore({ files: new MemoryFileStore(), platform: outside.platform, ...fixedStamp(), device: { id: 'c0ffee00c0ffee00', name: 'This computer' } });
    expect(await empty.call('exports:markdown', {})).toMatchObject({ ok: false, code: 'invalid-input', message: 'There is nothing to export yet. Add a person first.' });
    expect(await empty.call('exports:backup', {})).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await core.call('exports:markdown', { relationshipId: 'nobody' })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await core.call('exports:markdown', { relationshipId: sam, extra: 1 })).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(outside.outside.size).toBe(0);
  });

  it('reports a folder that cannot be written, in the platform’s words', async () => {
    outside.platform.writeExternalFile = async () => {
      const { DomainError } = await import('../../../src/core/errors');
      throw new DomainError('storage', 'Could not save the export in /exports: the folder is read-only. Choose another folder and try again.');
    };
    expect(await core.call('exports:backup', {})).toMatchObject({ ok: false, code: 'storage', message: expect.stringContaining('read-only') });
  });
});

describe('export to a JSON backup', () => {
  it('holds every journal, archived people included, with a checksum', async () => {
    await ok(core, 'relationships:archive', { id: ana, archived: true });
    const result = await ok(core, 'exports:backup', {});
    expect(result).toMatchObject({ cancelled: false, journals: 2, entries: 7, skipped: [] });
    const path = (result as { files: string[] }).files[0]!;
    expect(path).toMatch(/^\/exports\/Mend backup \d{4}-\d{2}-\d{2}\.json$/);
    const backup = decodeBackup(outside.outside.get(path)!);
    expect(backup.journals.map((j) => j.relationship.name)).toEqual(['Ana Silva', 'Sam Rivera']);
    expect(backup.journals[1]).toEqual(await ok(core, 'journals:get', { relationshipId: sam }));
  });
});
