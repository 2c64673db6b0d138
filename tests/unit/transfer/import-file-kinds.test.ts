import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/core/errors';
import { IMPORT_MAX_BYTES, readExternalFile } from '../../../src/main/external-files';
import { makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';

/**
 * Import reads only a regular file, and never more than a real backup can hold. A device or a pipe
 * is refused at once (before this, /dev/zero grew main without bound and a pipe hung the import).
 */
let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mend-import-kinds-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** Settles within `ms` or fails saying so: the holes this guards against never settle. */
async function settled(p: Promise<unknown>, ms = 1500): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve('still reading'), ms)));
  try {
    return await Promise.race([p.then(() => 'it succeeded', (e: unknown) => e), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function refusedQuickly(file: string, maxBytes?: number): Promise<DomainError> {
  const started = Date.now();
  const outcome = await settled(readExternalFile(file, maxBytes));
  expect(outcome).toBeInstanceOf(DomainError);
  console.log(`${path.basename(file)} refused in ${Date.now() - started} ms`);
  return outcome as DomainError;
}

describe('import reads only regular files, with a hard cap', () => {
  it('refuses /dev/zero at once with a clear message', async () => {
    const error = await refusedQuickly('/dev/zero');
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect(error.message).toBe('Mend cannot import zero: it is not a file but a device or a pipe. Choose a backup file. Nothing was changed.');
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = path.join(dir, 'backup.json');
    execFileSync('mkfifo', [fifo]);
    expect((await refusedQuickly(fifo)).message).toContain('backup.json: it is not a file but a device or a pipe');
  });

  it('refuses a link to a device', async () => {
    const link = path.join(dir, 'looks-fine.json');
    await fs.symlink('/dev/urandom', link);
    expect((await refusedQuickly(link)).message).toContain('looks-fine.json: it is not a file');
  });

  it('stops reading at the cap even when the size on disk says the file is small', async () => {
    // /proc files are regular and report size 0, like a file still growing while it is read.
    const error = await refusedQuickly('/proc/self/maps', 64);
    expect(error.message).toBe('Mend cannot import maps: it is far larger than any Mend backup. Nothing was changed.');
  });

  it('still reads a real backup-sized file, and the cap is the figure documented', async () => {
    const file = path.join(dir, 'Mend backup.json');
    await fs.writeFile(file, '{"format":"mend-backup"}');
    expect(new TextDecoder().decode(await readExternalFile(file))).toBe('{"format":"mend-backup"}');
    expect(IMPORT_MAX_BYTES).toBe(256 * 1024 * 1024);
  });
});
