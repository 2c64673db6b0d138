import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { nodeFs } from '../../../src/main/storage/fs-seam';

/**
 * The real file system's handles are plain descriptors (lighter than FileHandles on a save's path).
 * A descriptor's number is handed to the next file opened once it is closed, so a closed handle must
 * never write, sync or close again: that would reach someone else's file.
 */
describe('a file opened through the real file system', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mend-seam-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('appends at the end, syncs and closes', async () => {
    const file = join(dir, 'a.log');
    for (const line of ['one\n', 'two\n']) {
      const handle = await nodeFs.open(file, 'a', 0o600);
      const data = bytes(line);
      expect(await handle.write(data, 0, data.byteLength, null)).toEqual({ bytesWritten: data.byteLength });
      await handle.sync();
      await handle.close();
    }
    expect(await readFile(file, 'utf8')).toBe('one\ntwo\n');
  });

  it('once closed, refuses to write or sync and closes nothing else, even when its number was reused', async () => {
    const first = await nodeFs.open(join(dir, 'first'), 'a');
    await first.close();
    const second = await nodeFs.open(join(dir, 'second'), 'a'); // most likely the same descriptor number
    const data = bytes('late');
    await expect(first.write(data, 0, data.byteLength, null)).rejects.toMatchObject({ code: 'EBADF' });
    await expect(first.sync()).rejects.toMatchObject({ code: 'EBADF' });
    await first.close(); // a second close does nothing
    const own = bytes('mine');
    await second.write(own, 0, own.byteLength, null);
    await second.sync();
    await second.close();
    expect(await readFile(join(dir, 'second'), 'utf8')).toBe('mine');
  });

  it('fails as Node does, with the error code the adapter reads', async () => {
    await expect(nodeFs.open(join(dir, 'no-folder', 'x'), 'a')).rejects.toMatchObject({ code: 'ENOENT' });
    await nodeFs.open(join(dir, 'taken'), 'a').then((h) => h.close());
    await expect(nodeFs.open(join(dir, 'taken'), 'wx')).rejects.toMatchObject({ code: 'EEXIST' });
  });
});
