import { nodeFs, type FsSeam, type SeamFileHandle } from '../../../../src/main/storage/fs-seam';

/** Where a fault can be injected: the four steps of a save. */
export type FaultPoint = 'open' | 'write' | 'sync' | 'rename';

export function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

/**
 * The real file system, except that the first call at `point` fails with `code`. Every later call
 * goes through, so the adapter's clean-up (unlinking the temp file) runs for real.
 */
export function faultyFs(point: FaultPoint, code: string, base: FsSeam = nodeFs): FsSeam & { fired: () => boolean } {
  let fired = false;
  const trip = (at: FaultPoint) => {
    if (at !== point || fired) return;
    fired = true;
    throw fsError(code);
  };
  const wrap = (h: SeamFileHandle): SeamFileHandle => ({
    write: async (...args) => (trip('write'), h.write(...args)),
    sync: async () => (trip('sync'), h.sync()),
    close: () => h.close(),
  });
  return {
    ...base,
    open: async (p, flags, mode) => (trip('open'), wrap(await base.open(p, flags, mode))),
    rename: async (from, to) => (trip('rename'), base.rename(from, to)),
    fired: () => fired,
  };
}

/** The real file system with every link refused, as on FAT or exFAT volumes. */
export function noLinksFs(base: FsSeam = nodeFs): FsSeam {
  return { ...base, link: async () => Promise.reject(fsError('EPERM')) };
}
