import { createCipheriv } from 'node:crypto';

/**
 * Opens many small AES-256-GCM blocks sealed with one key, as a long encrypted change log needs
 * (100,000 lines, each sealed on its own). Node's createDecipheriv costs several microseconds per
 * block before a byte is deciphered (a cipher context, its key schedule, five calls across into C++),
 * so one decipher per line spends most of a second on set-up alone. Here AES runs once per batch, in
 * native code: an ECB pass over every block's counter blocks gives the CTR keystream and each block's
 * E(K, J0). The authentication tag is then checked in JavaScript with GHASH (NIST SP 800-38D, §6.4 and
 * §7.2) over the header and ciphertext, exactly as GCM defines it, and only a block whose tag matches
 * is deciphered. Tests compare it with node:crypto's own GCM on random blocks and on tampered ones.
 */
export interface GcmBlock {
  /** Additional authenticated data (the sealed file's header). */
  aad: Uint8Array;
  /** 96-bit IV. */
  iv: Uint8Array;
  ciphertext: Uint8Array;
  /** 128-bit tag. */
  tag: Uint8Array;
}

const BLOCK = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Whether this runtime's crypto offers AES-256-ECB (OpenSSL and BoringSSL both do); otherwise callers open block by block. */
export const batchAvailable = ((): boolean => {
  try {
    createCipheriv('aes-256-ecb', new Uint8Array(32), null).final();
    return true;
  } catch {
    return false;
  }
})();

/** The plain bytes of each block, or null for a block whose tag does not match (or whose IV or tag has the wrong length). */
export function openGcmBatch(key: Uint8Array, blocks: readonly GcmBlock[]): (Uint8Array | null)[] {
  // Counter blocks: the zero block (E(K, 0) is the hash key H), then per block J0 and J0+1, J0+2, ….
  let count = 1;
  let plainBytes = 0;
  for (const b of blocks) {
    count += 1 + Math.ceil(b.ciphertext.length / BLOCK);
    plainBytes += b.ciphertext.length;
  }
  const counters = new Uint8Array(count * BLOCK);
  let at = BLOCK;
  for (const b of blocks) {
    const n = 1 + Math.ceil(b.ciphertext.length / BLOCK);
    if (b.iv.length === IV_BYTES) writeCounters(counters, at, b.iv, n);
    at += n * BLOCK;
  }
  const ecb = createCipheriv('aes-256-ecb', key, null).setAutoPadding(false);
  const stream = ecb.update(counters);
  ecb.final();
  const table = hashTable(stream);
  const plain = new Uint8Array(plainBytes);
  const out: (Uint8Array | null)[] = [];
  at = BLOCK;
  let into = 0;
  for (const b of blocks) {
    const ok = b.iv.length === IV_BYTES && b.tag.length === TAG_BYTES && tagMatches(table, b, stream, at);
    const length = b.ciphertext.length;
    if (ok) xorStream(b.ciphertext, stream, at + BLOCK, plain, into);
    out.push(ok ? plain.subarray(into, into + length) : null);
    into += length;
    at += (1 + Math.ceil(length / BLOCK)) * BLOCK;
  }
  return out;
}

/** `n` counter blocks from `at`: IV ‖ the 32-bit big-endian counter, counting from 1 (J0). */
function writeCounters(into: Uint8Array, at: number, iv: Uint8Array, n: number): void {
  const [i0, i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11] = iv as unknown as number[];
  for (let counter = 1; counter <= n; counter++, at += BLOCK) {
    into[at] = i0!; into[at + 1] = i1!; into[at + 2] = i2!; into[at + 3] = i3!;
    into[at + 4] = i4!; into[at + 5] = i5!; into[at + 6] = i6!; into[at + 7] = i7!;
    into[at + 8] = i8!; into[at + 9] = i9!; into[at + 10] = i10!; into[at + 11] = i11!;
    into[at + 12] = counter >>> 24;
    into[at + 13] = (counter >>> 16) & 0xff;
    into[at + 14] = (counter >>> 8) & 0xff;
    into[at + 15] = counter & 0xff;
  }
}

/** plain[into…] = ciphertext ⊕ stream[from…], four bytes at a time (views: the offsets need not be aligned). */
function xorStream(ciphertext: Uint8Array, stream: Uint8Array, from: number, plain: Uint8Array, into: number): void {
  const c = new DataView(ciphertext.buffer, ciphertext.byteOffset, ciphertext.byteLength);
  const k = new DataView(stream.buffer, stream.byteOffset + from, ciphertext.byteLength);
  const p = new DataView(plain.buffer, plain.byteOffset + into, ciphertext.byteLength);
  const whole = ciphertext.length & ~3;
  for (let i = 0; i < whole; i += 4) p.setInt32(i, c.getInt32(i) ^ k.getInt32(i));
  for (let i = whole; i < ciphertext.length; i++) plain[into + i] = ciphertext[i]! ^ stream[from + i]!;
}

/**
 * Multiplication by H as sixteen lookups: entry (i, b) of the table is the block with byte b at
 * position i, times H, in GCM's field (bit 0 is the high bit of byte 0; x·V is a right shift, reduced
 * by R = 0xE1 ‖ 0^120). A product is linear in its bytes, so X·H is the XOR of one entry per byte.
 */
function hashTable(h: Uint8Array): Int32Array {
  const powers = new Int32Array(128 * 4); // x^j · H, as four big-endian words
  let v0 = word(h, 0), v1 = word(h, 4), v2 = word(h, 8), v3 = word(h, 12);
  for (let j = 0; j < 128; j++) {
    powers.set([v0, v1, v2, v3], j * 4);
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
      const k = 7 - Math.log2(low);
      const rest = ((i << 8) | (b ^ low)) << 2;
      const at = ((i << 8) | b) << 2;
      const p = (i * 8 + k) * 4;
      for (let w = 0; w < 4; w++) table[at + w] = table[rest + w]! ^ powers[p + w]!;
    }
  }
  return table;
}

const word = (b: Uint8Array, at: number): number => (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!;
/** A word of `b` from `at`, zero past `end` (the last partial block is padded with zeros). */
const padded = (b: Uint8Array, at: number, end: number): number =>
  ((at < end ? b[at]! : 0) << 24) | ((at + 1 < end ? b[at + 1]! : 0) << 16) | ((at + 2 < end ? b[at + 2]! : 0) << 8) | (at + 3 < end ? b[at + 3]! : 0);

/**
 * GHASH(A, C) ⊕ E(K, J0) against the block's tag, without stopping at the first difference. GHASH:
 * Y = (Y ⊕ X)·H over A and C, each zero-padded to whole blocks, then over len(A) ‖ len(C) in bits.
 */
function tagMatches(table: Int32Array, b: GcmBlock, stream: Uint8Array, j0: number): boolean {
  const { aad, ciphertext } = b;
  let y0 = 0, y1 = 0, y2 = 0, y3 = 0;
  for (let part = 0; part < 3; part++) {
    const data = part === 0 ? aad : ciphertext;
    const end = part === 2 ? BLOCK : data.length;
    for (let at = 0; at < end; at += BLOCK) {
      if (part === 2) {
        y0 ^= Math.floor(aad.length / 0x20000000); y1 ^= aad.length * 8; y2 ^= Math.floor(ciphertext.length / 0x20000000); y3 ^= ciphertext.length * 8;
      } else if (at + BLOCK <= end) {
        y0 ^= word(data, at); y1 ^= word(data, at + 4); y2 ^= word(data, at + 8); y3 ^= word(data, at + 12);
      } else {
        y0 ^= padded(data, at, end); y1 ^= padded(data, at + 4, end); y2 ^= padded(data, at + 8, end); y3 ^= padded(data, at + 12, end);
      }
      // Y·H: one table entry per byte of Y, XORed (entry (i, b) starts at ((i << 8) | b) << 2).
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
      y0 = z0; y1 = z1; y2 = z2; y3 = z3;
    }
  }
  const diff = (y0 ^ word(stream, j0) ^ word(b.tag, 0)) | (y1 ^ word(stream, j0 + 4) ^ word(b.tag, 4)) |
    (y2 ^ word(stream, j0 + 8) ^ word(b.tag, 8)) | (y3 ^ word(stream, j0 + 12) ^ word(b.tag, 12));
  return diff === 0;
}
