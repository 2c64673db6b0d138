/**
 * GHASH's multiplication in GF(2¹²⁸) (NIST SP 800-38D, §6.3), for gcm-batch.ts. A 128-bit block is
 * four big-endian 32-bit words; bit 0 is the high bit of byte 0; x·V is a right shift, reduced by
 * R = 0xE1 ‖ 0¹²⁰. Multiplication by a fixed H is sixteen table lookups: entry (i, b) of H's table is
 * the block with byte b at position i (all other bytes zero), times H. A product is linear in its
 * bytes, so X·H is the XOR of one entry per byte of X.
 */

/** H's table, H being the 16 bytes of `h` from `at` (entry (i, b) starts at ((i << 8) | b) << 2). */
export function hashTable(h: Uint8Array, at: number): Int32Array {
  return tableOf(word(h, at), word(h, at + 4), word(h, at + 8), word(h, at + 12));
}

/** The table of Hᵏ (k ≥ 1), from H's table. */
export function powerTable(table: Int32Array, k: number): Int32Array {
  const h = new Int32Array(4);
  // H itself is the product of the unit block (the high bit of byte 0, x⁰) and H: entry (0, 0x80).
  h.set(table.subarray(0x80 << 2, (0x80 << 2) + 4));
  const p = Int32Array.from(h);
  for (let i = 1; i < k; i++) multiply(table, p);
  return tableOf(p[0]!, p[1]!, p[2]!, p[3]!);
}

function tableOf(h0: number, h1: number, h2: number, h3: number): Int32Array {
  const powers = new Int32Array(128 * 4); // x^j · H, as four big-endian words
  let v0 = h0, v1 = h1, v2 = h2, v3 = h3;
  for (let j = 0; j < 128; j++) {
    powers[j * 4] = v0; powers[j * 4 + 1] = v1; powers[j * 4 + 2] = v2; powers[j * 4 + 3] = v3;
    const carry = v3 & 1;
    v3 = (v3 >>> 1) | (v2 << 31);
    v2 = (v2 >>> 1) | (v1 << 31);
    v1 = (v1 >>> 1) | (v0 << 31);
    v0 = (v0 >>> 1) ^ (carry ? 0xe1000000 : 0);
  }
  const table = new Int32Array(16 * 256 * 4);
  for (let i = 0; i < 16; i++) {
    for (let b = 1; b < 256; b++) {
      const low = b & -b; // the lowest set bit: mask 0x80 >> k stands for x^(8i + k)
      const k = Math.clz32(low) - 24;
      const rest = ((i << 8) | (b ^ low)) << 2;
      const at = ((i << 8) | b) << 2;
      const p = (i * 8 + k) * 4;
      for (let w = 0; w < 4; w++) table[at + w] = table[rest + w]! ^ powers[p + w]!;
    }
  }
  return table;
}

/**
 * y ⊕= the 16 bytes of `data` from `at`, zero past `end` (GHASH pads a last partial block with zeros).
 * `dv` views the same bytes as `data`: a whole block is read as four big-endian words.
 */
export function absorb(y: Int32Array, data: Uint8Array, dv: DataView, at: number, end: number): void {
  if (at + 16 <= end) {
    y[0]! ^= dv.getInt32(at); y[1]! ^= dv.getInt32(at + 4); y[2]! ^= dv.getInt32(at + 8); y[3]! ^= dv.getInt32(at + 12);
  } else {
    y[0]! ^= padded(data, at, end); y[1]! ^= padded(data, at + 4, end); y[2]! ^= padded(data, at + 8, end); y[3]! ^= padded(data, at + 12, end);
  }
}

const word = (b: Uint8Array, at: number): number => (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!;
const padded = (b: Uint8Array, at: number, end: number): number =>
  ((at < end ? b[at]! : 0) << 24) | ((at + 1 < end ? b[at + 1]! : 0) << 16) | ((at + 2 < end ? b[at + 2]! : 0) << 8) | (at + 3 < end ? b[at + 3]! : 0);

/** y = y·H, with H's table: one entry per byte of y, XORed. */
export function multiply(table: Int32Array, y: Int32Array): void {
  const y0 = y[0]!, y1 = y[1]!, y2 = y[2]!, y3 = y[3]!;
  let t = (y0 >>> 24) << 2;
  let z0 = table[t]!, z1 = table[t + 1]!, z2 = table[t + 2]!, z3 = table[t + 3]!;
  t = (0x100 | ((y0 >>> 16) & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0x200 | ((y0 >>> 8) & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0x300 | (y0 & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0x400 | (y1 >>> 24)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0x500 | ((y1 >>> 16) & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0x600 | ((y1 >>> 8) & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0x700 | (y1 & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0x800 | (y2 >>> 24)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0x900 | ((y2 >>> 16) & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0xa00 | ((y2 >>> 8) & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0xb00 | (y2 & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0xc00 | (y3 >>> 24)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0xd00 | ((y3 >>> 16) & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0xe00 | ((y3 >>> 8) & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  t = (0xf00 | (y3 & 0xff)) << 2; z0 ^= table[t]!; z1 ^= table[t + 1]!; z2 ^= table[t + 2]!; z3 ^= table[t + 3]!;
  y[0] = z0; y[1] = z1; y[2] = z2; y[3] = z3;
}
