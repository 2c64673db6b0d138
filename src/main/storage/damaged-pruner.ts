import * as path from 'node:path';
import type { BackupPolicy } from './backup-policy';
import { errorCode, type FsSeam } from './fs-seam';
import { reasonFor } from './storage-errors';

/**
 * damaged/ is pruned like backups/: per file it came from, the newest `keepLast` copies, plus the
 * newest of each day for `dailyDays` days. Only files named <source>-<stamp>.json directly in
 * damaged/ are considered; folders (files set aside with a keyring copy) and names Mend did not
 * write are never touched. Run once at start, after the data folder is locked.
 */
const DAMAGED = 'damaged';
const NAME = /^(.+)-(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.json$/;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Dated {
  name: string;
  source: string;
  at: Date;
}

export async function pruneDamaged(fs: FsSeam, root: string, now: Date, policy: BackupPolicy, warn: (message: string) => void): Promise<number> {
  const dir = path.join(root, DAMAGED);
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') warn(`Could not tidy the damaged folder: ${reasonFor(error)}.`);
    return 0;
  }
  const doomed = damagedToRemove(names, now, policy);
  for (const name of doomed) {
    await fs.unlink(path.join(dir, name)).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') warn(`Could not remove an old copy in the damaged folder: ${reasonFor(error)}.`);
    });
  }
  return doomed.length;
}

/** Pure: which of `names` (files directly in damaged/) the policy lets go. */
export function damagedToRemove(names: readonly string[], now: Date, policy: BackupPolicy): string[] {
  const groups = new Map<string, Dated[]>();
  for (const name of names) {
    const m = NAME.exec(name);
    const at = m ? new Date(`${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
    if (!m || !at || Number.isNaN(at.getTime())) continue;
    groups.set(m[1]!, [...(groups.get(m[1]!) ?? []), { name, source: m[1]!, at }]);
  }
  const remove: string[] = [];
  for (const copies of groups.values()) {
    copies.sort((a, b) => b.at.getTime() - a.at.getTime());
    const days = new Set<number>();
    copies.forEach((copy, i) => {
      const age = Math.round((midnight(now) - midnight(copy.at)) / DAY_MS);
      const newestOfItsDay = age >= 0 && age < policy.dailyDays && !days.has(age);
      if (age >= 0 && age < policy.dailyDays) days.add(age);
      // A copy stamped in the future (a clock that was wrong) is kept rather than guessed about.
      if (i < policy.keepLast || newestOfItsDay || age < 0) return;
      remove.push(copy.name);
    });
  }
  return remove;
}

const midnight = (d: Date): number => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
