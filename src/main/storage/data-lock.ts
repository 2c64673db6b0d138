import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { DomainError } from '../../core/errors';
import { errorCode } from './fs-seam';
import { isProcessAlive, processStartMs } from './process-alive';
import { randomSuffix } from './storage-paths';
import { storageError } from './storage-errors';

/** The lock a version-1 Mend takes: still honoured (never taken over) while a live one holds it. */
export const LOCK_FILE = 'mend.lock';
/**
 * One lock per computer: in a synced folder each computer writes only its own lock file, so a second
 * computer never judges the first one's pid against its own process table, and two computers may
 * share the folder (each writes only its own change logs).
 */
export const lockFileFor = (host: string): string => `${LOCK_FILE}.${hostSlug(host)}`;
/** A lock taken this long before its holder started (clock granularity) still counts as the holder's. */
const START_SLACK_MS = 2000;
const IN_USE = 'Mend is already open with this data folder. Close the other window first, then try again.';
const UNSUPPORTED_LINK = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP', 'EXDEV']);

interface Holder {
  pid: number;
  startedAt: string;
  host: string;
}

/** What is in the lock file now: its inode and content, read through one handle so the two agree. */
interface Seen {
  ino: number;
  text: string;
  holder: Holder | null;
}

/**
 * One process per data folder. The lock file appears complete or not at all (a fully written temp file
 * is hard-linked to mend.lock, which fails if it exists), so a reader never mistakes a lock still being
 * written for a damaged one. A lock whose pid is dead, or whose content is unreadable, is stale and is
 * taken over; see reapStale for how two processes racing to take it over cannot both win.
 */
export async function acquireDataLock(root: string, options: { pid?: number; host?: string } = {}) {
  const pid = options.pid ?? process.pid;
  const host = options.host ?? os.hostname();
  const file = path.join(root, lockFileFor(host));
  const me: Holder = { pid, startedAt: new Date().toISOString(), host };
  try {
    await fsp.mkdir(root, { recursive: true });
    const legacy = await look(path.join(root, LOCK_FILE));
    if (legacy && holdsIt(legacy.holder, me)) throw new DomainError('conflict', IN_USE);
    for (let attempt = 0; attempt < 20; attempt++) {
      if (await create(file, JSON.stringify(me))) return { release: () => release(file, me) };
      const seen = await look(file);
      if (seen === null) continue; // released between our two calls: try again
      if (holdsIt(seen.holder, me)) throw new DomainError('conflict', IN_USE);
      await reapStale(file, seen);
    }
    throw new DomainError('conflict', IN_USE); // the lock kept changing hands: someone else is opening it
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw storageError('lock', `the data folder (${LOCK_FILE})`, error);
  }
}

/**
 * Whether a recorded holder is a live process on this computer: same host, pid alive, and that process
 * started before the lock was taken (otherwise the pid was reused after a crash). A holder naming another
 * host never blocks: that computer has a lock file of its own. A pid that is ours is a previous run.
 */
function holdsIt(holder: Holder | null, me: Holder): boolean {
  if (!holder || holder.pid === me.pid || holder.host !== me.host || !isProcessAlive(holder.pid)) return false;
  const started = processStartMs(holder.pid);
  const taken = Date.parse(holder.startedAt);
  if (started === null || Number.isNaN(taken)) return true;
  return started <= taken + START_SLACK_MS;
}

/** A host name safe in a file name on every platform, kept recognisable. */
function hostSlug(host: string): string {
  const slug = host.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return slug || 'this-computer';
}

/** Creates the lock with its whole content, or resolves false when one exists. */
async function create(file: string, content: string): Promise<boolean> {
  const temp = `${file}.${process.pid}-${randomSuffix()}.tmp`;
  await fsp.writeFile(temp, content, { flag: 'wx' });
  try {
    await fsp.link(temp, file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (!UNSUPPORTED_LINK.has(errorCode(error) ?? '')) throw error;
    return createWithoutLinks(file, content);
  } finally {
    await fsp.unlink(temp).catch(() => undefined); // only our own temp name; nothing to lose
  }
}

/** Volumes without hard links: a plain exclusive create (a reader may briefly see it empty). */
async function createWithoutLinks(file: string, content: string): Promise<boolean> {
  try {
    await fsp.writeFile(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

async function look(file: string): Promise<Seen | null> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const { ino } = await handle.stat();
    const text = await handle.readFile('utf8');
    return { ino, text, holder: parseHolder(text) };
  } finally {
    await handle.close();
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, startedAt, host } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isSafeInteger(pid)) return null;
    return { pid, startedAt: String(startedAt), host: String(host) };
  } catch {
    return null; // unreadable: treated as stale, which is the point of reading it
  }
}

/**
 * Removes a stale lock without ever removing a live one. Deleting by name is racy: a slower process
 * could delete the fresh lock a faster one just made. Instead each would-be reaper hard-links
 * mend.lock to a name derived from the stale inode; the link fails for all but one, and the winner
 * checks that what it linked is still the stale file (same inode, same content) before unlinking
 * mend.lock. The reap link keeps the stale inode alive until then, so its number cannot be reused.
 */
async function reapStale(file: string, stale: Seen): Promise<void> {
  const reap = `${file}.reap-${stale.ino}`;
  try {
    await fsp.link(file, reap);
  } catch (error) {
    const code = errorCode(error) ?? '';
    if (code === 'EEXIST' || code === 'ENOENT') return; // another process is reaping it, or it is gone
    if (!UNSUPPORTED_LINK.has(code)) throw error;
    await fsp.unlink(file).catch(() => undefined); // no links on this volume: the simple, racier way
    return;
  }
  try {
    const linked = await look(reap);
    if (linked && linked.ino === stale.ino && linked.text === stale.text) await fsp.unlink(file);
  } finally {
    await fsp.unlink(reap).catch(() => undefined);
  }
}

/** Removes the lock only if it is still ours (it may have been taken over as stale after a hang). */
async function release(file: string, me: Holder): Promise<void> {
  const seen = await look(file).catch(() => null);
  if (seen?.holder && seen.holder.pid === me.pid && seen.holder.startedAt === me.startedAt) {
    await fsp.unlink(file).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw storageError('unlock', 'the data folder', error);
    });
  }
}
