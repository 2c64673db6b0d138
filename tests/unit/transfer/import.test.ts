import { beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { decodeEnvelope } from '../../../src/core/store/envelope';
import { journalSpec } from '../../../src/core/model/journal';
import type { ImportCheck } from '../../../src/core/services/import';
import { MemoryFileStore, fixedStamp } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { memoryPlatform } from './memory-platform';

/**
 * Two installs of Mend. `a` has Sam, Ana and Kim; `b` got a's first backup and then went its own way.
 * The second backup from `a` then meets `b`: one person is new, one changed in a, one changed in b,
 * one is the same in both.
 */
let outside: ReturnType<typeof memoryPlatform>;
let a: Core;
let b: Core;
let bFiles: MemoryFileStore;
const ids: Record<'sam' | 'ana' | 'kim' | 'lee', string> = { sam: '', ana: '', kim: '', lee: '' };
const person = (name: string) => ({ name, role: '', kind: 'peer' as const, started: null, notes: `About ${name}.` });

async function backupOf(core: Core): Promise<string> {
  const result = await ok(core, 'exports:backup', {});
  if (result.cancelled) return expect.unreachable('cancelled');
  return result.files[0]!;
}

async function check(core: Core, file: string): Promise<Extract<ImportCheck, { cancelled: false }>> {
  outside.dialogs.importFile = file;
  const result = await ok(core, 'imports:check', {});
  if (result.cancelled) return expect.unreachable('cancelled');
  return result;
}

beforeEach(async () => {
  outside = memoryPlatform();
  a = await openCore({ files: new MemoryFileStore(), platform: outside.platform, ...fixedStamp('2026-03-01T09:00:00.000Z'), device: { id: 'a0a0a0a0a0a0a0a0', name: 'A' } });
  bFiles = new MemoryFileStore();
  b = await openCore({ files: bFiles, platform: outside.platform, ...fixedStamp('2026-03-02T09:00:00.000Z'), device: { id: 'b0b0b0b0b0b0b0b0', name: 'B' } });
  ids.sam = await addSamplePerson(a, 'Sam Rivera');
  ids.ana = (await ok(a, 'relationships:create', person('Ana Silva'))).id;
  ids.kim = (await ok(a, 'relationships:create', person('Kim Lee'))).id;
  const first = await check(b, await backupOf(a));
  await ok(b, 'imports:apply', { token: first.token });
  await ok(b, 'relationships:update', { id: ids.ana, ...person('Ana Silva'), notes: 'Changed in b.' });
  await ok(a, 'monitoring-notes:create', { relationshipId: ids.sam, at: '2026-02-26T09:00:00.000Z', kind: 'took-work-back', note: 'Took the deck back.' });
  ids.lee = (await ok(a, 'relationships:create', person('Lee Park'))).id;
});

describe('import a backup', () => {
  it('shows what it holds and what it would do, changing nothing until confirmed', async () => {
    const before = bFiles.snapshot();
    const preview = await check(b, await backupOf(a));
    expect(preview.fileName).toMatch(/^Mend backup .*\.json$/);
    expect(preview.rule).toContain('Importing never removes anything from Mend.');
    expect(preview.items.map((i) => [i.name, i.action, i.entries])).toEqual([
      ['Ana Silva', 'keep', 0],
      ['Kim Lee', 'same', 0],
      ['Lee Park', 'add', 0],
      ['Sam Rivera', 'merge', 8],
    ]);
    expect(preview.items[3]!.current).toMatchObject({ name: 'Sam Rivera', entries: 7 });
    expect(preview.items[3]!.changes).toEqual({ added: 1, updated: 0, details: false, mineNewer: 0, removedHere: 0 });
    expect(bFiles.snapshot()).toBe(before);
    await ok(b, 'imports:cancel', { token: preview.token });
    expect(await b.call('imports:apply', { token: preview.token })).toMatchObject({ ok: false, code: 'conflict' });
    expect(bFiles.snapshot()).toBe(before);
  });

  it('applies the rule on confirmation and keeps every losing copy in trash/', async () => {
    const preview = await check(b, await backupOf(a));
    const outcome = await ok(b, 'imports:apply', { token: preview.token });
    expect(outcome).toMatchObject({ add: 1, merge: 1, replace: 0, keep: 1, same: 1, added: 1, updated: 0, stayedRemoved: 0 });
    for (const id of Object.values(ids)) {
      const inB = await ok(b, 'journals:get', { relationshipId: id });
      if (id === ids.ana) expect(inB.relationship.notes).toBe('Changed in b.');
      else expect(inB).toEqual(await ok(a, 'journals:get', { relationshipId: id }));
    }
    const aside = outcome.setAside.map((path) => ({ path, journal: decodeEnvelope(journalSpec, bFiles.files.get(path)!) }));
    // Sam's merge only added an entry: nothing of Mend's lost, so only Ana's losing backup copy is set aside.
    expect(aside.map((x) => x.path.replace(/-20\d\d-\d\d-\d\dT.*$/, ''))).toEqual([`trash/${ids.ana}-from-backup`]);
    expect(aside[0]!.journal).toEqual(await ok(a, 'journals:get', { relationshipId: ids.ana }));
    expect((await ok(b, 'relationships:list', {})).map((r) => r.name)).toEqual(['Ana Silva', 'Kim Lee', 'Lee Park', 'Sam Rivera']);
  });

  it('refuses to apply when Mend changed after the check', async () => {
    const preview = await check(b, await backupOf(a));
    await ok(b, 'relationships:update', { id: ids.kim, ...person('Kim Lee'), notes: 'Now different.' });
    const before = bFiles.snapshot();
    const result = await b.call('imports:apply', { token: preview.token });
    expect(result).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('check it again') });
    expect(bFiles.snapshot()).toBe(before);
  });

  it('puts back a journal whose file cannot be read (and which no change log holds whole), setting the damaged file aside untouched', async () => {
    const path = `relationships/${ids.kim}.json`;
    const damaged = bFiles.files.get(path)!.slice();
    damaged[damaged.length - 30] = damaged[damaged.length - 30]! ^ 0x01;
    bFiles.files.set(path, damaged);
    // A journal from before creations were logged: only its own file held it.
    for (const log of [...bFiles.files.keys()].filter((p) => p.startsWith(`logs/${ids.kim}.`))) bFiles.files.delete(log);
    const fresh = await openCore({ files: bFiles, platform: outside.platform, ...fixedStamp('2026-03-03T09:00:00.000Z'), device: { id: 'b0b0b0b0b0b0b0b0', name: 'B' } });
    const preview = await check(fresh, await backupOf(a));
    expect(preview.items.find((i) => i.relationshipId === ids.kim)).toMatchObject({ action: 'replace', current: { entries: null } });
    const outcome = await ok(fresh, 'imports:apply', { token: preview.token });
    const setAside = outcome.setAside.find((p) => p.startsWith('damaged/'))!;
    expect(bFiles.files.get(setAside)).toEqual(damaged);
    expect(await ok(fresh, 'journals:get', { relationshipId: ids.kim })).toEqual(await ok(a, 'journals:get', { relationshipId: ids.kim }));
  });

  it('a journal whose file cannot be read but whose change logs hold it whole: the backup is merged into those, and nothing saved after it is lost', async () => {
    await ok(b, 'monitoring-notes:create', { relationshipId: ids.kim, at: '2026-03-01T09:00:00.000Z', kind: 'other', note: 'Written in b after the backup.' });
    const whole = await ok(b, 'journals:get', { relationshipId: ids.kim });
    await b.settled?.();
    const path = `relationships/${ids.kim}.json`;
    const damaged = new TextEncoder().encode('not a journal at all');
    bFiles.files.set(path, damaged);
    const fresh = await openCore({ files: bFiles, platform: outside.platform, ...fixedStamp('2026-03-03T09:00:00.000Z'), device: { id: 'b0b0b0b0b0b0b0b0', name: 'B' } });
    const preview = await check(fresh, await backupOf(a));
    const item = preview.items.find((i) => i.relationshipId === ids.kim)!;
    expect(item).toMatchObject({ action: 'keep', fromLogs: true, current: { entries: 1 } });
    expect(item.reason).toContain('every change you saved is still there');
    const outcome = await ok(fresh, 'imports:apply', { token: preview.token });
    expect(outcome.rebuilt).toBe(1);
    expect(await ok(fresh, 'journals:get', { relationshipId: ids.kim })).toEqual(whole);
    const aside = [...bFiles.files.keys()].filter((p) => p.startsWith(`damaged/${ids.kim}`));
    expect(aside).toHaveLength(1);
    expect(bFiles.files.get(aside[0]!)).toEqual(damaged);
  });

  it('does nothing when the file picker is cancelled, or when the token is unknown', async () => {
    const before = bFiles.snapshot();
    outside.dialogs.importFile = null;
    expect(await ok(b, 'imports:check', {})).toEqual({ cancelled: true });
    expect(await b.call('imports:apply', { token: 'made-up' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(bFiles.snapshot()).toBe(before);
  });
});

describe('refusing a bad backup file', () => {
  const encoder = new TextEncoder();
  const cases: [string, (good: Uint8Array) => Uint8Array, RegExp][] = [
    ['not ours', () => encoder.encode('{"rows": []}'), /it is not a Mend backup file/],
    ['from a newer Mend', (g) => encoder.encode(new TextDecoder().decode(g).replace('"version": 1', '"version": 3')), /made by a newer Mend \(backup format 3\)/],
    ['truncated', (g) => g.slice(0, Math.floor(g.length / 2)), /it is cut short or damaged/],
    ['with a bad checksum', (g) => encoder.encode(new TextDecoder().decode(g).replace('About Kim Lee.', 'About Kim Lea.')), /its checksum does not match/],
  ];

  it.each(cases)('refuses a file %s, naming the file and the problem, nothing changed', async (_label, spoil, reason) => {
    const good = outside.outside.get(await backupOf(a))!;
    outside.outside.set('/downloads/backup.json', spoil(good));
    outside.dialogs.importFile = '/downloads/backup.json';
    const before = bFiles.snapshot();
    const result = await b.call('imports:check', {});
    expect(result).toMatchObject({ ok: false, code: 'invalid-input', message: expect.stringMatching(reason) });
    expect((result as { message: string }).message).toMatch(/^Mend cannot import backup\.json: .*\. Nothing was changed\.$/);
    expect(bFiles.snapshot()).toBe(before);
  });
});
