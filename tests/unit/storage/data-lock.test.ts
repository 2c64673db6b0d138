import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/core/errors';
import { acquireDataLock, LOCK_FILE, lockFileFor } from '../../../src/main/storage/data-lock';
import { bundleFixture, fixture, spawnNode, watchLines } from './helpers/bundle';
import { makeTempDir, removeTempDir } from './helpers/temp-dir';

const IN_USE = 'Mend is already open with this data folder. Close the other window first, then try again.';

let work: string;
let racer: string;
let dir: string;
beforeAll(async () => {
  work = await makeTempDir('mend-lock-');
  racer = await bundleFixture(fixture('lock-racer.ts'), work);
});
afterAll(async () => {
  await removeTempDir(work);
});
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(work, 'data-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

const lockPath = () => path.join(dir, lockFileFor(os.hostname()));
const readLock = async () => JSON.parse(await fs.readFile(lockPath(), 'utf8')) as { pid: number };
const plant = (pid: number, at = new Date(), file = lockPath(), host = os.hostname()) =>
  fs.writeFile(file, JSON.stringify({ pid, startedAt: at.toISOString(), host }));

/** A live process started just now, for "this pid is alive" cases. */
function sleeper() {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
}

/** The pid of a process that has certainly exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('data folder lock', () => {
  it('records who holds it and removes it on release', async () => {
    const lock = await acquireDataLock(dir);
    const holder = await readLock();
    expect(holder).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(Date.parse((holder as unknown as { startedAt: string }).startedAt)).not.toBeNaN();
    await lock.release();
    await expect(fs.access(lockPath())).rejects.toThrow();
    await (await acquireDataLock(dir)).release(); // and it can be taken again
    expect(await fs.readdir(dir)).toEqual([]); // no temp or reap files left behind
  });

  it('refuses, in plain words, while another live process holds it', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await plant(other.pid!);
      const error = await acquireDataLock(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'conflict', message: IN_USE });
      expect((await readLock()).pid).toBe(other.pid); // the holder's lock is untouched
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over a stale lock: dead pid, unreadable content, or our own pid', async () => {
    for (const content of [null, 'not json {', '{"pid":"x"}']) {
      if (content === null) await plant(await deadPid());
      else await fs.writeFile(lockPath(), content);
      const lock = await acquireDataLock(dir);
      expect((await readLock()).pid).toBe(process.pid);
      await lock.release();
    }
    await plant(4242);
    const mine = await acquireDataLock(dir, { pid: 4242 }); // a previous run of ours that reused the pid
    expect((await readLock()).pid).toBe(4242);
    await mine.release();
  });

  it('takes over a lock whose pid was reused by a process that started after the lock was taken', async () => {
    const other = sleeper();
    try {
      await new Promise((r) => setTimeout(r, 50));
      await plant(other.pid!, new Date(Date.now() - 3_600_000)); // a Mend that crashed an hour ago
      const lock = await acquireDataLock(dir);
      expect((await readLock()).pid).toBe(process.pid);
      await lock.release();
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('lets a second computer open the folder: another host\'s lock never blocks, and is left alone', async () => {
    const other = sleeper();
    try {
      // What another computer's Mend (of either version) leaves in a synced folder, with a pid alive here.
      await plant(other.pid!, new Date(), path.join(dir, LOCK_FILE), 'work-laptop');
      await plant(other.pid!, new Date(), path.join(dir, lockFileFor('work-laptop')), 'work-laptop');
      const lock = await acquireDataLock(dir);
      expect((await readLock()).pid).toBe(process.pid);
      await lock.release();
      expect(JSON.parse(await fs.readFile(path.join(dir, lockFileFor('work-laptop')), 'utf8'))).toMatchObject({ host: 'work-laptop' });
      expect(JSON.parse(await fs.readFile(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ host: 'work-laptop' });
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('still refuses while an older Mend on this computer holds the folder with its single lock file', async () => {
    const other = sleeper();
    try {
      await new Promise((r) => setTimeout(r, 50));
      await plant(other.pid!, new Date(Date.now() + 1000), path.join(dir, LOCK_FILE));
      await expect(acquireDataLock(dir)).rejects.toMatchObject({ code: 'conflict', message: IN_USE });
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('does not remove a lock that someone else took over after us', async () => {
    const lock = await acquireDataLock(dir);
    await plant(process.ppid);
    await lock.release();
    expect((await readLock()).pid).toBe(process.ppid);
  });

  it('lets exactly one of two racing processes win, with or without a stale lock', { timeout: 60_000 }, async () => {
    for (let round = 0; round < 10; round++) {
      if (round % 2 === 1) await plant(await deadPid());
      const outcomes = await race(2);
      expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'lost conflict')).toHaveLength(1);
      await expect(fs.access(lockPath())).rejects.toThrow(); // the winner released it on exit
    }
  });
});

/** Starts `n` racers, releases them together, and returns each one's outcome line. */
async function race(n: number): Promise<string[]> {
  const racers = Array.from({ length: n }, () => spawnNode([racer, dir]));
  const outcomes: string[] = [];
  let ready = 0;
  let reported = 0;
  let allReported!: () => void;
  const reportedAll = new Promise<void>((resolve) => (allReported = resolve));
  const closed = racers.map((child) =>
    watchLines(child, (line) => {
      if (line === 'ready' && ++ready === n) racers.forEach((r) => r.stdin!.write('go\n'));
      if (line === 'won' || line.startsWith('lost')) {
        outcomes.push(line);
        if (++reported === n) allReported();
      }
    }),
  );
  await reportedAll; // every racer has decided while the winner still holds the lock
  racers.forEach((r) => r.stdin!.end());
  for (const c of await Promise.all(closed)) expect(c.code, c.stderr).toBe(0);
  return outcomes;
}
