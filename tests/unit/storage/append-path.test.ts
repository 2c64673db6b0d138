import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs, type FsSeam, type SeamFileHandle } from '../../../src/main/storage/fs-seam';
import { createEncryptedFileStore, WriteGate } from '../../../src/main/storage/encrypted-file-store';
import { convertFolder } from '../../../src/main/storage/convert-folder';
import { newDataKey } from '../../../src/main/storage/keyring';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { OpenLogs } from '../../../src/main/storage/open-logs';
import { isLocalType, QUALIFY_AFTER, QuickDisk, SLOW_MS } from '../../../src/main/storage/quick-disk';
import { makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * The change log's append is the save's whole cost: every call on it is a round trip to the thread pool.
 * An append to a log this store already knows is open, write at the end, fsync, close: nothing else.
 */
const LOG = 'logs/r1.abcdef0123456789.log';
const bytes = (s: string) => new TextEncoder().encode(s);

let root: string;
beforeEach(async () => {
  root = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(root);
});

/**
 * Every call on the seam and on its handles, by name; a handle says which file it is only with `identity`.
 * `stalls` makes that many synchronous writes move `stalls.clock` on by more than SLOW_MS (a disk that
 * stalls), for a QuickDisk timed by that clock: no test here depends on how busy the machine is.
 */
function countingFs(calls: string[], identity = false, stalls = { left: 0, clock: { ms: 0 } }): FsSeam {
  const counted = Object.fromEntries(
    Object.entries(nodeFs).map(([name, fn]) => [name, (...args: unknown[]) => (calls.push(name), (fn as (...a: unknown[]) => unknown)(...args))]),
  ) as unknown as FsSeam;
  return {
    ...counted,
    open: async (p, flags, mode) => {
      calls.push('open');
      const h = await nodeFs.open(p, flags, mode);
      return {
        write: (...args) => (calls.push(`write@${String(args[3])}`), h.write(...args)),
        sync: () => (calls.push('sync'), h.sync()),
        close: () => (calls.push('close'), h.close()),
        ...(identity && h.identity ? { identity: () => (calls.push('identity'), h.identity!()) } : {}),
        writeNow: (data, offset, length) => {
          calls.push('writeNow');
          if (stalls.left > 0) {
            stalls.left--;
            stalls.clock.ms += SLOW_MS + 2; // the test's clock: this write took longer than a quick disk's
          }
          return h.writeNow!(data, offset, length);
        },
      };
    },
  };
}

/** countingFs whose handles fail the given call once with EIO, after `failNext()`. */
function failingOnce(calls: string[], call: 'sync' | 'writeNow'): { faulty: FsSeam; failNext: () => void } {
  let armed = false;
  const base = countingFs(calls, true);
  const eio = () => Object.assign(new Error('EIO'), { code: 'EIO' });
  const faulty: FsSeam = {
    ...base,
    open: async (p, flags, mode) => {
      const h = await base.open(p, flags, mode);
      const fires = () => armed && !(armed = false);
      return call === 'sync'
        ? { ...h, sync: () => (fires() ? Promise.reject(eio()) : h.sync()) }
        : { ...h, writeNow: (...args) => { if (fires()) throw eio(); return h.writeNow!(...args); } };
    },
  };
  return { faulty, failNext: () => (armed = true, undefined) };
}

/** A store's second append, made after its data folder was moved away: refused, and the folder never made again. */
async function refusesWhenFolderMoved(options: Parameters<typeof createNodeFileStore>[1]): Promise<void> {
  const store = createNodeFileStore(root, options);
  await store.append!(LOG, bytes('one\n'));
  const moved = `${root}-moved`;
  await fs.rename(root, moved);
  try {
    await expect(store.append!(LOG, bytes('two\n'))).rejects.toMatchObject({ code: 'storage' });
    expect(await fs.stat(root).then(() => 'there', () => 'not there')).toBe('not there');
  } finally {
    await fs.rename(moved, root);
  }
}

describe('the append path', () => {
  it('appends to a known log with open, one unpositioned write, fsync and close only, when logs are not held open', async () => {
    const calls: string[] = [];
    const store = createNodeFileStore(root, { fs: countingFs(calls) });
    await store.append!(LOG, bytes('one\n'));
    calls.length = 0;
    await store.append!(LOG, bytes('two\n'));
    expect(calls).toEqual(['open', 'write@null', 'sync', 'close']);
    expect(await fs.readFile(path.join(root, LOG), 'utf8')).toBe('one\ntwo\n');
  });

  it('appends at the new end of a log rewritten by rename since its last append (a trim), losing nothing', async () => {
    const store = createNodeFileStore(root);
    await store.append!(LOG, bytes('line 1\nline 2\nline 3\n'));
    const tmp = path.join(root, 'logs', 'trimmed.tmp');
    await fs.writeFile(tmp, 'marker\nline 3\n');
    await fs.rename(tmp, path.join(root, LOG));
    await store.append!(LOG, bytes('line 4\n'));
    expect(await fs.readFile(path.join(root, LOG), 'utf8')).toBe('marker\nline 3\nline 4\n');
  });

  it('appends at the end of a log another writer grew since this store last looked', async () => {
    const store = createNodeFileStore(root);
    await store.append!(LOG, bytes('a\n'));
    await fs.appendFile(path.join(root, LOG), 'from a restored copy\n');
    await store.append!(LOG, bytes('b\n'));
    expect(await fs.readFile(path.join(root, LOG), 'utf8')).toBe('a\nfrom a restored copy\nb\n');
  });
});

/**
 * A log held open between appends (open-logs.ts): an append is a write and an fsync, with a stat of the
 * log's path beside the write, so a file put in its place (a sync tool, this computer's own rewrite by
 * rename) gets the append, never the file that is no longer read.
 */
describe('a change log held open', () => {
  const read = (rel = LOG) => fs.readFile(path.join(root, rel), 'utf8');

  it('appends to a log it holds with a stat of its path beside one unpositioned write, then an fsync, only', async () => {
    const calls: string[] = [];
    const store = createNodeFileStore(root, { fs: countingFs(calls, true), keepLogsOpen: true });
    await store.append!(LOG, bytes('one\n'));
    calls.length = 0;
    await store.append!(LOG, bytes('two\n'));
    await store.append!(LOG, bytes('three\n'));
    expect(calls).toEqual(['identify', 'write@null', 'sync', 'identify', 'write@null', 'sync']);
    expect(await read()).toBe('one\ntwo\nthree\n');
  });

  it('with write-through, opens the log O_SYNC and makes no fsync of its own: one stat beside one write, only', async () => {
    const calls: string[] = [];
    const flags: string[] = [];
    const seam = countingFs(calls, true);
    const store = createNodeFileStore(root, { fs: { ...seam, open: (p, f, m) => (flags.push(f), seam.open(p, f, m)) }, keepLogsOpen: true, writeThroughLogs: true });
    await store.append!(LOG, bytes('one\n'));
    expect(flags).toEqual(['as']);
    expect(calls).not.toContain('sync');
    calls.length = 0;
    await store.append!(LOG, bytes('two\n'));
    expect(calls).toEqual(['identify', 'write@null']);
    expect(await read()).toBe('one\ntwo\n');
  });

  it('with write-through, still fsyncs the folder of a log it made (its entry must survive a power cut too)', async () => {
    const calls: string[] = [];
    const store = createNodeFileStore(root, { fs: countingFs(calls, true), keepLogsOpen: true, writeThroughLogs: true });
    await store.append!(LOG, bytes('one\n'));
    expect(calls).toContain('syncDir');
  });

  it('on Linux, holds the real log open O_SYNC by default (read back from /proc: the flag is on the descriptor itself)', async (ctx) => {
    if (process.platform !== 'linux') return ctx.skip();
    const store = createNodeFileStore(root);
    await store.append!(LOG, bytes('one\n'));
    const fds = await fs.readdir('/proc/self/fd');
    const links = await Promise.all(fds.map(async (fd) => ({ fd, to: await fs.readlink(`/proc/self/fd/${fd}`).catch(() => '') })));
    const held = links.find((l) => l.to === path.join(root, LOG));
    expect(held).toBeDefined();
    const info = await fs.readFile(`/proc/self/fdinfo/${held!.fd}`, 'utf8');
    const octal = /flags:\s*([0-7]+)/.exec(info)?.[1];
    // O_SYNC is __O_SYNC | O_DSYNC (04010000 on Linux); fdinfo gives the descriptor's flags in octal.
    expect((parseInt(octal!, 8) & 0o4010000) === 0o4010000).toBe(true);
    await store.append!(LOG, bytes('two\n'));
    expect(await read()).toBe('one\ntwo\n');
  });

  it('is the default on the real file system', async () => {
    const store = createNodeFileStore(root);
    await store.append!(LOG, bytes('one\n'));
    const opened = (await fs.readdir('/proc/self/fd').catch(() => null)) !== null;
    if (opened) {
      const links = await Promise.all((await fs.readdir('/proc/self/fd')).map((fd) => fs.readlink(`/proc/self/fd/${fd}`).catch(() => '')));
      expect(links).toContain(path.join(root, LOG));
    }
  });

  // Both ways of making an append durable: a write then an fsync, and one O_SYNC write (Linux's default).
  for (const writeThroughLogs of [false, true]) {
    const how = writeThroughLogs ? ' (O_SYNC writes)' : '';
    const options = { keepLogsOpen: true, writeThroughLogs };

    it(`appends to the file now at the path when its own was replaced by rename, and once to each file only${how}`, async () => {
      const calls: string[] = [];
      const flags: string[] = [];
      const seam = countingFs(calls, true);
      const store = createNodeFileStore(root, { fs: { ...seam, open: (p, f, m) => (flags.push(f), seam.open(p, f, m)) }, ...options });
      await store.append!(LOG, bytes('line 1\n'));
      const oldName = path.join(root, 'logs', 'old.keep');
      await fs.link(path.join(root, LOG), oldName); // the file held open, still to be read after the rename
      const tmp = path.join(root, 'logs', 'replaced.tmp');
      await fs.writeFile(tmp, 'from elsewhere\n');
      await fs.rename(tmp, path.join(root, LOG));
      await store.append!(LOG, bytes('line 2\n'));
      expect(await read()).toBe('from elsewhere\nline 2\n');
      expect(await fs.readFile(oldName, 'utf8')).toBe('line 1\nline 2\n'); // no longer read by anyone; never twice
      expect(flags).toEqual(writeThroughLogs ? ['as', 'as'] : ['a', 'a']); // the append made again is as durable
      calls.length = 0;
      await store.append!(LOG, bytes('line 3\n'));
      expect(calls).toEqual(writeThroughLogs ? ['identify', 'write@null'] : ['identify', 'write@null', 'sync']); // the new file is held from then on
      expect(await read()).toBe('from elsewhere\nline 2\nline 3\n');
    });

    it(`makes the log again, its folder entry fsynced, when it was removed${how}`, async () => {
      const calls: string[] = [];
      const store = createNodeFileStore(root, { fs: countingFs(calls, true), ...options });
      await store.append!(LOG, bytes('one\n'));
      await fs.unlink(path.join(root, LOG));
      calls.length = 0;
      await store.append!(LOG, bytes('two\n'));
      expect(await read()).toBe('two\n');
      expect(calls).toContain('syncDir');
      expect(calls.includes('sync')).toBe(!writeThroughLogs);
    });
  }

  it('closes a log it holds before rewriting it or moving it, and appends to the new file after', async () => {
    const calls: string[] = [];
    const store = createNodeFileStore(root, { fs: countingFs(calls, true), keepLogsOpen: true });
    await store.append!(LOG, bytes('one\n'));
    calls.length = 0;
    await store.write(LOG, bytes('trimmed\n'));
    expect(calls.indexOf('close')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('close')).toBeLessThan(calls.indexOf('rename'));
    await store.append!(LOG, bytes('two\n'));
    expect(await read()).toBe('trimmed\ntwo\n');
    calls.length = 0;
    await store.move(LOG, 'damaged/log.log');
    expect(calls[0]).toBe('close');
    await store.append!(LOG, bytes('three\n'));
    expect(await read()).toBe('three\n');
    expect(await read('damaged/log.log')).toBe('trimmed\ntwo\n');
  });

  it('opens the log again after an append through it failed', async () => {
    const calls: string[] = [];
    const { faulty, failNext } = failingOnce(calls, 'sync');
    const store = createNodeFileStore(root, { fs: faulty, keepLogsOpen: true });
    await store.append!(LOG, bytes('one\n'));
    failNext();
    await expect(store.append!(LOG, bytes('two\n'))).rejects.toMatchObject({ code: 'storage' });
    expect(calls.at(-1)).toBe('close');
    calls.length = 0;
    await store.append!(LOG, bytes('three\n'));
    expect(calls[0]).toBe('open');
  });

  it('closes a log no append used for a while', async () => {
    const calls: string[] = [];
    const logs = new OpenLogs(countingFs(calls, true), true, 30);
    const target = path.join(root, LOG);
    await logs.append(target, bytes('one\n'));
    expect(calls).not.toContain('close');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls.at(-1)).toBe('close');
    calls.length = 0;
    await logs.append(target, bytes('two\n'));
    expect(calls[0]).toBe('open');
    expect(await read()).toBe('one\ntwo\n');
  });
});

describe('a change log held open, at its edges', () => {
  const read = (rel = LOG) => fs.readFile(path.join(root, rel), 'utf8');

  it('tells files apart by their whole 64-bit ids (Windows file ids above 2^53 are one number as doubles)', async () => {
    expect(Number(0x00c6000000035370n)).toBe(Number(0x00c6000000035371n));
    expect(typeof (await nodeFs.identify!(root)).ino).toBe('bigint');
    // The real file system, with each file given the next NTFS-like id under sequence number 0xc6.
    const ids = new Map<string, bigint>();
    let next = 0x35370n;
    const id = (ino: bigint) => ids.get(String(ino)) ?? (ids.set(String(ino), (0xc6n << 48n) | next++), ids.get(String(ino))!);
    const seam: FsSeam = {
      ...nodeFs,
      identify: async (p) => {
        const real = await nodeFs.identify!(p);
        return { dev: real.dev, ino: id(real.ino) };
      },
      open: async (p, flags, mode) => {
        const h = await nodeFs.open(p, flags, mode);
        return { ...h, identity: async () => { const real = await h.identity!(); return { dev: real.dev, ino: id(real.ino) }; } };
      },
    };
    const store = createNodeFileStore(root, { fs: seam, keepLogsOpen: true });
    await store.append!(LOG, bytes('line 1\n'));
    const tmp = path.join(root, 'logs', 'replaced.tmp');
    await fs.writeFile(tmp, 'from elsewhere\n');
    await fs.rename(tmp, path.join(root, LOG));
    await store.append!(LOG, bytes('line 2\n'));
    expect(await read()).toBe('from elsewhere\nline 2\n');
  });

  it('closes the handle only once its write has settled, when the look at its path fails', async () => {
    const events: string[] = [];
    let failIdentify = false;
    const seam: FsSeam = {
      ...nodeFs,
      identify: (p) => (failIdentify ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : nodeFs.identify!(p)),
      open: async (p, flags, mode) => {
        const h = await nodeFs.open(p, flags, mode);
        const held: SeamFileHandle = {
          ...h,
          // The write's answer comes late, as on a busy disk.
          write: (...args) => {
            events.push('write sent');
            const done = h.write(...args);
            return new Promise((resolve, reject) => setTimeout(() => (events.push('write settled'), done.then(resolve, reject)), 50));
          },
          close: () => (events.push('close'), h.close()),
        };
        return held;
      },
    };
    const logs = new OpenLogs(seam, true);
    const target = path.join(root, LOG);
    await logs.append(target, bytes('one\n'));
    events.length = 0;
    failIdentify = true;
    await expect(logs.append(target, bytes('two\n'))).rejects.toMatchObject({ code: 'EACCES' });
    expect(events).toEqual(['write sent', 'write settled', 'close']);
  });

  it('refuses a save when its data folder was moved away, never making the folder again at the old place', async () => {
    await refusesWhenFolderMoved({ keepLogsOpen: true });
  });

  it('holds no log open when a conversion to or from encryption renames over it', async () => {
    const fds = await fs.readdir('/proc/self/fd').catch(() => null);
    if (!fds) return; // needs /proc to see what is open
    const openPaths = async () => Promise.all((await fs.readdir('/proc/self/fd')).map((fd) => fs.readlink(`/proc/self/fd/${fd}`).catch(() => '')));
    const gate = new WriteGate();
    const store = createEncryptedFileStore(createNodeFileStore(root, { keepLogsOpen: true }), { phase: () => 'plain', key: () => null }, gate);
    await store.append!(LOG, bytes('{"a":1}\n'));
    const log = path.join(root, LOG);
    expect(await openPaths()).toContain(log);
    const heldAtRename: string[] = [];
    const watching: FsSeam = {
      ...nodeFs,
      rename: async (from, to) => {
        if (to === log) heldAtRename.push(...(await openPaths()).filter((p) => p === log));
        return nodeFs.rename(from, to);
      },
    };
    await gate.exclusive(() => convertFolder(watching, root, newDataKey(), 'seal')); // as the vault converts
    expect(heldAtRename).toEqual([]);
  });
});

describe('an append made on the main thread, once the disk has shown itself quick', () => {
  const read = (rel = LOG) => fs.readFile(path.join(root, rel), 'utf8');
  const quickAtOnce = () => new QuickDisk(SLOW_MS, 0);
  /** A clock that moves only when a stalling write moves it: every other append takes no time. */
  const testClock = () => ({ ms: 0 });
  const options = { keepLogsOpen: true, writeThroughLogs: true };

  it('tells a quick disk by its appends in a row, and one slow append sends the next ones back to the pool', () => {
    const disk = new QuickDisk();
    for (let i = 0; i < QUALIFY_AFTER; i++) {
      expect(disk.onMainThread).toBe(false);
      disk.took(0.3);
    }
    expect(disk.onMainThread).toBe(true);
    disk.took(SLOW_MS + 0.1);
    expect(disk.onMainThread).toBe(false);
    for (let i = 0; i < QUALIFY_AFTER - 1; i++) disk.took(SLOW_MS);
    expect(disk.onMainThread).toBe(false);
    disk.took(0.2);
    expect(disk.onMainThread).toBe(true);
  });

  it(`with the default counts: the first ${QUALIFY_AFTER} appends to a held log go through the pool, then a stat and a write on the main thread only`, async () => {
    const calls: string[] = [];
    const clock = testClock();
    const store = createNodeFileStore(root, { fs: countingFs(calls, true), ...options, quickDisk: new QuickDisk(SLOW_MS, QUALIFY_AFTER, () => clock.ms) });
    await store.append!(LOG, bytes('0\n')); // opens the log: not counted, the log is not held yet
    for (let i = 1; i <= QUALIFY_AFTER; i++) {
      calls.length = 0;
      await store.append!(LOG, bytes(`${i}\n`));
      expect(calls, `append ${i}`).toEqual(['identify', 'write@null']);
    }
    calls.length = 0;
    await store.append!(LOG, bytes('last\n'));
    expect(calls).toEqual(['identifyNow', 'writeNow']);
    const lines = (await read()).split('\n');
    expect(lines.slice(0, 3)).toEqual(['0', '1', '2']);
    expect(lines.at(-2)).toBe('last');
    expect(lines.length).toBe(QUALIFY_AFTER + 3);
  });

  it('a write that stalls sends the next appends back to the pool until the disk is quick again', async () => {
    const calls: string[] = [];
    const stalls = { left: 0, clock: testClock() };
    const store = createNodeFileStore(root, { fs: countingFs(calls, true, stalls), ...options, quickDisk: new QuickDisk(SLOW_MS, 2, () => stalls.clock.ms) });
    await store.append!(LOG, bytes('a\n'));
    await store.append!(LOG, bytes('b\n'));
    await store.append!(LOG, bytes('c\n'));
    calls.length = 0;
    stalls.left = 1;
    await store.append!(LOG, bytes('d\n'));
    expect(calls).toEqual(['identifyNow', 'writeNow']);
    calls.length = 0;
    await store.append!(LOG, bytes('e\n'));
    await store.append!(LOG, bytes('f\n'));
    expect(calls).toEqual(['identify', 'write@null', 'identify', 'write@null']);
    calls.length = 0;
    await store.append!(LOG, bytes('g\n'));
    expect(calls).toEqual(['identifyNow', 'writeNow']);
    expect(await read()).toBe('a\nb\nc\nd\ne\nf\ng\n');
  });

  it('on Linux, holds the real log open O_SYNC and writes through it, durable as before (the descriptor\'s flags from /proc)', async (ctx) => {
    if (process.platform !== 'linux') return ctx.skip();
    const store = createNodeFileStore(root, { quickDisk: quickAtOnce() });
    await store.append!(LOG, bytes('one\n'));
    await store.append!(LOG, bytes('two\n'));
    const fds = await fs.readdir('/proc/self/fd');
    const links = await Promise.all(fds.map(async (fd) => ({ fd, to: await fs.readlink(`/proc/self/fd/${fd}`).catch(() => '') })));
    const held = links.find((l) => l.to === path.join(root, LOG));
    const octal = /flags:\s*([0-7]+)/.exec(await fs.readFile(`/proc/self/fdinfo/${held!.fd}`, 'utf8'))?.[1];
    expect((parseInt(octal!, 8) & 0o4010000) === 0o4010000).toBe(true);
    expect(await read()).toBe('one\ntwo\n');
  });

  it('appends to the file now at the path when its own was replaced by rename, and writes nothing to the one no longer read', async () => {
    const calls: string[] = [];
    const store = createNodeFileStore(root, { fs: countingFs(calls, true), ...options, quickDisk: quickAtOnce() });
    await store.append!(LOG, bytes('line 1\n'));
    const oldName = path.join(root, 'logs', 'old.keep');
    await fs.link(path.join(root, LOG), oldName);
    const tmp = path.join(root, 'logs', 'replaced.tmp');
    await fs.writeFile(tmp, 'from elsewhere\n');
    await fs.rename(tmp, path.join(root, LOG));
    calls.length = 0;
    await store.append!(LOG, bytes('line 2\n'));
    expect(calls.slice(0, 3)).toEqual(['identifyNow', 'close', 'open']);
    expect(calls).not.toContain('writeNow');
    expect(await read()).toBe('from elsewhere\nline 2\n');
    expect(await fs.readFile(oldName, 'utf8')).toBe('line 1\n');
    calls.length = 0;
    await store.append!(LOG, bytes('line 3\n'));
    expect(calls).toEqual(['identifyNow', 'writeNow']); // the new file is held from then on
    expect(await read()).toBe('from elsewhere\nline 2\nline 3\n');
  });

  it('makes the log again, its folder entry fsynced, when it was removed', async () => {
    const calls: string[] = [];
    const store = createNodeFileStore(root, { fs: countingFs(calls, true), ...options, quickDisk: quickAtOnce() });
    await store.append!(LOG, bytes('one\n'));
    await fs.unlink(path.join(root, LOG));
    calls.length = 0;
    await store.append!(LOG, bytes('two\n'));
    expect(await read()).toBe('two\n');
    expect(calls).toContain('syncDir');
  });

  it('refuses a save when its data folder was moved away, never making the folder again at the old place', async () => {
    await refusesWhenFolderMoved({ quickDisk: quickAtOnce() });
    expect(await read()).toBe('one\n');
  });

  it('a write that fails is refused, the log closed, and the next append opens it again', async () => {
    const calls: string[] = [];
    const { faulty, failNext } = failingOnce(calls, 'writeNow');
    const store = createNodeFileStore(root, { fs: faulty, ...options, quickDisk: quickAtOnce() });
    await store.append!(LOG, bytes('one\n'));
    failNext();
    await expect(store.append!(LOG, bytes('two\n'))).rejects.toMatchObject({ code: 'storage' });
    expect(calls.at(-1)).toBe('close');
    calls.length = 0;
    await store.append!(LOG, bytes('three\n'));
    expect(calls[0]).toBe('open');
    expect(await read()).toBe('one\nthree\n');
  });

  it('a failed write, or a log found replaced, sends the next appends back to the pool until the disk is quick again', async () => {
    const calls: string[] = [];
    const { faulty, failNext } = failingOnce(calls, 'writeNow');
    const clock = testClock();
    const store = createNodeFileStore(root, { fs: faulty, ...options, quickDisk: new QuickDisk(SLOW_MS, 2, () => clock.ms) });
    for (const line of ['a', 'b', 'c']) await store.append!(LOG, bytes(`${line}\n`)); // opened, then 2 quick through the pool
    failNext();
    await expect(store.append!(LOG, bytes('lost\n'))).rejects.toMatchObject({ code: 'storage' });
    calls.length = 0;
    await store.append!(LOG, bytes('d\n')); // opened again
    await store.append!(LOG, bytes('e\n'));
    await store.append!(LOG, bytes('f\n'));
    await store.append!(LOG, bytes('g\n'));
    expect(calls.filter((c) => c !== 'identity' && c !== 'syncDir' && c !== 'mkdir' && c !== 'stat')).toEqual(['open', 'write@null', 'identify', 'write@null', 'identify', 'write@null', 'identifyNow', 'writeNow']);
    // A log replaced by rename, met on the main thread: the append goes to the new file, and the next ones through the pool.
    const tmp = path.join(root, 'logs', 'replaced.tmp');
    await fs.writeFile(tmp, 'from elsewhere\n');
    await fs.rename(tmp, path.join(root, LOG));
    await store.append!(LOG, bytes('h\n'));
    calls.length = 0;
    await store.append!(LOG, bytes('i\n'));
    expect(calls).toEqual(['identify', 'write@null']);
    expect(await read()).toBe('from elsewhere\nh\ni\n');
  });

  it('never on a network share or a FUSE mount: the folder\'s file system is asked once, off the main thread', async () => {
    expect(isLocalType(0xef53)).toBe(true); // ext4
    expect(isLocalType(0x01021994)).toBe(true); // tmpfs
    for (const remote of [0x6969, 0xff534d42, 0xfe534d42, 0x517b, 0x65735546]) expect(isLocalType(remote)).toBe(false); // NFS, CIFS, SMB2, SMB, FUSE
    let asked = 0;
    const remote = new QuickDisk(SLOW_MS, 1, () => 0, async () => (asked++, false));
    remote.took(0.1);
    expect(remote.onMainThread).toBe(false); // still asking
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < 5; i++) {
      remote.took(0.1);
      expect(remote.onMainThread).toBe(false);
    }
    expect(asked).toBe(1);
    const local = new QuickDisk(SLOW_MS, 1, () => 0, async () => true);
    local.took(0.1);
    expect(local.onMainThread).toBe(false); // not before the answer
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(local.onMainThread).toBe(true);
    const unknown = new QuickDisk(SLOW_MS, 1, () => 0, () => Promise.reject(new Error('statfs failed')));
    unknown.took(0.1);
    void unknown.onMainThread;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(unknown.onMainThread).toBe(false); // a folder that cannot say counts as not local
  });
});
