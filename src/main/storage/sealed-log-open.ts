import type { LogChunks } from '../../core/store/file-store';
import type { SealControl } from './encrypted-file-store';
import { SEAL_MAGIC } from './sealed-file';
import { BATCH_ROWS, openLogRows, ROW_PREFIX } from './sealed-log-rows';
import { startsWithWholeSeal } from './sealed-whole-log';

/**
 * A change log as read from disk, opened: plain rows pass byte for byte, sealed rows ("MENDSEAL:" and
 * base64, sealed-log-rows.ts) are opened in batches, a row that cannot be opened reads as "#reason",
 * and a torn last row stays torn, so the reader waits for the rest of it.
 */
export function openLogLines(control: SealControl, path: string, bytes: Uint8Array, atFileStart = true): Uint8Array {
  if (everyRowPlain(bytes)) return bytes; // a plain folder's logs: nothing to open, nothing to copy
  if (control.phase() === 'plain') control.noticeSealed?.(path);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new LogBytes(bytes.length);
  const rowFrom = new Int32Array(BATCH_ROWS);
  const rowTo = new Int32Array(BATCH_ROWS);
  // Rows are taken in runs of up to BATCH_ROWS sealed rows (plain rows among them pass as they are),
  // each run opened in one batch, then written out in order.
  let from = 0;
  let runFrom = 0;
  let sealed = 0;
  const flush = (runTo: number): void => {
    const opened = openLogRows(control.key(), path, buf, rowFrom, rowTo, sealed);
    let next = 0;
    for (let row = runFrom; row < runTo; ) {
      const end = buf.indexOf(NEWLINE, row);
      if (!sealedRow(buf, row)) out.add(buf, row, end); // plain (written before encryption went on), or damaged: read as it is
      else {
        const i = next++;
        if (opened.from[i]! >= 0) out.add(opened.data, opened.from[i]!, opened.to[i]!);
        else out.add(opened.unreadable, 0, opened.unreadable.length);
      }
      out.newline();
      row = end + 1;
    }
    runFrom = runTo;
    sealed = 0;
  };
  for (let to = buf.indexOf(NEWLINE, from); to !== -1; from = to + 1, to = buf.indexOf(NEWLINE, from)) {
    if (!sealedRow(buf, from)) continue;
    rowFrom[sealed] = from;
    rowTo[sealed++] = to;
    if (sealed === BATCH_ROWS) flush(to + 1);
  }
  flush(from);
  // A torn last line stays torn (without its newline), so the reader waits for the rest of it. A block an
  // older Mend sealed whole, with no newline byte in it, is one torn row: it keeps its magic, so the
  // reader knows it for what it is (whole-sealed-log.ts) and never cuts it as a save cut short.
  if (from < buf.length) {
    const torn = from === 0 && atFileStart && startsWithWholeSeal(bytes) ? SEAL_MAGIC : TORN;
    out.add(torn, 0, torn.length);
  }
  return out.bytes();
}

/**
 * A log's chunks (file-store LogChunks) opened as openLogLines opens the whole: each chunk's whole rows
 * at once (a row a chunk cuts waits for the rest of it), the torn last row at the end. Plain rows pass
 * without a copy; `check` runs before each chunk is opened (the folder may have been locked since).
 * `control` should say the folder's phase and key as they were when the log was opened: its chunks are
 * read from the file as it was then, whatever a conversion has done since (encrypted-file-store.ts).
 */
export function openLogChunks(control: SealControl, path: string, chunks: LogChunks, check: () => void): LogChunks {
  let carry: Uint8Array | null = null;
  let started = false;
  /** A row opened so far: the file is no plain log, whose torn tail would pass as it is. */
  let sealed = false;
  const next = (): Uint8Array | null => {
    try {
      return nextOpened();
    } catch (error) {
      chunks.close(); // the reader that asked may not be there to
      throw error;
    }
  };
  const nextOpened = (): Uint8Array | null => {
    for (;;) {
      const chunk = chunks.next();
      const bytes: Uint8Array | null = chunk && carry ? joined(carry, chunk) : (chunk ?? carry);
      if (bytes === null) return null;
      const end = chunk === null ? bytes.length : bytes.lastIndexOf(NEWLINE) + 1;
      if (end === 0) {
        carry = bytes === chunk ? copyOf(bytes) : bytes; // the chunk's memory is the store's
        continue;
      }
      carry = end < bytes.length ? copyOf(bytes.subarray(end)) : null;
      check();
      // A torn tail after rows, as openLogLines gives it for the whole file: torn, unless every row is plain.
      if (chunk === null && started && sealed) return TORN;
      const atFileStart = !started;
      started = true;
      const given = bytes.subarray(0, end);
      const opened = openLogLines(control, path, given, atFileStart);
      if (opened !== given) sealed = true;
      return opened;
    }
  };
  return { size: chunks.size, next, close: () => chunks.close() };
}

/** A copy (a Buffer's slice() is a view: the store's chunks are Buffers). */
function copyOf(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The opened log, written row by row into one buffer (grown should opened rows need more room than the sealed ones took). */
class LogBytes {
  private data: Uint8Array;
  private length = 0;

  constructor(room: number) {
    this.data = new Uint8Array(room);
  }

  add(from: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    this.data.set(from.subarray(start, end), this.length);
    this.length += end - start;
  }

  newline(): void {
    this.room(1);
    this.data[this.length++] = NEWLINE;
  }

  bytes(): Uint8Array {
    return this.data.subarray(0, this.length);
  }

  private room(n: number): void {
    if (this.length + n <= this.data.length) return;
    const grown = new Uint8Array(Math.max(this.data.length * 2, this.length + n));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/**
 * A row sealed by Mend ("MENDSEAL:" and base64). Any other row is passed on as it is: a plain line, or a
 * damaged one (a sync tool's torn middle, zeros after a power cut), which the log reader reports as
 * damaged, never as words waiting for a key.
 */
function sealedRow(buf: Buffer, at: number): boolean {
  if (buf[at] !== M) return false;
  // Byte by byte: a view and a native compare per row cost 30 ms on a 100,000-row log (measured 2026-12-03, Node 20).
  for (let i = 1; i < SEALED.length; i++) if (buf[at + i] !== SEALED[i]) return false;
  return true;
}

/**
 * No row starts with "M" (as every sealed row does): true for a plain folder's logs. Through a Buffer view, so each
 * newline is found by Buffer's native indexOf (memchr): a Uint8Array's own indexOf is a loop in V8, five
 * times slower on a 30 MB log of 100,000 lines (about 24 ms instead of 5, measured 2026-12-02, Node 20).
 */
function everyRowPlain(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length > 0 && buf[0] === M) return false;
  // One native search for a row that starts with M, rather than one per row: a plain row never holds a
  // raw newline (JSON escapes it), so a newline then M can only be a row's start. On a log of 100,000
  // rows that is one call instead of 100,000 (about 40 ms of a 350 ms open, measured 3 December).
  return buf.indexOf(NEWLINE_M) === -1;
}

const NEWLINE = 0x0a;
const NEWLINE_M = Buffer.from('\nM', 'latin1');
const OPEN_BRACE = 0x7b;
const M = 0x4d;
const SEALED = Buffer.from(ROW_PREFIX, 'latin1');
const TORN = Uint8Array.of(OPEN_BRACE);

