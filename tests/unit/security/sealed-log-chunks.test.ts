import { describe, expect, it } from 'vitest';
import type { LogChunks } from '../../../src/core/store/file-store';
import { openLogLines, type SealControl } from '../../../src/main/storage/encrypted-file-store';
import { newDataKey } from '../../../src/main/storage/keyring';
import { seal } from '../../../src/main/storage/sealed-file';
import { openLogChunks } from '../../../src/main/storage/sealed-log-open';
import { sealLogRow } from '../../../src/main/storage/sealed-log-rows';

/**
 * A long log is read a chunk at a time (log-chunks.ts), and a sealed folder opens each chunk as it comes.
 * Whatever the cuts (after a newline, as the node store makes them, or anywhere), with the store's one
 * buffer overwritten by each next chunk, the chunks opened must give exactly what opening the whole
 * file gives: rows opened, damaged rows passed on, the torn tail torn, a block sealed whole kept so.
 */
const PATH = 'logs/r1.abcdef0123456789.log';
const bytes = (s: string) => new TextEncoder().encode(s);

/** The store's side: `stored` in chunks of `size`, cut anywhere or after a newline, in one reused buffer (a Buffer, as node's). */
function chunksOf(stored: Uint8Array, size: number, aligned: boolean): LogChunks & { closed: number } {
  const shared = Buffer.alloc(Math.max(1, stored.length));
  let at = 0;
  const out = {
    size: stored.length,
    closed: 0,
    close: () => void out.closed++,
    next: (): Uint8Array | null => {
      if (at >= stored.length) return null;
      let end = Math.min(stored.length, at + size);
      if (aligned && end < stored.length) {
        const newline = stored.lastIndexOf(0x0a, end - 1);
        end = newline >= at ? newline + 1 : Math.max(end, stored.indexOf(0x0a, at) + 1 || stored.length);
      }
      shared.fill(0x4d); // "M": stale bytes would read as the start of a sealed row
      shared.set(stored.subarray(at, end));
      const chunk = shared.subarray(0, end - at);
      at = end;
      return chunk;
    },
  };
  return out;
}

function readAll(chunks: LogChunks): Uint8Array {
  const parts: number[] = [];
  for (let c = chunks.next(); c !== null; c = chunks.next()) parts.push(...c);
  return Uint8Array.from(parts);
}

/**
 * A key whose id has no newline byte. Every block sealed with a key carries its id in the header, so with
 * a newline there (1 run in about 30: an 8-byte random id) no block "without a newline" could be found and
 * the suite failed (seen on a CI run, 5 December: "block is not iterable").
 */
function keyWithoutNewlineInId(): ReturnType<typeof newDataKey> {
  for (;;) {
    const key = newDataKey();
    if (!key.id.includes(0x0a)) return key;
  }
}

describe('opening a sealed log a chunk at a time', () => {
  const key = keyWithoutNewlineInId();
  const other = newDataKey();
  const control: SealControl = { phase: () => 'sealing', key: () => key };
  const rows: string[] = [];
  for (let i = 0; i < 300; i++) {
    const plain = `{"n":${i},"text":"line ${i} ✓"}`;
    const kind = i % 11;
    if (kind === 1) rows.push(plain);
    else if (kind === 2) rows.push(sealLogRow(other, PATH, plain));
    else if (kind === 3) rows.push('MENDSEAL:not base64 at all!');
    else if (kind === 4) rows.push('');
    else rows.push(sealLogRow(key, PATH, plain));
  }
  // A block's bytes are random: one with a newline byte inside, and one without, so both are met every run.
  const blocks = Array.from({ length: 200 }, () => seal(key, PATH, bytes('{"n":"held whole"}\n')));
  const block = blocks.find((b) => !b.includes(0x0a))!;
  const blockWithNewline = blocks.find((b) => b.includes(0x0a))!;
  const cases: [string, Uint8Array][] = [
    ['sealed, plain and damaged rows with a torn tail', bytes(`${rows.join('\n')}\nMENDSEAL:torn`)],
    ['rows ending on a newline', bytes(`${rows.join('\n')}\n`)],
    ['a plain log', bytes('{"a":1}\n{"b":"ü"}\n{"torn')],
    ['a block sealed whole, alone', block],
    ['a block sealed whole with a newline byte inside', blockWithNewline],
    ['a block sealed whole, then rows', Uint8Array.from([...block, 0x0a, ...bytes(`${rows.slice(0, 40).join('\n')}\n`)])],
  ];
  for (const [name, stored] of cases) {
    it(`gives what opening the whole file gives: ${name}`, () => {
      const whole = openLogLines(control, PATH, stored);
      let compared = 0;
      for (const size of [1, 5, 64, 700, 1 << 20]) {
        for (const aligned of [true, false]) {
          const chunks = chunksOf(stored, size, aligned);
          const opened = openLogChunks(control, PATH, chunks, () => undefined);
          expect({ size, aligned, got: Buffer.from(readAll(opened)).toString('latin1') }).toEqual({ size, aligned, got: Buffer.from(whole).toString('latin1') });
          opened.close();
          expect(chunks.closed).toBe(1);
          compared++;
        }
      }
      expect(compared).toBe(10);
    });
  }

  it('stops with the folder\'s own error when it is locked between two chunks', () => {
    const stored = bytes(`${rows.join('\n')}\n`);
    let locked = false;
    const opened = openLogChunks(control, PATH, chunksOf(stored, 200, true), () => {
      if (locked) throw new Error('locked');
    });
    expect(opened.next()).not.toBeNull();
    locked = true;
    expect(() => opened.next()).toThrow('locked');
  });
});
