import { open, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { INDEX_DIR, indexShardPath, shardOf } from '../../src/core/model/index-file';
import { journalPath } from '../../src/core/model/journal';
import { devicePath } from '../../src/core/store/device-state';
import { BENCH_DEVICE } from './ours';
import { measure, timed, type Figure, type SaveRuns } from './measure';

/**
 * The disk's limit: raw write + fsync + rename of exactly the bytes our save writes (the journal and
 * its index shard), and raw read + JSON.parse of exactly what our open reads (every shard of this
 * computer's index cache, as Mend wrote it; run after Mend's open so the cache is there).
 * No codec, no validation.
 */
async function rawDurableWrite(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.limit-tmp`;
  const handle = await open(temp, 'w');
  await handle.write(bytes);
  await handle.sync();
  await handle.close();
  await rename(temp, path);
  const folder = await open(join(path, '..'), 'r');
  await folder.sync();
  await folder.close();
}

export interface LimitFigures {
  open: Figure;
  openLargest: Figure;
  save: Figure;
  saveBytes: number;
}

export async function benchLimit(dir: string, scratch: string, largestId: string, runs: number, saves: SaveRuns): Promise<LimitFigures> {
  const read = (p: string) => timed(async () => undefined, async () => JSON.parse(await readFile(join(dir, p), 'utf8')));
  const cache = devicePath(BENCH_DEVICE.id, INDEX_DIR);
  // A shard no summary falls in is not written: read the ones there are, as Mend's open does.
  const shards = (await readdir(join(dir, cache))).filter((n) => n.endsWith('.json')).map((n) => `${cache}/${n}`);
  const openFig = await measure(runs, () =>
    timed(async () => undefined, () => Promise.all(shards.map(async (p) => JSON.parse(await readFile(join(dir, p), 'utf8'))))),
  );
  const openLargest = await measure(runs, () => read(journalPath(largestId)));
  const journal = await readFile(join(dir, journalPath(largestId)));
  const index = await readFile(join(dir, indexShardPath(shardOf(largestId))));
  const save = await measure(saves.runs, () =>
    timed(async () => undefined, async () => {
      await rawDurableWrite(join(scratch, 'journal.json'), journal);
      await rawDurableWrite(join(scratch, 'index-shard.json'), index);
    }),
    saves.warmUp,
  );
  return { open: openFig, openLargest, save, saveBytes: journal.length + index.length };
}
