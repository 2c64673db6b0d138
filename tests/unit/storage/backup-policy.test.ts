import { describe, expect, it } from 'vitest';
import { backupsToKeep, pruneInterval } from '../../../src/main/storage/backup-policy';
import { backupId, parseBackupId } from '../../../src/main/storage/storage-paths';

/** One backup per listed local time, as ids. */
const idsAt = (...times: Date[]) => times.map((t) => backupId(t));
const local = (day: number, hour: number) => new Date(2025, 5, day, hour);

describe('backup policy', () => {
  it('round-trips the time inside a backup id and ignores other names', () => {
    const at = new Date('2025-06-01T08:09:10.123Z');
    expect(parseBackupId(backupId(at))).toBe('2025-06-01T08:09:10.123Z');
    for (const name of ['notes.txt', '.x.tmp', '2025-06-01T08:09:10.123Z-ab', '2025-13-45T99-99-99.999Z-ab']) {
      expect(parseBackupId(name)).toBeNull();
    }
  });

  it('keeps the newest keepLast and the newest of each day inside the window', () => {
    const ids = idsAt(local(1, 9), local(1, 17), local(3, 8), local(3, 12), local(3, 20), local(4, 7), local(4, 9));
    const keep = backupsToKeep(ids, local(4, 10), { keepLast: 2, dailyDays: 2 });
    // newest two (both 4 June) + newest of 3 June; 1 June is three days old, outside a two-day window
    expect([...keep].sort()).toEqual([ids[4], ids[5], ids[6]].sort());
  });

  it('keeps everything that is not one of its own backups, and never more days than asked', () => {
    const ids = [...idsAt(...Array.from({ length: 40 }, (_, i) => local(1 + (i % 20), 12))), 'README'];
    const keep = backupsToKeep(ids, local(20, 13), { keepLast: 0, dailyDays: 30 });
    expect(keep.has('README')).toBe(true);
    expect(keep.size).toBe(20 + 1); // one per day for 20 distinct days
    expect(backupsToKeep(ids, local(20, 13), { keepLast: 0, dailyDays: 0 })).toEqual(new Set(['README']));
  });

  it('keeps versions stamped in the future (a clock set back) rather than guessing', () => {
    const ids = idsAt(local(10, 12), local(2, 12));
    expect(backupsToKeep(ids, local(2, 13), { keepLast: 0, dailyDays: 1 })).toEqual(new Set(ids));
  });

  it('prunes every few saves, not on every save', () => {
    expect(pruneInterval({ keepLast: 10, dailyDays: 30 })).toBe(5);
    expect(pruneInterval({ keepLast: 40, dailyDays: 30 })).toBe(20);
  });
});
