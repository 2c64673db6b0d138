import { batchAvailable, openGcmInPlace, SPAN } from './gcm-batch';
import { headerLike, IV_AT, openSealedIf, seal, sealedParts, SealError, type DataKey } from './sealed-file';

const TAG_BYTES = 16;

/**
 * A change log sealed line by line: each row is "MENDSEAL:" and the base64 of one sealed block whose
 * identity is the log's own name (conflict copies keep the name of the log they copy). A row that
 * cannot be opened reads as a "#reason" row (damaged), or "?reason" when there is no key to open it
 * with (it is read again once there is), which the log reader reports and skips.
 */
/** What every sealed row starts with; the log reader and the look for leftovers read it from here. */
export const ROW_PREFIX = 'MENDSEAL:';
/** "?": sealed under a key this computer does not hold; kept as a hole until it does (change-line.ts). */
const NO_KEYRING = '?it is encrypted, but this data folder has no keyring.json to open it with';
const UNREADABLE = '#it could not be decrypted';
/** Rows opened per batch: bounds the memory a batch holds (a few MB) whatever the log's length. */
export const BATCH_ROWS = 4096;
const utf8 = new TextEncoder();

export function sealLogRow(key: DataKey, identity: string, row: string): string {
  return wrapLogRow(seal(key, identity, utf8.encode(row)));
}

/** One sealed block as a log row. */
export function wrapLogRow(block: Uint8Array): string {
  return ROW_PREFIX + Buffer.from(block).toString('base64');
}

export function unwrapLogRow(row: string): Uint8Array {
  if (!row.startsWith(ROW_PREFIX)) throw new SealError('it is not a sealed line');
  return Buffer.from(row.slice(ROW_PREFIX.length), 'base64');
}

/**
 * Sealed rows opened: row i's plain bytes are data[from[i], to[i]), or, where from[i] is -1, it reads
 * as the "#reason" row `unreadable`.
 */
export interface OpenedRows {
  data: Uint8Array;
  from: Int32Array;
  to: Int32Array;
  unreadable: Uint8Array;
}

/**
 * The sealed rows text[rowFrom[i], rowTo[i]) of the log at `path` (`text` is the log's bytes as Latin-1,
 * so a row is a slice of it), opened. Every row's seal is checked; rows are opened in one batch
 * (gcm-batch.ts, at most BATCH_ROWS per call is what callers pass) where the runtime allows, else one by one.
 */
export function openLogRows(key: DataKey | null, path: string, text: string, rowFrom: Int32Array, rowTo: Int32Array, count: number): OpenedRows {
  const from = new Int32Array(count).fill(-1);
  const to = new Int32Array(count);
  if (!key) return { data: new Uint8Array(0), from, to, unreadable: utf8.encode(NO_KEYRING) };
  if (!batchAvailable) return openOneByOne(key, path, text, rowFrom, rowTo, count);
  // Every row's base64 decoded into one buffer (as unwrapLogRow decodes it, without a Buffer per row);
  // each row's parts are found by offset, without an object or a view per row, and opened in place.
  let room = 0;
  for (let i = 0; i < count; i++) room += Math.ceil((rowTo[i]! - rowFrom[i]!) * 0.75);
  const decoded = Buffer.allocUnsafe(room);
  const data = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
  const spans = new Int32Array(count * SPAN);
  const blockOf = new Int32Array(count).fill(-1); // the block of each row, or -1 for a row refused before any deciphering
  const check = identityCheck(path);
  let used = 0;
  let blocks = 0;
  let accepted: Uint8Array | null = null; // the header of the last row accepted
  for (let i = 0; i < count; i++) {
    try {
      if (!text.startsWith(ROW_PREFIX, rowFrom[i]!)) throw new SealError('it is not a sealed line');
      const length = decoded.write(text.slice(rowFrom[i]! + ROW_PREFIX.length, rowTo[i]!), used, 'base64');
      // A row whose header is the last accepted row's (but for its IV) passes the same checks: not read again.
      if (!accepted || !headerLike(accepted, data, used, length)) accepted = sealedParts(key, data.subarray(used, used + length), check).aad;
      const s = blocks * SPAN;
      spans[s] = used;
      spans[s + 1] = used + accepted.length;
      spans[s + 2] = used + length - TAG_BYTES;
      spans[s + 3] = used + IV_AT;
      blockOf[i] = blocks++;
      used += length;
    } catch {
      // refused: reads as UNREADABLE
    }
  }
  const opened = openGcmInPlace(key.key, data, spans, blocks);
  for (let i = 0; i < count; i++) {
    const b = blockOf[i]!;
    if (b < 0 || !opened[b]) continue;
    from[i] = spans[b * SPAN + 1]!;
    to[i] = spans[b * SPAN + 2]!;
  }
  return { data, from, to, unreadable: utf8.encode(UNREADABLE) };
}

/** Where AES-ECB is missing: each row with node:crypto's GCM. */
function openOneByOne(key: DataKey, path: string, text: string, rowFrom: Int32Array, rowTo: Int32Array, count: number): OpenedRows {
  const rows = Array.from({ length: count }, (_, i) => openLogRow(key, path, text.slice(rowFrom[i]!, rowTo[i]!)));
  const data = new Uint8Array(rows.reduce((n, r) => n + r.length, 0));
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  let at = 0;
  rows.forEach((row, i) => {
    data.set(row, at);
    from[i] = at;
    to[i] = at += row.length;
  });
  return { data, from, to, unreadable: utf8.encode(UNREADABLE) };
}

/** One row on its own, with node:crypto's GCM. */
export function openLogRow(key: DataKey, path: string, row: string): Uint8Array {
  try {
    return openSealedIf(key, unwrapLogRow(row), identityCheck(path));
  } catch {
    return utf8.encode(UNREADABLE);
  }
}

/**
 * A log's own name is the only identity accepted (a block sealed for another journal's log is
 * refused); judged once per distinct identity, as every row of a log names the same one.
 */
function identityCheck(path: string): (identity: string) => void {
  let accepted: string | null = null;
  return (identity) => {
    if (identity === accepted) return;
    if (!identity.startsWith('logs/') || !sameJournal(identity, path)) throw new SealError('it belongs elsewhere');
    accepted = identity;
  };
}

const sameJournal = (identity: string, path: string): boolean => path.startsWith(identity.slice(0, identity.lastIndexOf('.', identity.length - 5) + 1));
