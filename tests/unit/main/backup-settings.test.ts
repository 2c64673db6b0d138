import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { BACKUP_SETTINGS_PATH, backupSettingsPath, backupSettingsSpec } from '../../../src/core/model/backup-settings';
import { encodeEnvelope } from '../../../src/core/store/envelope';
import { backupPolicyFor, readBackupSettings, saveBackupSettings } from '../../../src/main/backup-settings';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';

let dir: string;
let here: { dataFolder: string; deviceId: string };
const HOME = '1111111111111111';
const WORK = '2222222222222222';
beforeEach(async () => {
  dir = await makeTempDir('mend-backup-settings-');
  here = { dataFolder: dir, deviceId: HOME };
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('backup settings file', () => {
  it('defaults to ten versions plus thirty days, and round-trips a saved number', async () => {
    expect(await backupPolicyFor(here)).toEqual({ keepLast: 10, dailyDays: 30 });
    await saveBackupSettings(here, { keepLast: 3 });
    expect(await readBackupSettings(here)).toEqual({ keepLast: 3 });
    expect(await backupPolicyFor(here)).toEqual({ keepLast: 3, dailyDays: 30 });
    expect(JSON.parse(await fs.readFile(path.join(dir, backupSettingsPath(HOME)), 'utf8'))).toMatchObject({ mend: 'settings', data: { keepLast: 3 } });
    // Nothing shared is written: the folder's other computers keep their own choice.
    await expect(fs.stat(path.join(dir, BACKUP_SETTINGS_PATH))).rejects.toThrow();
  });

  it('falls back to the defaults on a damaged file, saying so, and never overwrites it when read', async () => {
    await saveBackupSettings(here, { keepLast: 2 });
    const file = path.join(dir, backupSettingsPath(HOME));
    const damaged = (await fs.readFile(file, 'utf8')).replace('"keepLast": 2', '"keepLast": 3');
    await fs.writeFile(file, damaged);
    const warnings: string[] = [];
    expect(await readBackupSettings(here, (m) => warnings.push(m))).toEqual({ keepLast: 10 });
    expect(await backupPolicyFor(here, () => undefined)).toEqual({ keepLast: 10, dailyDays: 30 });
    expect(warnings).toEqual([`Could not read ${backupSettingsPath(HOME)} (its checksum does not match, so part of it was changed or damaged); keeping the default number of versions.`]);
    expect(await fs.readFile(file, 'utf8')).toBe(damaged);
    // A damaged shared file is not taken as this computer's choice either, nor copied, nor touched.
    await fs.writeFile(path.join(dir, BACKUP_SETTINGS_PATH), damaged);
    const other = { dataFolder: dir, deviceId: WORK };
    expect(await readBackupSettings(other, () => undefined)).toEqual({ keepLast: 10 });
    await expect(fs.stat(path.join(dir, backupSettingsPath(WORK)))).rejects.toThrow();
    expect(await fs.readFile(path.join(dir, BACKUP_SETTINGS_PATH), 'utf8')).toBe(damaged);
  });

  it('saving over a damaged file moves it aside first, so nothing in it is lost', async () => {
    const file = path.join(dir, backupSettingsPath(HOME));
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, 'not json');
    await saveBackupSettings(here, { keepLast: 4 });
    expect(await readBackupSettings(here)).toEqual({ keepLast: 4 });
    const aside = (await fs.readdir(path.dirname(file))).filter((n) => n.startsWith('backup-settings.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await fs.readFile(path.join(path.dirname(file), aside[0]!), 'utf8')).toBe('not json');
  });

  it('two computers on one folder keep different settings', async () => {
    const work = { dataFolder: dir, deviceId: WORK };
    await saveBackupSettings(here, { keepLast: 3 });
    await saveBackupSettings(work, { keepLast: 40 });
    expect(await readBackupSettings(here)).toEqual({ keepLast: 3 });
    expect(await readBackupSettings(work)).toEqual({ keepLast: 40 });
    expect(await backupPolicyFor(here)).toEqual({ keepLast: 3, dailyDays: 30 });
    expect(await backupPolicyFor(work)).toEqual({ keepLast: 40, dailyDays: 30 });
  });

  it('takes the older shared file once as each computer’s own starting choice, and leaves it in place', async () => {
    const shared = path.join(dir, BACKUP_SETTINGS_PATH);
    await fs.writeFile(shared, encodeEnvelope(backupSettingsSpec, { keepLast: 7 }));
    const before = await fs.readFile(shared, 'utf8');
    expect(await readBackupSettings(here)).toEqual({ keepLast: 7 });
    // Copied as this computer's own: a later change here is this computer's alone.
    expect(JSON.parse(await fs.readFile(path.join(dir, backupSettingsPath(HOME)), 'utf8'))).toMatchObject({ data: { keepLast: 7 } });
    await saveBackupSettings(here, { keepLast: 2 });
    expect(await readBackupSettings(here)).toEqual({ keepLast: 2 });
    // The other computer, opening the folder later, still starts from the choice made before.
    const work = { dataFolder: dir, deviceId: WORK };
    expect(await readBackupSettings(work)).toEqual({ keepLast: 7 });
    expect(await fs.readFile(shared, 'utf8')).toBe(before);
    // Once copied, the shared file no longer matters to this computer.
    await fs.rm(shared);
    expect(await readBackupSettings(work)).toEqual({ keepLast: 7 });
  });

  it('is the policy the storage prunes by', async () => {
    await saveBackupSettings(here, { keepLast: 2 });
    const now = new Date('2026-03-01T10:00:00.000Z');
    const store = createNodeFileStore(dir, { backups: await backupPolicyFor(here), now: () => now });
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
