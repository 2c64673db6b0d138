import { crc32, crc32Byte, crc32Hex } from './crc32';
import { parseLine } from './line-parse';
import { unopenedReason } from './unopened-rows';

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
 * The log as its bytes (read a piece at a time, see LogCursor), or as text.
 */
export function decodeLog(log: string | Uint8Array): DecodedLog {
  const cursor = new LogCursor(log);
  const lines: ChangeLine[] = [];
  const rows: number[] = [];
  for (let line = cursor.next(); line !== null; line = cursor.next()) {
    lines.push(line);
    rows.push(cursor.row);
  }
  return { lines, rows, problems: cursor.problems, complete: cursor.complete, completeBytes: cursor.completeBytes, base: cursor.base };
}

/**
 * How much of a log's bytes is decoded to text at a time. Small enough that each piece is an ordinary
 * young string, in memory the heap reuses: a 30 MB log decoded whole is one 30 MB string in fresh
 * pages, and on a virtual machine touching fresh pages cost more than the decoding (on a log of
 * 100,000 lines, about 80 ms for the whole text against 10 to 25 ms in pieces, measured 4 December).
 */
export const LOG_PIECE_BYTES = 32 * 1024;
/** The first piece: a BOM opening the file is dropped from the text, as a whole-file decode would. */
const firstPieceDecoder = new TextDecoder();
/** Every later piece starts a row: a BOM there is a character of that row, and kept (its checksum then fails). */
const laterPieceDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A log read one save at a time, in file order: the lines of each complete save, as they are parsed.
 * Opening a journal merges the logs' lines as they come, so a line's objects die young (a log of
 * 100,000 lines kept whole until it was sorted cost the garbage collector as much as the parsing).
 * A save with a damaged line is skipped whole, like the line; a save whose last line ("m" absent) has
 * not arrived (or was cut by a crash) counts as not there yet. `complete`, `completeBytes` and every
 * problem are known once next() has returned null.
 *
 * Given bytes, the cursor decodes them a piece at a time (LOG_PIECE_BYTES, cut after a newline, so no
 * character is ever split: UTF-8 has no newline byte inside a character). Given chunks (a file store's
 * LogChunks), it takes the next chunk once it has read the last: the file is never held whole. Given
 * text, that text is its one piece and its bytes are encoded once, for the checksums.
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
  /**
   * The bytes being read (the file's, or its chunk's), as a plain Uint8Array view (not a Buffer): a row's
   * checksum cuts a view of it, 100,000 times on a long log. Byte positions below count from its start.
   */
  private raw: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  /** Where `raw` starts in the file. */
  private rawAt = 0;
  /** Bytes of `raw` up to the end of its last complete row (a torn row after it is never read). */
  private endByte = 0;
  /** The chunks still to come, while there may be some. */
  private chunks: NextChunk | null = null;
  /** Row i of the file is line (i + shift) of the log: a trim marker takes row 0 and says where it starts. */
  private readonly shift: number;
  private readonly marker: boolean;
  /** The piece of text being read, the character its complete rows end at, and the byte it starts at. */
  private text = '';
  private textEnd = 0;
  private textByte = 0;
  private readonly pieceBytes: number;
  /**
   * The piece has as many characters as its bytes: then its character i is byte textByte + i, and a
   * row's bytes end at its newline's character index without searching the bytes.
   */
  private sameOffsets = false;
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

  /** `pieceBytes` is for tests, which cut pieces small to meet their edges. */
  constructor(log: string | Uint8Array | NextChunk, pieceBytes = LOG_PIECE_BYTES) {
    this.pieceBytes = Math.max(1, pieceBytes);
    if (typeof log === 'function') {
      this.chunks = log;
      if (this.nextChunk()) this.nextPiece();
    } else if (typeof log === 'string') {
      const end = log.lastIndexOf('\n') + 1;
      // Checksums are over UTF-8 bytes, cut at the same newlines (UTF-8 never has a newline byte inside a
      // character, and a byte that is not UTF-8 decodes to a character that is no newline either).
      this.raw = encoder.encode(log.slice(0, end));
      this.endByte = this.raw.length;
      this.text = log;
      this.textEnd = end;
      this.sameOffsets = this.raw.length === end;
    } else {
      this.raw = new Uint8Array(log.buffer, log.byteOffset, log.byteLength);
      this.endByte = this.raw.lastIndexOf(NEWLINE) + 1;
      if (this.endByte > 0) this.nextPiece();
    }
    const trimmed = this.textEnd > 0 ? trimMarkerOf(this.text.slice(0, Math.max(0, this.text.indexOf('\n')))) : null;
    this.marker = trimmed !== null;
    this.shift = trimmed === null ? 0 : trimmed - 1;
    this.base = trimmed ?? 0;
  }

  /** The next line of a complete save, or null once the log is read (then `complete` is set). */
  next(): ChangeLine | null {
    while (this.handed === this.readyCount) {
      if (this.fromByte >= this.endByte && !this.nextChunk()) return this.finish();
      this.readRow();
    }
    this.row = this.readyRows[this.handed]!;
    return this.ready[this.handed++]!;
  }

  private readRow(): void {
    if (this.from >= this.textEnd) this.nextPiece();
    const { text, raw, from, fromByte } = this;
    const to = text.indexOf('\n', from);
    const toByte = this.sameOffsets ? this.textByte + to : raw.indexOf(NEWLINE, fromByte);
    if (this.saved === 0) {
      this.saveRow = this.at;
      this.saveByte = this.rawAt + fromByte;
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

  /**
   * Moves on to the next chunk, with any row the last one cut (a store that cuts chunks after a newline
   * never does), once every complete row of the last is read: false at the log's end. A chunk's memory
   * may be reused by the store for the next, so nothing of it is kept beyond this.
   */
  private nextChunk(): boolean {
    let tail: Uint8Array<ArrayBufferLike> | null = this.endByte < this.raw.length ? this.raw.slice(this.endByte) : null;
    this.rawAt += this.endByte;
    this.fromByte = 0;
    this.endByte = 0;
    this.from = 0;
    this.textEnd = 0;
    for (;;) {
      const chunk = this.chunks?.() ?? null;
      if (chunk === null) {
        this.chunks = null;
        this.raw = tail ?? new Uint8Array(0); // a torn last row: never read, it is still arriving
        return false;
      }
      const view = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const raw = tail ? joined(tail, view) : view;
      const end = raw.lastIndexOf(NEWLINE) + 1;
      if (end === 0) {
        tail = raw === view ? raw.slice() : raw;
        continue;
      }
      this.raw = raw;
      this.endByte = end;
      return true;
    }
  }

  /**
   * Decodes the next piece of whole rows: up to pieceBytes, cut after the last newline in them (a row
   * longer than that is a piece of its own). Rows and bytes stay in step: the piece starts at fromByte.
   */
  private nextPiece(): void {
    const { raw, fromByte: start, endByte } = this;
    let cut = endByte;
    if (start + this.pieceBytes < endByte) {
      cut = raw.lastIndexOf(NEWLINE, start + this.pieceBytes - 1) + 1;
      if (cut <= start) cut = raw.indexOf(NEWLINE, start + this.pieceBytes) + 1;
    }
    this.text = (start === 0 ? firstPieceDecoder : laterPieceDecoder).decode(raw.subarray(start, cut));
    this.textEnd = this.text.length;
    this.textByte = start;
    this.from = 0;
    // Decoding UTF-8 never gives more UTF-16 units than bytes (a BOM gives none, a 4-byte character two,
    // any other character or undecodable run one), so equal counts mean every byte became one unit: an
    // ASCII log (every log Mend writes, unless its text has accents) or lone bytes each read as U+FFFD.
    this.sameOffsets = this.text.length === cut - start;
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
    this.completeBytes = torn ? this.saveByte : this.rawAt + this.fromByte;
    return null;
  }
}

/**
 * The next chunk of a log's bytes, or null at its end (file-store LogChunks). A chunk is read before
 * the next is asked for: its memory may then be reused.
 */
export type NextChunk = () => Uint8Array | null;

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** One row, text[from, to) and its bytes raw[fromByte, toByte): a change line, or why it is not one. */
function decodeRow(text: string, from: number, to: number, raw: Uint8Array, fromByte: number, toByte: number): ChangeLine | string {
  const first = text.charCodeAt(from);
  // The vault's fixed reason only: a plain row that starts with "#" is text, never to be repeated in a report.
  if (first === HASH || first === QUESTION) return unopenedReason(text.slice(from + 1, to).trim());
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
