import { describe, expect, it } from 'vitest';
import { crc32Hex } from '../../../src/core/store/crc32';
import { decodeLog, encodeLine, encodeTrimMarker, type ChangeLine, type LineProblem } from '../../../src/core/store/change-line';
import { readInChunks, readInPieces } from '../../support/read-in-pieces';

/**
 * The log reader (LogCursor, through decodeLog) is tuned for long logs: rows found in place, checksums
 * read without cutting strings, Mend's own lines read by regular expressions, saves handed out from
 * reused arrays. Here it is held against the plainest reading there is: split at newlines, JSON.parse,
 * the checksum over each row's bytes, saves grouped by "m". On random logs with damaged rows (a changed
 * character, a cut row, a "#reason" row, a bad checksum), saves of several lines, escapes and multibyte
 * text, a trim marker and a torn last save, both must give the same lines, rows, problems and counts:
 * read from text, from bytes in the reader's own pieces, from bytes in pieces cut small (a byte, a few
 * bytes, about a row), and from chunks as a file store hands them out (cut after a newline or anywhere,
 * in one buffer reused), so rows and multibyte characters meet every edge of a piece and of a chunk.
 */

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000);
}

const TEXTS = ['said it plainly', 'ü ✓ 😀', 'a "quoted" word', 'back\\slash', 'tab\there', '', 'x'.repeat(40)];
const FIELDS = ['notes', 'what', 'kind', 'count', '__proto__'];

function randomLine(rand: () => number, n: number): ChangeLine {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const t = `2026-12-01T09:00:00.000Z-${n.toString(16).padStart(4, '0')}-abcdef0123456789`;
  const line: ChangeLine = { t, d: 'abcdef0123456789', k: rand() < 0.8 ? 'incidents/i1' : pick(TEXTS) };
  const value = (): unknown => (rand() < 0.7 ? pick(TEXTS) : pick([3, -12, 0, true, false, null, 1.5]));
  if (rand() < 0.2) line.o = t;
  if (rand() < 0.8) line.s = Object.fromEntries(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => [pick(FIELDS), [value(), rand() < 0.7 ? t : '']]));
  if (rand() < 0.15) line.u = { [pick(FIELDS)]: t };
  if (rand() < 0.05) line.x = 1;
  if (rand() < 0.25) line.m = 1;
  return line;
}

function randomLog(rand: () => number): string {
  const rows: string[] = [];
  if (rand() < 0.2) rows.push(encodeTrimMarker(1 + Math.floor(rand() * 50)));
  const count = Math.floor(rand() * 30);
  for (let i = 0; i < count; i++) {
    let row = encodeLine(randomLine(rand, i));
    const r = rand();
    if (r < 0.04) row = row.replace('"d":"', '"d":"!'); // fails its checksum
    else if (r < 0.06) row = `${row.slice(0, Math.floor(rand() * (row.length - 1)))}\n`; // cut short
    else if (r < 0.08) row = '#it could not be decrypted\n';
    else if (r < 0.1) row = `${row.slice(0, 12)}\\${row.slice(13)}`; // a character changed (its checksum then fails)
    rows.push(row);
  }
  const text = rows.join('');
  return rand() < 0.25 ? text.slice(0, Math.max(0, text.length - 1 - Math.floor(rand() * 30))) : text; // torn tail
}

/** The plainest reading: what decodeLog must give. */
function reference(text: string): { lines: ChangeLine[]; rows: number[]; problems: LineProblem[]; complete: number; completeBytes: number; base: number } {
  const rows = text.slice(0, text.lastIndexOf('\n') + 1).split('\n').slice(0, -1);
  const marker = rows.length > 0 ? /^\{"trimmed":(\d+),"c":"([0-9a-f]{8})"\}$/.exec(rows[0]!) : null;
  const trimmed = marker && crc32Hex(new TextEncoder().encode(`{"trimmed":${marker[1]}}`)) === marker[2] ? Number(marker[1]) : null;
  const shift = trimmed === null ? 0 : trimmed - 1;
  const out = { lines: [] as ChangeLine[], rows: [] as number[], problems: [] as LineProblem[], complete: 0, completeBytes: 0, base: trimmed ?? 0 };
  let save: [ChangeLine, number][] = [];
  let saveRow = 0;
  rows.forEach((row, i) => {
    if (save.length === 0) saveRow = i;
    if (i === 0 && trimmed !== null) return;
    const read = readRow(row);
    if (typeof read === 'string') {
      out.problems.push({ line: i + 1, reason: read });
      save = [];
      return;
    }
    save.push([read, i + shift]);
    if (read.m) return;
    for (const [line, at] of save) {
      out.lines.push(line);
      out.rows.push(at);
    }
    save = [];
  });
  const completeRows = save.length > 0 ? saveRow : rows.length;
  out.complete = completeRows + shift;
  // The bytes of the complete rows, newlines included: where this device's own torn tail is cut off.
  out.completeBytes = new TextEncoder().encode(rows.slice(0, completeRows).map((r) => `${r}\n`).join('')).length;
  return out;
}

function readRow(row: string): ChangeLine | string {
  if (row.startsWith('#')) return row.slice(1).trim() || 'it could not be read';
  const m = /^(.*),"c":"([0-9a-f]{8})"\}$/s.exec(row);
  if (!m) return 'it is cut short or has no checksum';
  const body = `${m[1]}}`;
  if (crc32Hex(new TextEncoder().encode(body)) !== m[2]) return 'its checksum does not match';
  let value: Partial<ChangeLine>;
  try {
    value = JSON.parse(body) as Partial<ChangeLine>;
  } catch {
    return 'it is not valid JSON';
  }
  const ok = typeof value.t === 'string' && typeof value.d === 'string' && typeof value.k === 'string' &&
    (value.s === undefined || (typeof value.s === 'object' && value.s !== null)) && (value.u === undefined || (typeof value.u === 'object' && value.u !== null));
  return ok ? (value as ChangeLine) : 'it is not a Mend change';
}

describe('the log reader against the plainest reading', () => {
  it('gives the same lines, rows, problems and counts on random logs with damage, several-line saves and torn tails', () => {
    const started = performance.now();
    const tally = { logs: 0, lines: 0, problems: 0 };
    for (let seed = 1; seed <= 4000 && performance.now() - started < 3000; seed++) {
      const text = randomLog(random(seed));
      const bytes = new TextEncoder().encode(text);
      const expected = reference(text);
      const chunked = [readInChunks(bytes, 1, true), readInChunks(bytes, 120, true), readInChunks(bytes, 7, false, 1 + (seed % 90)), readInChunks(bytes, 600, false)];
      for (const got of [decodeLog(text), decodeLog(bytes), ...[1, 3, 50, 250].map((n) => readInPieces(bytes, n)), ...chunked]) {
        expect({ seed, lines: got.lines, rows: got.rows, problems: got.problems, complete: got.complete, completeBytes: got.completeBytes, base: got.base }).toStrictEqual({ seed, ...expected });
        expect(JSON.stringify(got.lines)).toBe(JSON.stringify(expected.lines)); // members in the same order
      }
      tally.logs++;
      tally.lines += expected.lines.length;
      tally.problems += expected.problems.length;
    }
    console.log(`log reader: ${tally.logs} random logs, ${tally.lines} lines and ${tally.problems} damaged rows compared with JSON.parse`);
    expect(tally.logs).toBeGreaterThan(200);
    expect(tally.problems).toBeGreaterThan(100);
  });
});
