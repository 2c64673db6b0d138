import { crc32, crc32Hex } from './crc32';

/**
 * One line of a device's change log: one record's change, as one JSON object. `s` sets fields, each
 * with the clock of the value it replaced (so concurrent writes can be told from later ones); `u`
 * unsets fields the same way; `x` removes the record (a tombstone). `o` orders a new record among its
 * collection. The checksum covers the line without its own member: `{...,"c":"crc32hex"}`.
 */
export interface ChangeLine {
  /** Hybrid logical clock stamp: unique per line (its node is the device), so it is the line's id. */
  t: string;
  /** The device that wrote the line. */
  d: string;
  /** "relationship", or "<collection>/<record id>". */
  k: string;
  o?: string;
  s?: Record<string, [unknown, string]>;
  u?: Record<string, string>;
  x?: 1;
  /** More lines of the same save follow: a save is applied only once its last line is there. */
  m?: 1;
}

export interface LineProblem {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

export interface DecodedLog {
  lines: ChangeLine[];
  /** The 0-based row of each of `lines` in the file. */
  rows: number[];
  problems: LineProblem[];
  /** Complete lines in the file (a torn last line is not counted: it may still be arriving). */
  complete: number;
  /** Bytes up to the end of the last complete line. */
  completeBytes: number;
  /** Lines cut from the front by trimming (log-trim.ts): row numbers continue from here. */
  base: number;
}

/**
 * A trimmed log starts with this line: the lines before `trimmed` were folded into every known
 * computer's snapshot and dropped, and the next line is line number `trimmed` of the log.
 */
export function encodeTrimMarker(trimmed: number): string {
  const body = JSON.stringify({ trimmed });
  return `${body.slice(0, -1)},"c":"${crc32Hex(encoder.encode(body))}"}\n`;
}

function trimMarkerOf(row: string | undefined): number | null {
  const m = row === undefined ? null : /^\{"trimmed":(\d+),"c":"([0-9a-f]{8})"\}$/.exec(row);
  if (!m || crc32Hex(encoder.encode(`{"trimmed":${m[1]}}`)) !== m[2]) return null;
  return Number(m[1]);
}

const encoder = new TextEncoder();
/** `,"c":"` + 8 hex digits + `"}`: the checksum member always closes a line, in these 16 ASCII bytes. */
const CHECKSUM_TAIL = 16;
const HEX8 = /^[0-9a-f]{8}$/;
const CLOSE_BRACE = Uint8Array.of(0x7d);
const NEWLINE = 0x0a;

export function encodeLine(line: ChangeLine): string {
  const body = JSON.stringify(line);
  return `${body.slice(0, -1)},"c":"${crc32Hex(encoder.encode(body))}"}\n`;
}

/** Reads every complete line; a line that does not parse or fails its checksum is reported and skipped. */
export function decodeLog(text: string): DecodedLog {
  const end = text.lastIndexOf('\n') + 1;
  const rows = text.slice(0, end).split('\n');
  rows.pop(); // the empty string after the last newline
  // Checksums are over UTF-8 bytes: the file's bytes once, cut at the same newlines (UTF-8 never has a
  // newline byte inside a character), instead of encoding every row again.
  const bytes = encoder.encode(text.slice(0, end));
  let from = 0;
  const trimmed = trimMarkerOf(rows[0]);
  // Row i of the file is line (i + shift) of the log: a trim marker takes row 0 and says where it starts.
  const shift = trimmed === null ? 0 : trimmed - 1;
  const lines: ChangeLine[] = [];
  const at: number[] = [];
  const problems: LineProblem[] = [];
  let pending: ChangeLine[] = [];
  let pendingRows: number[] = [];
  let pendingFrom = 0;
  let pendingChars = 0;
  let chars = 0;
  rows.forEach((row, i) => {
    const to = bytes.indexOf(NEWLINE, from);
    const rowBytes = bytes.subarray(from, to);
    from = to + 1;
    if (i === 0 && trimmed !== null) return void (chars += row.length + 1);
    const decoded = decodeRow(row, rowBytes);
    if (pending.length === 0) [pendingFrom, pendingChars] = [i, chars];
    chars += row.length + 1;
    if (typeof decoded === 'string') {
      problems.push({ line: i + 1, reason: decoded });
      [pending, pendingRows] = [[], []]; // a save with a damaged line is skipped whole, like the line
    } else if (decoded.m) {
      pending.push(decoded);
      pendingRows.push(i + shift);
    } else {
      lines.push(...pending, decoded);
      at.push(...pendingRows, i + shift);
      [pending, pendingRows] = [[], []];
    }
  });
  // A save whose last line has not arrived (or was cut by a crash) counts as not there yet.
  const complete = (pending.length > 0 ? pendingFrom : rows.length) + shift;
  const completeText = pending.length > 0 ? text.slice(0, pendingChars) : text.slice(0, end);
  return { lines, rows: at, problems, complete, completeBytes: encoder.encode(completeText).length, base: trimmed ?? 0 };
}

function decodeRow(row: string, rowBytes: Uint8Array): ChangeLine | string {
  if (row.startsWith('#')) return row.slice(1).trim() || 'it could not be read';
  const tail = row.slice(-CHECKSUM_TAIL);
  const sum = tail.slice(6, 14);
  if (!tail.startsWith(',"c":"') || !tail.endsWith('"}') || !HEX8.test(sum)) return 'it is cut short or has no checksum';
  const body = `${row.slice(0, -CHECKSUM_TAIL)}}`;
  if (bodyChecksum(rowBytes) !== sum) return 'its checksum does not match';
  try {
    const value = JSON.parse(body) as Partial<ChangeLine>;
    return isLine(value) ? value : 'it is not a Mend change';
  } catch {
    return 'it is not valid JSON';
  }
}

/** The checksum of the row without its checksum member (the bytes before it, then the closing brace), without copying. */
function bodyChecksum(rowBytes: Uint8Array): string {
  const before = crc32(rowBytes.subarray(0, rowBytes.length - CHECKSUM_TAIL));
  return crc32(CLOSE_BRACE, before).toString(16).padStart(8, '0');
}

function isLine(v: Partial<ChangeLine>): v is ChangeLine {
  return typeof v.t === 'string' && typeof v.d === 'string' && typeof v.k === 'string' &&
    (v.s === undefined || (typeof v.s === 'object' && v.s !== null)) &&
    (v.u === undefined || (typeof v.u === 'object' && v.u !== null));
}
