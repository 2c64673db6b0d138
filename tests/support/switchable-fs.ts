import { nodeFs, type FsSeam } from '../../src/main/storage/fs-seam';

/**
 * The real file system, with a switch: while failing, every file opened for writing fails with the
 * given code (ENOSPC for a full disk, EIO, EROFS), as the OS would; reads keep working.
 */
export function switchableFs(base: FsSeam = nodeFs) {
  let failing: string | null = null;
  const fs: FsSeam = {
    ...base,
    async open(path, flags, mode) {
      if (failing) throw Object.assign(new Error(`${failing}: injected fault`), { code: failing });
      return base.open(path, flags, mode);
    },
  };
  return {
    fs,
    fail(code: string): void {
      failing = code;
    },
    heal(): void {
      failing = null;
    },
  };
}
