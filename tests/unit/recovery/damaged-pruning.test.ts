import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneDamaged } from '../../../src/main/storage/damaged-pruner';
import { nodeFs } from '../../../src/main/storage/fs-seam';
import { makeFolder, removeFolder } from '../security/helpers';

/** damaged/ no longer grows for ever: it is pruned like backups/, per file, and only what Mend named. */
let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-damaged-prune-');
});
afterEach(async () => {
  await removeFolder(dir);
});

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');
const NOW = new Date('2026-03-31T12:00:00.000Z');

describe('pruning damaged/', () => {
  it('keeps the newest N of each file and one a day for the daily window; never touches folders or foreign names', async () => {
    const damaged = path.join(dir, 'damaged');
    await fs.mkdir(path.join(damaged, 'still-sealed-2026-01-01T00-00-00-000Z'), { recursive: true });
    await fs.writeFile(path.join(damaged, 'still-sealed-2026-01-01T00-00-00-000Z', 'keyring.json'), '{}');
    await fs.writeFile(path.join(damaged, 'notes from me.txt'), 'mine');
    const names: string[] = [];
    // 40 copies of one journal: four a day over ten days, then some from long ago.
    for (let i = 0; i < 40; i++) {
      const at = new Date(NOW.getTime() - (i < 32 ? i * 6 : 24 * (40 + i)) * 3600_000);
      names.push(`abc-${stamp(at)}.json`);
    }
    names.push(`other-${stamp(new Date('2025-01-01T10:00:00.000Z'))}.json`);
    for (const n of names) await fs.writeFile(path.join(damaged, n), '{}');

    const removed = await pruneDamaged(nodeFs, dir, NOW, { keepLast: 5, dailyDays: 30 }, () => undefined);
    const left = await fs.readdir(damaged);
    console.log(`damaged/ pruning: ${names.length} copies, ${removed} removed, ${left.length} entries left`);
    expect(left).toContain('notes from me.txt');
    expect(left).toContain('still-sealed-2026-01-01T00-00-00-000Z');
    expect(left).toContain(names.at(-1)); // another file's only copy
    const abc = left.filter((n) => n.startsWith('abc-')).sort().reverse();
    expect(abc.slice(0, 5)).toEqual(names.slice(0, 5).sort().reverse());
    // 32 copies span 8 days: the newest 5, plus the newest of each of those days; none from long ago.
    expect(abc.length).toBe(5 + 7);
    expect(abc.every((n) => n >= 'abc-2026-03')).toBe(true);
  });

  it('a missing damaged folder is nothing to do', async () => {
    expect(await pruneDamaged(nodeFs, dir, NOW, { keepLast: 5, dailyDays: 30 }, () => undefined)).toBe(0);
  });
});
