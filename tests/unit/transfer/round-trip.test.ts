import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import type { Platform } from '../../../src/core/services/platform';
import { readExternalFile, writeExternalFile } from '../../../src/main/external-files';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';

/** Export → wipe the data folder → import, on real folders with the real storage and file code. */
let base: string;
let data: string;
let exports: string;
let importFile: string | null = null;

beforeEach(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'mend-roundtrip-'));
  data = path.join(base, 'data');
  exports = path.join(base, 'exports');
  await fs.mkdir(exports);
});
afterEach(async () => {
  await fs.rm(base, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

const platform = (): Platform => ({
  ...testPlatform().platform,
  dataFolder: data,
  chooseExportFolder: async () => exports,
  chooseImportFile: async () => importFile,
  writeExternalFile,
  readExternalFile,
});

const open = (start: string): Promise<Core> =>
  openCore({ files: createNodeFileStore(data, { warn: () => undefined }), platform: platform(), ...fixedStamp(start), device: { id: 'c0ffee00c0ffee00', name: 'This computer' } });

/** Everything a person can see: the list, and every journal in full. */
async function everything(core: Core) {
  const list = await ok(core, 'relationships:list', { includeArchived: true });
  const journals = await Promise.all(list.map((r) => ok(core, 'journals:get', { relationshipId: r.id })));
  return { list, journals };
}

describe('export → wipe → import', () => {
  it('reproduces every journal exactly', async () => {
    const core = await open('2026-03-01T09:00:00.000Z');
    await addSamplePerson(core, 'Sam Rivera');
    await addSamplePerson(core, 'Noor Haddad');
    const ana = await ok(core, 'relationships:create', { name: 'Ana Silva', role: 'Design lead', kind: 'peer', started: null, notes: 'Ünïcödé ✓ and "quotes"\n\n> a quote' });
    await ok(core, 'relationships:archive', { id: ana.id, archived: true });
    const before = await everything(core);
    expect(before.journals).toHaveLength(3);

    const exported = await ok(core, 'exports:backup', {});
    if (exported.cancelled) return expect.unreachable('cancelled');
    importFile = exported.files[0]!;
    expect(path.dirname(importFile)).toBe(exports);

    await core.settled?.(); // Mend is closed before its folder is lost: what follows the saves is written
    await fs.rm(data, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    const wiped = await open('2026-03-05T09:00:00.000Z');
    expect(await ok(wiped, 'relationships:list', { includeArchived: true })).toEqual([]);

    const preview = await ok(wiped, 'imports:check', {});
    if (preview.cancelled) return expect.unreachable('cancelled');
    expect(preview.items.map((i) => i.action)).toEqual(['add', 'add', 'add']);
    expect(await ok(wiped, 'imports:apply', { token: preview.token })).toMatchObject({ add: 3, replace: 0, keep: 0, same: 0, setAside: [] });

    expect(await everything(wiped)).toEqual(before);
    // And after a restart, from disk alone.
    expect(await everything(await open('2026-03-06T09:00:00.000Z'))).toEqual(before);

    // Importing the same backup again finds nothing to do.
    const again = await ok(wiped, 'imports:check', {});
    if (again.cancelled) return expect.unreachable('cancelled');
    expect(again.items.map((i) => i.action)).toEqual(['same', 'same', 'same']);
  });

  it('writes readable Markdown files next to each other, never over one another', async () => {
    const core = await open('2026-03-01T09:00:00.000Z');
    await addSamplePerson(core, 'Sam Rivera');
    await ok(core, 'exports:markdown', {});
    await ok(core, 'exports:markdown', {});
    expect((await fs.readdir(exports)).sort()).toEqual(['Sam Rivera (2).md', 'Sam Rivera.md']);
    const md = await fs.readFile(path.join(exports, 'Sam Rivera.md'), 'utf8');
    expect(md).toMatch(/^# Sam Rivera\n/);
    expect(md).toContain('### Trust check ·');
  });
});
