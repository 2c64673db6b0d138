import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/core/store/crc32';

/** The checksum every file carries must be the standard CRC-32, for any length and alignment. */
describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('agrees with zlib for every length from 0 to 100 and for a large random buffer', () => {
    const bytes = new Uint8Array(100_003);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    for (let n = 0; n <= 100; n++) expect(crc32(bytes.subarray(0, n))).toBe(zlibCrc32(bytes.subarray(0, n)));
    expect(crc32(bytes.subarray(3))).toBe(zlibCrc32(bytes.subarray(3)));
  });

  it('continues from the CRC of what came before: crc32(b, crc32(a)) is the CRC of a then b', () => {
    const bytes = new Uint8Array(1_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    for (const cut of [0, 1, 7, 8, 9, 500, 999, 1_000]) {
      expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(zlibCrc32(bytes));
    }
  });
});
