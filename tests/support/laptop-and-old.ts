import { openCore, type Core } from '../../src/core/open-core';
import { MemoryFileStore, testPlatform } from './memory-file-store';

/**
 * A laptop and an old computer on one synced folder, for the cases where the laptop forgets the old
 * one and trims its logs past what the old one holds. Each has its own copy of the folder and ids; one
 * wall clock moves on a little at every read of it (`later` jumps it by days).
 */
export function laptopAndOld() {
  let wall = Date.parse('2026-12-01T09:00:00.000Z');
  const devs = ['laptop', 'old'].map((name, i) => ({ name, id: String(i + 1).repeat(16), files: new MemoryFileStore(), n: 0 }));
  const [laptop, old] = devs as [Computer, Computer];
  const open = (d: Computer): Promise<Core> =>
    openCore({ files: d.files, platform: testPlatform().platform, newId: () => `${d.name}-${++d.n}`, now: () => new Date((wall += 7)), device: { id: d.id, name: d.name }, compactEvery: 2 });
  /**
   * What a sync tool sends: the sender's own logs and record (each computer writes only its own), and
   * the snapshots: `all` of them (a snapshot only one side changed; one the sender moved to its trash is
   * deleted on the receiver too, as sync tools propagate a delete), only those the receiver has `missing`
   * (a tool that has not yet met a conflict), or none.
   */
  const transfer = (from: Computer, to: Computer, snapshots: 'all' | 'missing' | 'none' = 'all') => {
    for (const [path, bytes] of from.files.files) {
      const own = path === `devices/${from.id}.json` || (path.startsWith('logs/') && path.endsWith(`.${from.id}.log`));
      const snapshot = path.startsWith('relationships/') && (snapshots === 'all' || (snapshots === 'missing' && !to.files.files.has(path)));
      if (own || snapshot) to.files.files.set(path, bytes.slice());
    }
    if (snapshots !== 'all') return;
    for (const path of [...to.files.files.keys()]) {
      const id = /^relationships\/(.+)\.json$/.exec(path)?.[1];
      if (id && !from.files.files.has(path) && [...from.files.files.keys()].some((k) => k.startsWith(`trash/${id}-`))) to.files.files.delete(path);
    }
  };
  const later = (days: number) => (wall += days * 86_400_000);
  return { laptop, old, open, transfer, later };
}

export interface Computer {
  name: string;
  id: string;
  files: MemoryFileStore;
  n: number;
}
