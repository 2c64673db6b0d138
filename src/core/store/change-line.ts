import { crc32, crc32Byte, crc32Hex } from './crc32';
import { parseLine } from './line-parse';

/**
 * One line of a device's change log: one record's change, as one JSON object. `s` sets fields, each
 * with the clock of the value it replaced (so concurrent writes can be told from later ones); `u`
 * unsets fields the same way; `x` removes the record (a tombstone,
 * with `r`, what its writer had seen of it). `o` orders a new record among its
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
  /**
   * On a removal (`x`): per device, the newest write to the record its writer had seen, as clocks
   * (each names its device) joined by spaces. A write past these raced the removal (its writer had
   * not heard of it, or the remover had not seen it): its words are kept with the removed entry, for
   * the person to bring back or let go (sync-state racedAt).
   */
  r?: string;
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
const CLOSE_BRACE = 0x7d;
const NEWLINE = 0x0a;
const HASH = 0x23;
/** A row sealed under a key not here: "?reason" (a damaged or undecryptable one is "#reason"). */
const QUESTION = 0x3f;

export function encodeLine(line: ChangeLine): string {
  const body = JSON.stringify(line);
  return `${body.slice(0, -1)},"c":"${crc32Hex(encoder.encode(body))}"}\n`;
}

/**
 * Reads every complete line; a line that does not parse or fails its checksum is reported and skipped.
 * `bytes`, when the caller has them, are the file's bytes `text` was decoded from: checksums are over
 * them, so the text is not encoded again.
 */
export function decodeLog(text: string, bytes?: Uint8Array): DecodedLog {
  const cursor = new LogCursor(text, bytes);
  const lines: ChangeLine[] = [];
  const rows: number[] = [];
  for (let line = cursor.next(); line !== null; line = cursor.next()) {
    lines.push(line);
    rows.push(cursor.row);
  }
  return { lines, rows, problems: cursor.problems, complete: cursor.complete, completeBytes: cursor.completeBytes, base: cursor.base };
}

/**
 * A log read one save at a time, in file order: the lines of each complete save, as they are parsed.
 * Opening a journal merges the logs' lines as they come, so a line's objects die young (a log of
 * 100,000 lines kept whole until it was sorted cost the garbage collector as much as the parsing).
 * A save with a damaged line is skipped whole, like the line; a save whose last line ("m" absent) has
 * not arrived (or was cut by a crash) counts as not there yet. `complete`, `completeBytes` and every
 * problem are known once next() has returned null.
 */
export class LogCursor {
  /** Lines cut from the front by trimming (log-trim.ts): row numbers continue from here. */
  readonly base: number;
  readonly problems: LineProblem[] = [];
  /** The log row of the line next() returned last. */
  row = 0;
  /**
   * The rows of each save left out because a line of it is sealed under a key this computer does not
   * hold ("?…" from the folder's reader). A snapshot lists them as holes (snapshot-meta), so they are
   * read again, however far it reaches, once the key is there (the words sealed with an old passphrase).
   */
  readonly unopened: number[] = [];
  /** Complete lines in the file (a torn last save is not counted: it may still be arriving). */
  complete = 0;
  /** Bytes up to the end of the last complete save. */
  completeBytes = 0;
  private readonly raw: Uint8Array;
  private readonly end: number;
  /** Row i of the file is line (i + shift) of the log: a trim marker takes row 0 and says where it starts. */
  private readonly shift: number;
  private readonly marker: boolean;
  /**
   * The text has as many characters as the file has bytes: then character i is byte i (see the
   * constructor), and a row's bytes end at its newline's character index without searching the bytes.
   */
  private readonly sameOffsets: boolean;
  private at = 0;
  private from = 0;
  private fromByte = 0;
  /**
   * The save being read (its first `saved` lines), where it starts, and the last save read whole (its
   * first `readyCount`, handed out by next()). Counts rather than array lengths: the two pairs of arrays
   * are swapped and reused, never shrunk, 100,000 times on a long log.
   */
  private save: ChangeLine[] = [];
  private saveRows: number[] = [];
  private saved = 0;
  private saveRow = 0;
  private saveByte = 0;
  private ready: ChangeLine[] = [];
  private readyRows: number[] = [];
  private readyCount = 0;
  private handed = 0;

  constructor(private readonly text: string, bytes?: Uint8Array) {
    this.end = text.lastIndexOf('\n') + 1;
    // Checksums are over UTF-8 bytes, cut at the same newlines (UTF-8 never has a newline byte inside a
    // character, and a byte that is not UTF-8 decodes to a character that is no newline either).
    // A plain Uint8Array view (not a Buffer): a row's checksum cuts a view of it, 100,000 times on a long log.
    const raw = bytes ?? encoder.encode(text.slice(0, this.end));
    this.raw = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
    // Decoding UTF-8 never gives more UTF-16 units than bytes (a BOM gives none, a 4-byte character two,
    // any other character or undecodable run one), so equal counts mean every byte became one unit: an
    // ASCII log (every log Mend writes, unless its text has accents) or lone bytes each read as U+FFFD.
    this.sameOffsets = bytes ? bytes.length === text.length : raw.length === this.end;
    const trimmed = this.end > 0 ? trimMarkerOf(text.slice(0, Math.max(0, text.indexOf('\n')))) : null;
    this.marker = trimmed !== null;
    this.shift = trimmed === null ? 0 : trimmed - 1;
    this.base = trimmed ?? 0;
  }

  /** The next line of a complete save, or null once the log is read (then `complete` is set). */
  next(): ChangeLine | null {
    while (this.handed === this.readyCount) {
      if (this.from >= this.end) return this.finish();
      this.readRow();
    }
    this.row = this.readyRows[this.handed]!;
    return this.ready[this.handed++]!;
  }

  private readRow(): void {
    const { text, raw, from, fromByte } = this;
    const to = text.indexOf('\n', from);
    const toByte = this.sameOffsets ? to : raw.indexOf(NEWLINE, fromByte);
    if (this.saved === 0) {
      this.saveRow = this.at;
      this.saveByte = fromByte;
    }
    if (!(this.at === 0 && this.marker)) {
      const decoded = decodeRow(text, from, to, raw, fromByte, toByte);
      if (typeof decoded === 'string') {
        this.problems.push({ line: this.at + 1, reason: decoded });
        if (text.charCodeAt(from) === QUESTION) for (let row = this.saveRow; row <= this.at; row++) this.unopened.push(row + this.shift);
        this.saved = 0; // a save with a damaged line is skipped whole
      } else {
        this.save[this.saved] = decoded;
        this.saveRows[this.saved++] = this.at + this.shift;
        if (!decoded.m) this.handOut();
      }
    }
    this.from = to + 1;
    this.fromByte = toByte + 1;
    this.at++;
  }

  /** The save read whole becomes the one handed out; the arrays of the one handed out (all of it) take the next save. */
  private handOut(): void {
    const { ready, readyRows } = this;
    this.ready = this.save;
    this.readyRows = this.saveRows;
    this.readyCount = this.saved;
    this.handed = 0;
    this.save = ready;
    this.saveRows = readyRows;
    this.saved = 0;
  }

  private finish(): null {
    const torn = this.saved > 0;
    this.complete = (torn ? this.saveRow : this.at) + this.shift;
    this.completeBytes = torn ? this.saveByte : this.fromByte;
    return null;
  }
}

/** One row, text[from, to) and its bytes raw[fromByte, toByte): a change line, or why it is not one. */
function decodeRow(text: string, from: number, to: number, raw: Uint8Array, fromByte: number, toByte: number): ChangeLine | string {
  const first = text.charCodeAt(from);
  if (first === HASH || first === QUESTION) return text.slice(from + 1, to).trim() || 'it could not be read';
  const sum = to - from >= CHECKSUM_TAIL && text.startsWith(',"c":"', to - CHECKSUM_TAIL) && text.startsWith('"}', to - 2) ? hex8(text, to - 10) : -1;
  if (sum < 0) return 'it is cut short or has no checksum';
  if (bodyChecksum(raw, fromByte, toByte) !== sum) return 'its checksum does not match';
  try {
    // The row without its checksum member (always the last, checked above) is the body the checksum
    // covers. Parsing that, rather than deleting the member after, keeps each line a fast-mode object
    // (a delete turns it into a dictionary): a log of 100,000 lines decodes about a fifth faster.
    const body = `${text.slice(from, to - CHECKSUM_TAIL)}}`;
    const value = (parseLine(body) ?? JSON.parse(body)) as Partial<ChangeLine>;
    return isLine(value) ? value : 'it is not a Mend change';
  } catch {
    return 'it is not valid JSON';
  }
}

/** The 8 lowercase hex digits from `at` as a number, or -1 (a checksum as encodeLine writes it; no string cut per row). */
function hex8(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 8; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return -1;
    n = n * 16 + digit;
  }
  return n;
}

/** The checksum of the row without its checksum member (the bytes before it, then the closing brace), in place. */
function bodyChecksum(raw: Uint8Array, fromByte: number, toByte: number): number {
  return crc32Byte(crc32(raw, 0, fromByte, toByte - CHECKSUM_TAIL), CLOSE_BRACE);
}

function isLine(v: Partial<ChangeLine>): v is ChangeLine {
  return typeof v.t === 'string' && typeof v.d === 'string' && typeof v.k === 'string' &&
    (v.s === undefined || (typeof v.s === 'object' && v.s !== null)) &&
    (v.u === undefined || (typeof v.u === 'object' && v.u !== null));
}
