import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/core/store/crc32';
import { decodeLog, encodeLine, type ChangeLine } from '../../../src/core/store/change-line';
import { readInPieces } from '../../support/read-in-pieces';

/**
 * The log reader finds a row's bytes by its characters' offsets when the text has as many characters
 * as the file has bytes (an ASCII log), and searches the bytes otherwise. These logs hold text where
 * the two differ (accents, an emoji, a BOM) or agree without being ASCII (lone bytes that are not
 * UTF-8, each read as one U+FFFD): every line's checksum is still over its own bytes, every damaged
 * line is still named by its number, and the complete part ends on the right byte.
 */
const enc = new TextEncoder();
const line = (n: number, note: string): ChangeLine => ({ t: `2026-12-01T09:00:00.000Z-000${n}-abcdef0123456789`, d: 'abcdef0123456789', k: 'incidents/i1', s: { note: [note, ''] } });
const row = (n: number, note: string): Uint8Array => enc.encode(encodeLine(line(n, note)));

/** A row whose note holds one byte 0xFF (not UTF-8), checksummed over its bytes as they are. */
function rowWithLoneByte(n: number): Uint8Array {
  const body = enc.encode(JSON.stringify(line(n, 'before X after')));
  const at = body.indexOf(0x58); // the X
  body[at] = 0xff;
  const sum = crc32(body).toString(16).padStart(8, '0');
  return join(body.subarray(0, -1), enc.encode(`,"c":"${sum}"}\n`));
}

function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** `row` with one character changed after its checksum was taken. */
function damaged(n: number): Uint8Array {
  const r = row(n, 'plain words');
  r[r.indexOf(0x77)] = 0x57; // "words" becomes "Words"
  return r;
}

describe('the log reader, where characters and bytes differ', () => {
  const cases: [string, Uint8Array][] = [
    ['ASCII only', join(row(1, 'a b'), damaged(2), row(3, 'c d'))],
    ['accents and an emoji', join(row(1, 'ü ✓ 😀'), damaged(2), row(3, 'é è'))],
    ['lone bytes that are not UTF-8', join(rowWithLoneByte(1), damaged(2), row(3, 'c d'))],
    ['a later row opened by a BOM', join(row(1, 'a b'), Uint8Array.of(0xef, 0xbb, 0xbf), row(2, 'x y'), row(3, 'c d'))],
    ['a BOM before the first row', join(Uint8Array.of(0xef, 0xbb, 0xbf), row(1, 'a b'), damaged(2), row(3, 'c d'))],
  ];
  for (const [name, complete] of cases) {
    it(`reads every line by its own bytes: ${name}`, () => {
      const torn = enc.encode('{"t":"2026-12-01T09:00:00.000Z-0009');
      const bytes = join(complete, torn);
      for (const got of [decodeLog(bytes), readInPieces(bytes, 1), readInPieces(bytes, 40)]) expectRead(got);
    });
    function expectRead(got: ReturnType<typeof decodeLog>): void {
      // The decoder drops a BOM from the text, but the checksum is over the row's bytes, BOM and all:
      // that row is reported (by its number), and the rows after it are still found by their own bytes.
      const bom = name.startsWith('a BOM');
      expect(got.problems.map((p) => p.line)).toStrictEqual(bom ? [1, 2] : [2]);
      expect(got.rows).toStrictEqual(bom ? [2] : [0, 2]);
      expect(got.lines.map((l) => l.t.slice(-21, -17))).toStrictEqual(bom ? ['0003'] : ['0001', '0003']);
      expect(got.complete).toBe(3);
      expect(got.completeBytes).toBe(complete.length);
    }
  }
});
