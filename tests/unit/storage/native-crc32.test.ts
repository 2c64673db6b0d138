import { afterEach, describe, expect, it } from 'vitest';
import * as zlib from 'node:zlib';
import { crc32, crc32Byte, crc32Hex, useNativeCrc32 } from '../../../src/core/store/crc32';
import { installNativeCrc32 } from '../../../src/main/storage/native-crc32';

/** Bytes that look like nothing in particular, the same every run. */
const bytesOf = (n: number, seed: number): Uint8Array => {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  return out;
};

describe('checksums computed natively (zlib.crc32) agree with core\'s own', () => {
  afterEach(() => useNativeCrc32(null));

  it('Node has zlib.crc32, so main installs it', () => {
    expect(typeof (zlib as { crc32?: unknown }).crc32).toBe('function');
  });

  it('gives the same number for whole buffers, ranges and chained checksums, either side of the switch-over size', () => {
    const cases: [Uint8Array, number, number, number][] = [];
    for (const n of [0, 1, 7, 2047, 2048, 2049, 5000, 70_000]) {
      const bytes = bytesOf(n + 40, n + 1);
      cases.push([bytes, 0, 0, bytes.length], [bytes, 0, 17, 17 + n], [bytes, 0xdeadbeef, 3, 3 + n]);
    }
    const table = cases.map(([b, prev, start, end]) => crc32(b, prev, start, end));
    installNativeCrc32();
    let calls = 0;
    const zlibCrc = (zlib as unknown as { crc32(b: Uint8Array, v: number): number }).crc32;
    useNativeCrc32((b, v) => (calls++, zlibCrc(b, v)));
    expect(cases.map(([b, prev, start, end]) => crc32(b, prev, start, end))).toEqual(table);
    expect(calls).toBeGreaterThan(0); // the large ones did go to native code
  });

  it('one byte more (a line\'s closing brace) chains as crc32 of that byte does, for every byte and checksum before it', () => {
    const befores = [0, 0xffffffff, 0xdeadbeef, ...Array.from({ length: 40 }, (_, i) => crc32(bytesOf(50 + i, i + 7)))];
    for (const previous of befores) {
      for (let byte = 0; byte < 256; byte++) expect(crc32Byte(previous, byte)).toBe(crc32(Uint8Array.of(byte), previous));
    }
    const line = bytesOf(300, 99);
    expect(crc32Byte(crc32(line, 0, 0, 299), line[299]!)).toBe(crc32(line));
  });

  it('a journal\'s checksum is the one every earlier Mend wrote', () => {
    const text = new TextEncoder().encode('{"relationship":{"name":"Sam"}}'.repeat(200));
    const before = crc32Hex(text);
    installNativeCrc32();
    expect(crc32Hex(text)).toBe(before);
  });
});
