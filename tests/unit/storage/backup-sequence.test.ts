import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { makeTempDir, removeTempDir } from './helpers/temp-dir';

/** Earlier versions are ordered by the order they were made, not by a clock that may be wrong. */
describe('earlier versions and a clock set wrong', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('mend-backup-seq-');
  });
  afterEach(() => removeTempDir(dir));

  it('a version stamped a year in the future neither sorts as newest nor keeps its slot', async () => {
    let now = Date.parse('2026-12-01T09:00:00Z');
    const open = () => createNodeFileStore(dir, { now: () => new Date(now), backups: { keepLast: 3, dailyDays: 0 }, warn: () => undefined });
    let store = open();
    const save = (text: string) => store.write('relationships/r.json', new TextEncoder().encode(text));
    await save('v0');
    now += 365 * 86_400_000; // the clock jumps a year ahead for one save…
    await save('v1');
    now -= 365 * 86_400_000; // …and is put right, and Mend restarts
    store = open();
    for (let i = 2; i <= 12; i++) {
      now += 1000;
      await save(`v${i}`);
    }
    const kept = await store.backups('relationships/r.json');
    const texts = await Promise.all(kept.map(async (b) => new TextDecoder().decode(await store.readBackup('relationships/r.json', b.id))));
    expect(texts.slice(0, 3)).toEqual(['v11', 'v10', 'v9']); // newest first, by the order they were made
    expect(texts).not.toContain('v0'); // pruned like any old version, wrong clock or not
  });
});
