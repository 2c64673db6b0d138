import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { BACKUP_SETTINGS_PATH } from '../../../src/core/model/backup-settings';
import { backupPolicyFor, readBackupSettings, saveBackupSettings } from '../../../src/main/backup-settings';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mend-backup-settings-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('backup settings file', () => {
  it('defaults to ten versions plus thirty days, and round-trips a saved number', async () => {
    expect(await backupPolicyFor(dir)).toEqual({ keepLast: 10, dailyDays: 30 });
    await saveBackupSettings(dir, { keepLast: 3 });
    expect(await readBackupSettings(dir)).toEqual({ keepLast: 3 });
    expect(await backupPolicyFor(dir)).toEqual({ keepLast: 3, dailyDays: 30 });
    expect(JSON.parse(await fs.readFile(path.join(dir, BACKUP_SETTINGS_PATH), 'utf8'))).toMatchObject({ mend: 'settings', data: { keepLast: 3 } });
  });

  it('falls back to the defaults on a damaged file, saying so without failing to open', async () => {
    await saveBackupSettings(dir, { keepLast: 2 });
    const file = path.join(dir, BACKUP_SETTINGS_PATH);
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('"keepLast": 2', '"keepLast": 3'));
    const warnings: string[] = [];
    expect(await readBackupSettings(dir, (m) => warnings.push(m))).toEqual({ keepLast: 10 });
    expect(warnings).toEqual([`Could not read ${BACKUP_SETTINGS_PATH} (its checksum does not match, so part of it was changed or damaged); keeping the default number of versions.`]);
  });

  it('is the policy the storage prunes by', async () => {
    await saveBackupSettings(dir, { keepLast: 2 });
    const now = new Date('2026-03-01T10:00:00.000Z');
    const store = createNodeFileStore(dir, { backups: await backupPolicyFor(dir), now: () => now });
    for (let i = 0; i < 30; i++) await store.write('relationships/r.json', new TextEncoder().encode(`v${i}`));
    const kept = await store.backups('relationships/r.json');
    // Two newest plus the newest of today (one of them), pruned every few saves: never the 29 made.
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.length).toBeLessThanOrEqual(2 + 5);
  });
});

describe('backup settings through the core', () => {
  it('reads and saves the number, refusing one out of range with a message beside the field', async () => {
    const core = await openCore({ files: new (await import('../../support/memory-file-store')).MemoryFileStore(), platform: testPlatform().platform, ...fixedStamp() });
    expect(await core.call('backups:settings', {})).toEqual({ ok: true, value: { keepLast: 10, dailyDays: 30 } });
    expect(await core.call('backups:save-settings', { keepLast: 25 })).toEqual({ ok: true, value: { keepLast: 25, dailyDays: 30 } });
    expect(await core.call('backups:settings', {})).toMatchObject({ value: { keepLast: 25 } });
    for (const [keepLast, message] of [
      [0, 'Keep at least one earlier version.'],
      [101, 'Keep at most 100 versions; the daily copies cover the weeks before.'],
      [2.5, 'Use a whole number of versions.'],
    ] as const) {
      expect(await core.call('backups:save-settings', { keepLast })).toEqual({ ok: false, code: 'invalid-input', message, field: 'keepLast' });
    }
    expect(await core.call('backups:save-settings', { keepLast: null })).toMatchObject({ ok: false, code: 'invalid-input', field: 'keepLast' });
    expect(await core.call('backups:settings', {})).toMatchObject({ value: { keepLast: 25 } });
  });
});
