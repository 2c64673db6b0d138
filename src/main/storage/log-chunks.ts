import * as fs from 'node:fs';
import type { LogChunks } from '../../core/store/file-store';
import { errorCode } from './fs-seam';
import { storageError } from './storage-errors';

/**
 * How much of a change log is read at a time. A long log read whole is one buffer in fresh pages, and on
 * the virtual machines this is measured on, touching fresh pages cost more than reading: a 30 MB log of
 * 100,000 lines took about 140 ms to read whole and decode, and about 10 ms a megabyte at a time in
 * one reused buffer (measured 4 December, Node 20).
 */
export const LOG_CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

/**
 * A change log, read a chunk at a time into one buffer that is reused from chunk to chunk. Each chunk
 * but the last ends just after a newline (a row longer than the buffer grows it), so the log's reader
 * never meets a cut row; the last holds whatever follows the last newline (a save still arriving).
 * Reads stop at the size the file had when it was opened: lines appended since are read next time.
 *
 * The reads are synchronous: the log's reader (core's LogCursor) asks for the next chunk in the middle
 * of merging the journal's logs, which runs in one turn. Each read is of a megabyte at most, from a
 * file just opened (and usually in the page cache), so the main process is held up no longer than
 * by the merge itself. Null when there is no such file.
 */
export async function openLogChunks(file: string, rel: string, chunkBytes = LOG_CHUNK_BYTES): Promise<LogChunks | null> {
  let fd: number;
  let size: number;
  try {
    fd = await new Promise<number>((resolve, reject) => fs.open(file, 'r', (error, opened) => (error ? reject(error) : resolve(opened))));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw storageError('read', rel, error);
  }
  try {
    size = await new Promise<number>((resolve, reject) => fs.fstat(fd, (error, stats) => (error ? reject(error) : resolve(stats.size))));
  } catch (error) {
    fs.close(fd, () => undefined);
    throw storageError('read', rel, error);
  }
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    fs.close(fd, () => undefined);
  };
  let buf = Buffer.allocUnsafeSlow(Math.max(1, Math.min(size, chunkBytes)));
  /** Bytes in `buf`, the file position read up to, and where the cut row left in `buf` starts. */
  let filled = 0;
  let position = 0;
  let cut = 0;
  const next = (): Uint8Array | null => {
    if (!open) return null;
    buf.copyWithin(0, cut, filled); // the row the last chunk cut goes first
    filled -= cut;
    cut = 0;
    try {
      for (;;) {
        while (filled < buf.length && position < size) {
          const read = fs.readSync(fd, buf, filled, Math.min(buf.length - filled, size - position), position);
          if (read === 0) size = position; // the file was cut short since it was opened
          filled += read;
          position += read;
        }
        if (position >= size) break;
        const newline = buf.lastIndexOf(NEWLINE, filled - 1);
        if (newline >= 0) {
          cut = newline + 1;
          return buf.subarray(0, cut);
        }
        const grown = Buffer.allocUnsafeSlow(buf.length * 2); // a row longer than the buffer
        buf.copy(grown, 0, 0, filled);
        buf = grown;
      }
    } catch (error) {
      close();
      throw storageError('read', rel, error);
    }
    // The end: everything left, a torn last row included.
    cut = filled;
    if (filled === 0) {
      close();
      return null;
    }
    return buf.subarray(0, filled);
  };
  return { size, next, close };
}
