import { describe, expect, it } from 'vitest';
import { decodeLog, encodeLine, encodeTrimMarker, type ChangeLine } from '../../../src/core/store/change-line';

/**
 * decodeLog reads a log in one pass over its bytes, decoded a piece at a time (checksums over the bytes as
 * read, never re-encoded). What it returns must not depend on whether the caller passed bytes or text.
 */
const line = (n: number, extra: Partial<ChangeLine> = {}): ChangeLine => ({
  t: `2026-12-01T09:00:00.000Z-${n.toString(16).padStart(4, '0')}-abcdef0123456789`, d: 'abcdef0123456789', k: 'relationship',
  s: { notes: [`note ${n} — ünïcödé ✓`, ''] }, ...extra,
});
const bytesOf = (s: string) => new TextEncoder().encode(s);
const both = (text: string, bytes = bytesOf(text)) => {
  const withBytes = decodeLog(bytes);
  expect(decodeLog(new TextDecoder().decode(bytes))).toEqual(withBytes);
  return withBytes;
};

describe('reading a change log', () => {
  it('reads every line with multibyte text, in order, with their rows, and nothing after the last newline', () => {
    const text = [1, 2, 3].map((n) => encodeLine(line(n))).join('');
    const log = both(`${text}{"t":"torn`);
    expect(log.lines.map((l) => l.s!['notes']![0])).toEqual(['note 1 — ünïcödé ✓', 'note 2 — ünïcödé ✓', 'note 3 — ünïcödé ✓']);
    expect(log.lines[0]).not.toHaveProperty('c');
    expect(log).toMatchObject({ rows: [0, 1, 2], complete: 3, completeBytes: bytesOf(text).length, problems: [] });
  });

  it('skips a save whole when one of its lines fails its checksum, and reports that line', () => {
    const damaged = encodeLine(line(3)).replace('note 3', 'note X');
    const text = encodeLine(line(1)) + encodeLine(line(2, { m: 1 })) + damaged + encodeLine(line(4));
    const log = both(text);
    expect(log.lines.map((l) => l.t.slice(25, 29))).toEqual(['0001', '0004']);
    expect(log.rows).toEqual([0, 3]);
    expect(log.problems).toEqual([{ line: 3, reason: 'its checksum does not match' }]);
    expect(log.complete).toBe(4);
  });

  it('counts a save whose last line has not arrived as not there yet, up to the byte where it starts', () => {
    const first = encodeLine(line(1));
    const log = both(first + encodeLine(line(2, { m: 1 })) + encodeLine(line(3, { m: 1 })));
    expect(log.lines).toHaveLength(1);
    expect(log.complete).toBe(1);
    expect(log.completeBytes).toBe(bytesOf(first).length);
  });

  it('numbers rows after a trim marker from where the log was cut, and reports unreadable rows by line', () => {
    const text = encodeTrimMarker(40) + encodeLine(line(41)) + '#it could not be decrypted\n' + 'not json at all\n' + encodeLine(line(42));
    const log = both(text);
    expect(log.base).toBe(40);
    expect(log.rows).toEqual([40, 43]);
    expect(log.problems).toEqual([
      { line: 3, reason: 'it could not be decrypted' },
      { line: 4, reason: 'it is cut short or has no checksum' },
    ]);
    expect(log.complete).toBe(44);
  });

  it('reports a row whose bytes were changed even where the text decodes the same way (checksums are over bytes)', () => {
    const good = bytesOf(encodeLine(line(1)));
    const bad = good.slice();
    bad[good.indexOf(0xc3)] = 0xff; // the first byte of "ü": no longer UTF-8
    const log = decodeLog(bad);
    expect(log.lines).toEqual([]);
    expect(log.problems).toEqual([{ line: 1, reason: 'its checksum does not match' }]);
    expect(log.completeBytes).toBe(bad.length);
  });
});
