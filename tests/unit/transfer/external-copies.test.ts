import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { COPIES_FILE, createCopiesLedger } from '../../../src/main/external-copies-file';
import { MemoryFileStore, fixedStamp } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { memoryPlatform } from './memory-platform';

/**
 * Every export is remembered in user-data (never in the data folder: the list names people), so
 * Settings can say which unencrypted copies exist outside Mend, whether each is still there, and
 * let the person forget an entry.
 */
let userData: string;
let files: MemoryFileStore;
let outside: ReturnType<typeof memoryPlatform>;

beforeEach(async () => {
  userData = await fs.mkdtemp(path.join(os.tmpdir(), 'mend-copies-'));
  files = new MemoryFileStore();
  outside = memoryPlatform();
});
afterEach(async () => {
  await fs.rm(userData, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

const open = (): Promise<Core> => openCore({ files, platform: outside.platform, ...fixedStamp(), copies: createCopiesLedger(userData, { warn: () => undefined }) });

describe('copies outside Mend', () => {
  it('remembers each Markdown export and backup with its people, across a restart, until forgotten', async () => {
    const core = await open();
    await addSamplePerson(core, 'Sam Rivera');
    await ok(core, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
    await ok(core, 'exports:markdown', {});
    await ok(core, 'exports:backup', {});

    const again = await open();
    const list = await ok(again, 'copies:list', {});
    expect(list.map((c) => [c.kind, c.path, c.people])).toEqual([
      ['backup', expect.stringMatching(/^\/exports\/Mend backup \d{4}-\d\d-\d\d\.json$/), ['Ana Silva', 'Sam Rivera']],
      ['markdown', '/exports/Sam Rivera.md', ['Sam Rivera']],
      ['markdown', '/exports/Ana Silva.md', ['Ana Silva']],
    ]);
    // The memory platform writes nothing to disk, so none of these paths is there now.
    expect(list.every((c) => c.exists === false && !Number.isNaN(Date.parse(c.at)))).toBe(true);
    // The list is in user-data, the one file there; nothing was added to the data folder for it.
    expect(await fs.readdir(userData)).toEqual([COPIES_FILE]);

    const after = await ok(again, 'copies:forget', { id: list[1]!.id });
    expect(after.map((c) => c.path)).not.toContain('/exports/Sam Rivera.md');
    expect(await ok(await open(), 'copies:list', {})).toHaveLength(2);
  });

  it('says whether each file is still there, checked at every look', async () => {
    const ledger = createCopiesLedger(userData, { warn: () => undefined });
    const real = path.join(userData, 'Sam Rivera.md');
    await fs.writeFile(real, '# Sam');
    await ledger.record({ path: real, kind: 'markdown', at: '2026-03-01T09:00:00.000Z', people: ['Sam Rivera'] });
    expect((await ledger.list())[0]).toMatchObject({ path: real, exists: true });
    await fs.rm(real);
    expect((await ledger.list())[0]).toMatchObject({ path: real, exists: false });
  });

  it('an unreadable list is an empty one, and an export still succeeds when the list cannot be saved', async () => {
    await fs.writeFile(path.join(userData, COPIES_FILE), '{ not json');
    expect(await createCopiesLedger(userData).list()).toEqual([]);
    const warnings: string[] = [];
    const blocked = createCopiesLedger(path.join(userData, COPIES_FILE, 'not-a-folder'), { warn: (m) => void warnings.push(m) });
    const core = await openCore({ files, platform: outside.platform, ...fixedStamp(), copies: blocked });
    await addSamplePerson(core, 'Sam Rivera');
    expect(await ok(core, 'exports:backup', {})).toMatchObject({ cancelled: false });
    expect(warnings.join(' ')).toContain(COPIES_FILE);
    expect(warnings.join(' ')).not.toContain('Sam');
  });
});
