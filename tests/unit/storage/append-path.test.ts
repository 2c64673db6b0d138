import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs, type FsSeam } from '../../../src/main/storage/fs-seam';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
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

function countingFs(calls: string[]): FsSeam {
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
      };
    },
  };
}

describe('the append path', () => {
  it('appends to a known log with open, one unpositioned write, fsync and close only', async () => {
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
