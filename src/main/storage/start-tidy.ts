import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { sweepStaleTemps } from './durable-write';
import { errorCode, type FsSeam } from './fs-seam';
import { reasonFor } from './storage-errors';
import { useDeviceForTemps } from './temp-names';

/**
 * Run once the folder is locked, before anything reads it: this computer's temp files from earlier runs
 * (a crash, a kill, a power cut) are zeroed and removed in every folder, dot-folders too, whatever pid
 * they name; another computer's go only once a day old. Never a reason not to open: problems are warned.
 */
export async function tidyTempsAtStart(fs: FsSeam, root: string, options: { deviceId?: string; warn: (message: string) => void }): Promise<number> {
  if (options.deviceId) useDeviceForTemps(options.deviceId);
  let removed = 0;
  for (const dir of await foldersUnder(root, options.warn)) {
    removed += await sweepStaleTemps(fs, dir, { scrub: true, atStart: true }).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') options.warn(`Could not tidy unfinished saves in a folder: ${reasonFor(error)}.`);
      return 0;
    });
  }
  return removed;
}

/** The root and every folder below it. */
export async function foldersUnder(root: string, warn: (message: string) => void): Promise<string[]> {
  try {
    const entries = await fsp.readdir(root, { recursive: true, withFileTypes: true });
    return [root, ...entries.filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name))];
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') warn(`Could not look through the data folder: ${reasonFor(error)}.`);
    return [];
  }
}
