import type { FsSeam } from '../../../../src/main/storage/fs-seam';
import { DiskModel } from './disk-model';

/** One file-system call the adapter made (reads included, they replay as no-ops), or an acknowledgement. */
export type Op =
  | { op: 'open'; path: string; flags: string }
  | { op: 'write'; fd: number; bytes: Uint8Array; position: number | null }
  | { op: 'sync' | 'close'; fd: number }
  | { op: 'rename' | 'link' | 'copyFile'; from: string; to: string }
  | { op: 'unlink' | 'mkdir' | 'syncDir' | 'readdir' | 'readFile' | 'stat'; path: string }
  | { op: 'ack'; counter: number };

/** Applies one logged call to a disk; failures are part of the log and change nothing, so they are dropped. */
export function applyOp(disk: DiskModel, o: Op): unknown {
  switch (o.op) {
    case 'open': return disk.open(o.path, o.flags);
    case 'write': return disk.write(o.fd, o.bytes, o.position);
    case 'sync': return disk.sync(o.fd);
    case 'close': return disk.close(o.fd);
    case 'rename': return disk.rename(o.from, o.to);
    case 'link': return disk.link(o.from, o.to);
    case 'copyFile': return disk.copyFile(o.from, o.to);
    case 'unlink': return disk.unlink(o.path);
    case 'mkdir': return disk.mkdir(o.path);
    case 'syncDir': return disk.syncDir(o.path);
    case 'readdir': return disk.readdir(o.path);
    case 'readFile': return disk.readFile(o.path);
    case 'stat': return disk.stat(o.path);
    case 'ack': return undefined;
  }
}

/** Rebuilds the disk as it was after the first `count` logged operations. */
export function replay(log: Op[], count: number, folders: string[]): DiskModel {
  const disk = new DiskModel(folders);
  for (const o of log.slice(0, count)) {
    try {
      applyOp(disk, o);
    } catch {
      // It failed when recorded too (a missing file probed with stat or link): no state change.
    }
  }
  return disk;
}

/** An FsSeam over the model that appends every call, in the order made, to `log`. */
export function recordingFs(disk: DiskModel, log: Op[]): FsSeam {
  const run = <T>(o: Op): Promise<T> => {
    log.push(o);
    try {
      return Promise.resolve(applyOp(disk, o) as T);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    async open(path, flags) {
      const fd = await run<number>({ op: 'open', path, flags });
      return {
        write: (data, offset, length, position) => {
          const bytes = data.slice(offset, offset + length);
          return run<number>({ op: 'write', fd, bytes, position }).then((bytesWritten) => ({ bytesWritten }));
        },
        sync: () => run({ op: 'sync', fd }),
        close: () => run({ op: 'close', fd }),
      };
    },
    rename: (from, to) => run({ op: 'rename', from, to }),
    link: (from, to) => run({ op: 'link', from, to }),
    copyFile: (from, to) => run({ op: 'copyFile', from, to }),
    unlink: (path) => run({ op: 'unlink', path }),
    mkdir: (path) => run({ op: 'mkdir', path }),
    syncDir: (path) => run({ op: 'syncDir', path }),
    readdir: (path) => run({ op: 'readdir', path }),
    readFile: (path) => run({ op: 'readFile', path }),
    stat: (path) => run({ op: 'stat', path }),
  };
}
