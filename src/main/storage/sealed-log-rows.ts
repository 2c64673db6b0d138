import { batchAvailable, openGcmInPlace, SPAN } from './gcm-batch';
import { headerLike, IV_AT, openSealedIf, seal, sealedParts, SealError, type DataKey } from './sealed-file';
import { UNOPENED_DAMAGED, UNOPENED_NO_KEY } from '../../core/store/unopened-rows';

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
const NO_KEYRING = UNOPENED_NO_KEY;
const UNREADABLE = UNOPENED_DAMAGED;
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
 * The sealed rows log[rowFrom[i], rowTo[i]) of the log at `path` (the log's bytes), opened. Every row's
 * seal is checked; rows are opened in one batch (gcm-batch.ts, at most BATCH_ROWS per call is what
 * callers pass) where the runtime allows, else one by one.
 */
export function openLogRows(key: DataKey | null, path: string, log: Buffer, rowFrom: Int32Array, rowTo: Int32Array, count: number): OpenedRows {
  const from = new Int32Array(count).fill(-1);
  const to = new Int32Array(count);
  if (!key) return { data: new Uint8Array(0), from, to, unreadable: utf8.encode(NO_KEYRING) };
  if (!batchAvailable) return openOneByOne(key, path, log, rowFrom, rowTo, count);
  // Every row's base64 decoded into one buffer (as unwrapLogRow decodes it, without a Buffer per row);
  // each row's parts are found by offset, without an object or a view per row, and opened in place.
  let room = 0;
  for (let i = 0; i < count; i++) room += Math.ceil((rowTo[i]! - rowFrom[i]!) * 0.75);
  const decoded = Buffer.allocUnsafe(room);
  const data = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
  const spans = new Int32Array(count * SPAN);
  const blockOf = new Int32Array(count).fill(-1); // the block of each row, or -1 for a row refused before any deciphering
  const check = identityCheck(path);
  const view = new DataView(log.buffer, log.byteOffset, log.byteLength);
  let used = 0;
  let blocks = 0;
  let accepted: Uint8Array | null = null; // the header of the last row accepted
  for (let i = 0; i < count; i++) {
    try {
      const start = rowFrom[i]! + ROW_PREFIX.length;
      if (!startsWithPrefix(log, rowFrom[i]!)) throw new SealError('it is not a sealed line');
      let length = decodeBase64(log, view, start, rowTo[i]!, data, used);
      // Anything but plain base64 (a character Node's decoder skips, padding inside): Node's own decoder, as before.
      if (length < 0) length = decoded.write(log.toString('latin1', start, rowTo[i]!), used, 'base64');
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

const PREFIX_BYTES = utf8.encode(ROW_PREFIX);
const startsWithPrefix = (bytes: Uint8Array, at: number): boolean => {
  for (let i = 0; i < PREFIX_BYTES.length; i++) if (bytes[at + i] !== PREFIX_BYTES[i]) return false;
  return true;
};
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each byte's 6-bit value in base64, or -1. */
const SIXTETS = (() => {
  const table = new Int8Array(256).fill(-1);
  for (let i = 0; i < 64; i++) table[BASE64.charCodeAt(i)] = i;
  return table;
})();
/** Two bytes read as one little-endian 16-bit number: their 12 bits as base64, or -1. One lookup per two characters. */
const PAIRS = (() => {
  const table = new Int16Array(65536).fill(-1);
  for (let i = 0; i < 64; i++) for (let j = 0; j < 64; j++) table[BASE64.charCodeAt(i) | (BASE64.charCodeAt(j) << 8)] = (i << 6) | j;
  return table;
})();
const EQUALS = 0x3d;

/**
 * The base64 in bytes[from, to) (`view` over the same bytes) decoded into out from `at`: the number of
 * bytes written, or -1 (nothing promised written) unless it is plain base64: groups of four of its 64
 * characters, the last group perhaps ending "=" or "==". Such text is what every sealed row holds, and
 * Node's decoder reads it to the same bytes (bits past the last whole byte are dropped by both).
 * Decoding straight from the file's bytes spares a string of the whole log and a string and a call into
 * Node per row: 45 ms instead of 125 for the 100,000 rows of a sealed log (measured 2026-12-03, Node 20).
 */
export function decodeBase64(bytes: Uint8Array, view: DataView, from: number, to: number, out: Uint8Array, at: number): number {
  const n = to - from;
  if (n === 0 || n % 4 !== 0) return -1;
  const pad = bytes[to - 1] === EQUALS ? (bytes[to - 2] === EQUALS ? 2 : 1) : 0;
  const whole = to - (pad > 0 ? 4 : 0);
  let o = at;
  for (let i = from; i < whole; i += 4) {
    const hi = PAIRS[view.getUint16(i, true)]!, lo = PAIRS[view.getUint16(i + 2, true)]!;
    if ((hi | lo) < 0) return -1;
    out[o] = hi >>> 4;
    out[o + 1] = ((hi & 0xf) << 4) | (lo >>> 8);
    out[o + 2] = lo & 0xff;
    o += 3;
  }
  if (pad > 0) {
    const a = SIXTETS[bytes[whole]!]!, b = SIXTETS[bytes[whole + 1]!]!;
    const c = pad === 1 ? SIXTETS[bytes[whole + 2]!]! : 0;
    if ((a | b | c) < 0) return -1;
    const v = (a << 18) | (b << 12) | (c << 6);
    out[o++] = v >>> 16;
    if (pad === 1) out[o++] = (v >>> 8) & 0xff;
  }
  return o - at;
}

/** Where AES-ECB is missing: each row with node:crypto's GCM. */
function openOneByOne(key: DataKey, path: string, log: Buffer, rowFrom: Int32Array, rowTo: Int32Array, count: number): OpenedRows {
  const rows = Array.from({ length: count }, (_, i) => openLogRow(key, path, log.toString('latin1', rowFrom[i]!, rowTo[i]!)));
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
