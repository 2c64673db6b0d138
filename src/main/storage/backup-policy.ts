import { backupSequence, parseBackupId } from './storage-paths';

export interface BackupPolicy {
  /** The newest versions always kept. */
  keepLast: number;
  /** For this many calendar days (today included), the newest version of each day is kept too. */
  dailyDays: number;
}

export const DEFAULT_POLICY: BackupPolicy = { keepLast: 10, dailyDays: 30 };

/**
 * How many new backups of one file may pile up before the folder is read and pruned again. Pruning
 * costs a readdir and some unlinks; doing it every few saves keeps a save close to a raw write.
 */
export function pruneInterval(policy: BackupPolicy): number {
  return Math.max(5, Math.ceil(policy.keepLast / 2));
}

const DAY_MS = 24 * 60 * 60 * 1000;

function localMidnight(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Whole local calendar days from `at` to `now` (0 = same day); rounding absorbs DST shifts. */
function daysBetween(at: Date, now: Date): number {
  return Math.round((localMidnight(now) - localMidnight(at)) / DAY_MS);
}

/**
 * Which backup ids to keep, given all of one file's backup ids. Ids that are not ours are kept
 * (never delete what we do not understand). Pure, so the policy is tested without a disk.
 */
export function backupsToKeep(ids: string[], now: Date, policy: BackupPolicy): Set<string> {
  const ours = ids
    .map((id) => ({ id, at: parseBackupId(id) }))
    .filter((b): b is { id: string; at: string } => b.at !== null)
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const keep = new Set(ids.filter((id) => parseBackupId(id) === null));
  ours.slice(0, Math.max(0, policy.keepLast)).forEach((b) => keep.add(b.id));
  const daysSeen = new Set<number>();
  for (const b of ours) {
    const age = daysBetween(new Date(b.at), now);
    // Newest first, so the first one met for a day is that day's newest. A stamp in the future (a clock
    // that was wrong) says nothing about its day: an id with a sequence is already ordered by it and
    // kept only by keepLast; an old id without one is kept rather than guessed at.
    if (age < 0 && (backupSequence(b.id) ?? 0) > 0) continue;
    if (age >= policy.dailyDays || daysSeen.has(age)) continue;
    daysSeen.add(age);
    keep.add(b.id);
  }
  return keep;
}
