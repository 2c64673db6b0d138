import type { RecoveredLog } from '../../core/store/file-store';
import { isSealed, openSealed, SEAL_MAGIC, SealError, type DataKey } from './sealed-file';
import { openLogRow, ROW_PREFIX } from './sealed-log-rows';

/**
 * Change logs an older Mend (before f0570ea) sealed as ONE whole-file block when it trimmed this
 * computer's log or cut a crash's torn line: "MENDSEAL", a version byte, the sealed rows, no newline of
 * its own, with later saves appended after it as "MENDSEAL:" rows. Read row by row the block is a few
 * damaged rows and its trim marker is lost, so row numbers shift; here it is opened whole instead.
 */
const COLON = 0x3a;
const NEWLINE = 0x0a;
/** A block sealed inside a block (the old build cut a torn line after a trim): a few levels at most. */
const MAX_DEPTH = 8;
const PREFIX = Buffer.from(ROW_PREFIX, 'latin1');
const PLAIN_ROW = Buffer.from('{"', 'latin1');

/** Whether a stored change log starts with a whole-file seal rather than a sealed row. */
export function startsWithWholeSeal(bytes: Uint8Array): boolean {
  return isSealed(bytes) && bytes.length > SEAL_MAGIC.length && bytes[SEAL_MAGIC.length] !== COLON;
}

/**
 * The rows of a stored log that starts with a whole-file seal, opened with `key`, in the order stored:
 * the block's own rows (a block inside it opened the same way), then every row after it. Null when
 * the log does not start so. Nothing is written.
 */
export function openWholeSealedLog(key: DataKey | null, path: string, stored: Uint8Array): RecoveredLog | null {
  if (!startsWithWholeSeal(stored)) return null;
  if (!key) return { parts: [], unreadable: 1 };
  const out: RecoveredLog = { parts: [], unreadable: 0 };
  expand(key, path, Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength), out, 0);
  return out;
}

function expand(key: DataKey, path: string, bytes: Buffer, out: RecoveredLog, depth: number): void {
  let rest = bytes;
  if (startsWithWholeSeal(bytes)) {
    const block = depth < MAX_DEPTH ? openBlock(key, path, bytes) : null;
    if (block) {
      expand(key, path, block.plain, out, depth + 1);
      rest = bytes.subarray(block.end);
    } else {
      // Cut short or damaged: its rows stay lost here; the sealed rows after it are still read.
      out.unreadable++;
      const next = bytes.indexOf(PREFIX, SEAL_MAGIC.length + 1);
      rest = next === -1 ? Buffer.alloc(0) : bytes.subarray(next);
    }
  }
  out.parts.push(openRows(key, path, rest));
}

/**
 * The block at the start of `bytes`: it has no length of its own, so each place a row could start after
 * it (a sealed row, a plain one, the end) is tried, and the seal's tag says which is its end.
 */
function openBlock(key: DataKey, path: string, bytes: Buffer): { plain: Buffer; end: number } | null {
  const ends: number[] = [];
  for (const start of [PREFIX, PLAIN_ROW]) {
    for (let at = bytes.indexOf(start, SEAL_MAGIC.length + 1); at !== -1; at = bytes.indexOf(start, at + 1)) ends.push(at);
  }
  ends.sort((a, b) => a - b).push(bytes.length);
  for (const end of ends) {
    try {
      const plain = openSealed(key, path, bytes.subarray(0, end));
      return { plain: Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength), end };
    } catch (e) {
      if (!(e instanceof SealError)) throw e;
    }
  }
  return null;
}

/** Complete rows, opened (a torn last row was never acknowledged, or is still arriving: left out). */
function openRows(key: DataKey, path: string, bytes: Buffer): Uint8Array {
  const rows: Uint8Array[] = [];
  for (let from = 0, to = bytes.indexOf(NEWLINE); to !== -1; from = to + 1, to = bytes.indexOf(NEWLINE, from)) {
    const row = bytes.subarray(from, to);
    // A row that cannot be opened reads "#…", as in any log; the core counts it with the damaged ones.
    rows.push(row.subarray(0, PREFIX.length).equals(PREFIX) ? openRowAfterTear(key, path, row) : row, NEWLINE_BYTES);
  }
  return Buffer.concat(rows);
}

const NEWLINE_BYTES = Uint8Array.of(NEWLINE);
const UNREADABLE_START = 0x23; // "#": how openLogRow says a row could not be opened

/**
 * One sealed row, opened. Such a log is never cut (whole-sealed-log.ts), so a row a crash tore is not
 * cut either, and the next save is appended right after it, with no newline between: the row reads
 * "MENDSEAL:<torn>MENDSEAL:<the save>". When the row will not open, the last sealed row inside it is
 * tried, and the torn part before it is left out: it was never acknowledged, and the save after it was.
 */
function openRowAfterTear(key: DataKey, path: string, row: Buffer): Uint8Array {
  const opened = openLogRow(key, path, row.toString('latin1'));
  if (opened[0] !== UNREADABLE_START) return opened;
  const last = row.lastIndexOf(PREFIX);
  return last > 0 ? openLogRow(key, path, row.subarray(last).toString('latin1')) : opened;
}
