import { appendFile, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, type FsSeam } from '../../../src/main/storage/fs-seam';
import { hex, newDataKey } from '../../../src/main/storage/keyring';
import { KEY_ID_BYTES, SEAL_MAGIC } from '../../../src/main/storage/sealed-file';
import { ROW_PREFIX, sealLogRow } from '../../../src/main/storage/sealed-log-rows';
import { trackLeftovers } from '../../../src/main/storage/sealed-leftovers';

/**
 * The look through the folder for words still locked with the old passphrase runs in the background
 * (opening never waits for it). A sealed line that arrives in a file the look has already read, while
 * the look is still under way, is noticed by the store as it reads it: that file must be counted once
 * the look is done, not lost between the two (the look's answer would otherwise replace the notice,
 * and Home would not ask for the old passphrase until the next start).
 */
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const keyIdOfRow = (row: string): string => {
  const block = Buffer.from(row.slice(ROW_PREFIX.length), 'base64');
  return hex(block.subarray(SEAL_MAGIC.length + 1, SEAL_MAGIC.length + 1 + KEY_ID_BYTES));
};

describe('a sealed line noticed while the look through the folder is under way', () => {
  it('is counted once the look is done, in a file the look had already read', async () => {
    const root = await mkdtemp(join(tmpdir(), 'mend-leftover-notice-'));
    dirs.push(root);
    await mkdir(join(root, 'logs'));
    const plain = '{"plain":true}\n';
    await writeFile(join(root, 'logs', 'a.1111111111111111.log'), plain);
    await writeFile(join(root, 'logs', 'b.1111111111111111.log'), plain);
    const key = newDataKey();
    const row = sealLogRow(key, 'logs/x.log', '{"n":1}');
    const keyId = keyIdOfRow(row);

    // The look reads one file, then waits at the second until released.
    const read: string[] = [];
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fs: FsSeam = {
      ...nodeFs,
      readFile: async (path) => {
        read.push(path);
        if (read.length === 2) await held;
        return nodeFs.readFile(path);
      },
    };
    const tracker = trackLeftovers(fs, root, async () => keyId, () => undefined);
    expect(tracker.peek()).toBe(0); // the look starts
    while (read.length < 2) await new Promise((r) => setTimeout(r, 5));

    // The file read first now gets a line sealed with the old key, and the store notices it.
    const first = read[0]!;
    await appendFile(first, `${row}\n`);
    const rel = first.slice(root.length + 1).split(/[\\/]/).join('/');
    tracker.notice(rel);
    release();

    expect(await tracker.count()).toBe(1);
    // And a later notice of the same file counts it once.
    tracker.notice(rel);
    expect(await tracker.count()).toBe(1);
  });
});

describe('count() while forget() comes during the checks of files noticed', () => {
  it('looks again rather than answer 0 while a sealed file waits (found in review; failed on the first version)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'mend-leftover-forget-'));
    dirs.push(root);
    await mkdir(join(root, 'logs'));
    const row = sealLogRow(newDataKey(), 'logs/x.log', '{"n":1}');
    await writeFile(join(root, 'logs', 'a.1111111111111111.log'), `${row}\n`);
    await writeFile(join(root, 'logs', 'b.1111111111111111.log'), '{"plain":true}\n');
    let hold = false;
    let bReads = 0;
    let release = (): void => undefined;
    const held = new Promise<void>((r) => (release = r));
    let checking = (): void => undefined;
    const reading = new Promise<void>((r) => (checking = r));
    const fs: FsSeam = {
      ...nodeFs,
      readFile: async (p) => {
        if (hold && p.includes('b.') && ++bReads === 2) {
          checking();
          await held;
        }
        return nodeFs.readFile(p);
      },
    };
    const tracker = trackLeftovers(fs, root, async () => keyIdOfRow(row), () => undefined);
    expect(await tracker.count()).toBe(1);
    tracker.forget();
    hold = true;
    const answer = tracker.count();
    tracker.notice('logs/b.1111111111111111.log'); // the store reads b meanwhile
    await reading; // b's own check is under way
    tracker.forget(); // another change meanwhile
    release();
    expect(await answer).toBe(1);
  });
});

describe('the mark Home hides the prompt by', () => {
  it('stays while the same words wait, and changes when words are locked or opened', async () => {
    const root = await mkdtemp(join(tmpdir(), 'mend-leftover-mark-'));
    dirs.push(root);
    await mkdir(join(root, 'logs'));
    const key = newDataKey();
    const sealed = (n: number) => sealLogRow(key, 'logs/x.log', `{"n":${n}}`);
    const a = join(root, 'logs', 'a.1111111111111111.log');
    const b = join(root, 'logs', 'b.1111111111111111.log');
    await writeFile(a, `${sealed(1)}\n`);
    await writeFile(b, `${sealed(2)}\n`);
    const tracker = trackLeftovers(nodeFs, root, async () => keyIdOfRow(sealed(0)), () => undefined);
    const look = async () => {
      tracker.forget();
      return { count: await tracker.count(), mark: tracker.mark() };
    };
    const two = await look();
    expect(two.count).toBe(2);
    expect(two.mark).not.toBe('');
    // Plain lines written on after it (this computer saving on): the same words wait, the same mark.
    await appendFile(a, '{"plain":true}\n');
    expect(await look()).toEqual(two);
    // b opened elsewhere (rewritten plain), then a gets another sealed line: 2, 1, 2 files, and a new mark.
    await writeFile(b, '{"n":2}\n');
    const one = await look();
    expect(one.count).toBe(1);
    await writeFile(b, `${sealed(3)}\n`);
    await appendFile(a, `${sealed(4)}\n`);
    const again = await look();
    expect(again.count).toBe(2);
    expect(new Set([two.mark, one.mark, again.mark]).size).toBe(3);
    // All opened: no mark; the same file sealed again later is a new one (it is not what was hidden before).
    await writeFile(a, '{"n":1}\n');
    await writeFile(b, '{"n":2}\n');
    expect(await look()).toEqual({ count: 0, mark: '' });
    await writeFile(a, `${sealed(5)}\n`); // one row again, in the same file as when `one` was hidden
    const later = await look();
    expect(later.count).toBe(1);
    expect([two.mark, one.mark, again.mark]).not.toContain(later.mark);
  });
});

