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
