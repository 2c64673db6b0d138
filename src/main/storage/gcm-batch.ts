import { createCipheriv } from 'node:crypto';
import { absorb, hashTable, multiply, powerTable } from './ghash';

/**
 * Opens many small AES-256-GCM blocks sealed with one key, as a long encrypted change log needs
 * (100,000 lines, each sealed on its own). Node's createDecipheriv costs several microseconds per
 * block before a byte is deciphered (a cipher context, its key schedule, five calls across into C++),
 * so one decipher per line spends most of a second on set-up alone. Here AES runs once per batch, in
 * native code: an ECB pass over every block's counter blocks gives the CTR keystream and each block's
 * E(K, J0). The authentication tag is then checked in JavaScript with GHASH (NIST SP 800-38D, §6.4 and
 * §7.2) over the header and ciphertext, exactly as GCM defines it (ghash.ts), and only a block whose tag
 * matches is deciphered. Tests compare it with node:crypto's own GCM on random blocks and on tampered ones.
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
/** Per block in `spans`: where its AAD starts, its ciphertext starts (the AAD's end), its tag starts (the ciphertext's end), its IV starts. */
export const SPAN = 4;

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
  const fit = blocks.filter((b) => b.iv.length === IV_BYTES && b.tag.length === TAG_BYTES);
  const data = new Uint8Array(fit.reduce((n, b) => n + b.aad.length + b.ciphertext.length + TAG_BYTES + IV_BYTES, 0));
  const spans = new Int32Array(fit.length * SPAN);
  let at = 0;
  fit.forEach((b, i) => {
    [b.aad, b.ciphertext, b.tag, b.iv].forEach((part, p) => {
      spans[i * SPAN + p] = at;
      data.set(part, at);
      at += part.length;
    });
  });
  const opened = openGcmInPlace(key, data, spans, fit.length);
  return blocks.map((b) => {
    const i = fit.indexOf(b);
    return i >= 0 && opened[i] ? data.slice(spans[i * SPAN + 1]!, spans[i * SPAN + 2]!) : null;
  });
}

/**
 * Opens `count` blocks laid out in `data` (see SPAN) in place: the ciphertext of each block whose tag
 * matches is replaced by its plain bytes. Returns 1 per block opened, 0 per block refused (left as it was).
 */
export function openGcmInPlace(key: Uint8Array, data: Uint8Array, spans: Int32Array, count: number): Uint8Array {
  const stream = keystream(key, data, spans, count);
  const table = hashTable(stream, 0);
  const headers = new HeaderHashes(table);
  const opened = new Uint8Array(count);
  const y = new Int32Array(4);
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const sv = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  let at = BLOCK;
  for (let i = 0; i < count; i++) {
    const s = i * SPAN;
    const aad = spans[s]!, body = spans[s + 1]!, tag = spans[s + 2]!;
    headers.hash(data, dv, aad, body, y);
    for (let b = body; b < tag; b += BLOCK) {
      absorb(y, data, dv, b, tag);
      multiply(table, y);
    }
    lengths(y, body - aad, tag - body);
    multiply(table, y);
    const diff = (y[0]! ^ sv.getInt32(at) ^ dv.getInt32(tag)) | (y[1]! ^ sv.getInt32(at + 4) ^ dv.getInt32(tag + 4)) |
      (y[2]! ^ sv.getInt32(at + 8) ^ dv.getInt32(tag + 8)) | (y[3]! ^ sv.getInt32(at + 12) ^ dv.getInt32(tag + 12));
    if (diff === 0) {
      xorInPlace(dv, data, body, tag, sv, stream, at + BLOCK);
      opened[i] = 1;
    }
    at += (1 + Math.ceil((tag - body) / BLOCK)) * BLOCK;
  }
  return opened;
}

/** E(K, ·) of the counter blocks: the zero block (E(K, 0) is the hash key H), then per block J0 and J0+1, J0+2, …. */
function keystream(key: Uint8Array, data: Uint8Array, spans: Int32Array, count: number): Uint8Array {
  let blocks = 1;
  for (let i = 0; i < count; i++) blocks += 1 + Math.ceil((spans[i * SPAN + 2]! - spans[i * SPAN + 1]!) / BLOCK);
  const counters = new Uint8Array(blocks * BLOCK);
  const cv = new DataView(counters.buffer);
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let at = BLOCK;
  for (let i = 0; i < count; i++) {
    const iv = spans[i * SPAN + 3]!;
    const n = 1 + Math.ceil((spans[i * SPAN + 2]! - spans[i * SPAN + 1]!) / BLOCK);
    const w0 = dv.getInt32(iv), w1 = dv.getInt32(iv + 4), w2 = dv.getInt32(iv + 8);
    // IV ‖ the 32-bit big-endian counter, counting from 1 (J0).
    for (let counter = 1; counter <= n; counter++, at += BLOCK) {
      cv.setInt32(at, w0);
      cv.setInt32(at + 4, w1);
      cv.setInt32(at + 8, w2);
      cv.setInt32(at + 12, counter);
    }
  }
  const ecb = createCipheriv('aes-256-ecb', key, null).setAutoPadding(false);
  const stream = ecb.update(counters);
  ecb.final();
  return stream;
}

/** GHASH's last block: len(A) ‖ len(C) in bits, as two 64-bit big-endian numbers. */
function lengths(y: Int32Array, aadBytes: number, cipherBytes: number): void {
  y[0]! ^= Math.floor(aadBytes / 0x20000000);
  y[1]! ^= aadBytes * 8;
  y[2]! ^= Math.floor(cipherBytes / 0x20000000);
  y[3]! ^= cipherBytes * 8;
}

/** data[from, to) ⊕= stream[k…], four bytes at a time where it can. */
function xorInPlace(dv: DataView, data: Uint8Array, from: number, to: number, sv: DataView, stream: Uint8Array, k: number): void {
  const whole = from + ((to - from) & ~3);
  let i = from;
  for (; i < whole; i += 4, k += 4) dv.setInt32(i, dv.getInt32(i) ^ sv.getInt32(k));
  for (; i < to; i++, k++) data[i] = data[i]! ^ stream[k]!;
}

/**
 * GHASH over each block's header (its AAD), from the header before it where it can: the rows of one log
 * share their header but for the IV, and GHASH is linear in its input blocks (Y = A₁·Hⁿ ⊕ … ⊕ Aₙ·H),
 * so a header that differs from the last one hashed only in its j-th 16-byte block (counting from 1)
 * hashes to the last one's value ⊕ (Aⱼ ⊕ A'ⱼ)·Hⁿ⁻ʲ⁺¹: one multiplication instead of n. Any other header is
 * hashed in full. Byte for byte the same GHASH, so every tag is checked exactly as before.
 */
class HeaderHashes {
  private last = -1;
  private lastLength = -1;
  private readonly lastY = new Int32Array(4);
  private readonly delta = new Int32Array(4);
  private readonly powers = new Map<number, Int32Array>();

  constructor(private readonly table: Int32Array) {}

  /** y = GHASH of data[from, to) (zero-padded), not yet closed by the lengths block. */
  hash(data: Uint8Array, dv: DataView, from: number, to: number, y: Int32Array): void {
    const length = to - from;
    const block = length === this.lastLength ? this.onlyDifference(data, dv, from, length) : -2;
    if (block === -1) {
      y.set(this.lastY);
      return;
    }
    if (block >= 0) {
      const { delta } = this;
      delta.fill(0);
      absorb(delta, data, dv, from + block, to);
      absorb(delta, data, dv, this.last + block, this.last + length); // ⊕ is its own inverse: delta = Aⱼ ⊕ A'ⱼ
      multiply(this.power(Math.ceil(length / BLOCK) - block / BLOCK), delta);
      for (let w = 0; w < 4; w++) y[w] = this.lastY[w]! ^ delta[w]!;
    } else {
      y.fill(0);
      for (let b = from; b < to; b += BLOCK) {
        absorb(y, data, dv, b, to);
        multiply(this.table, y);
      }
    }
    this.last = from;
    this.lastLength = length;
    this.lastY.set(y);
  }

  /** The offset of the one 16-byte block in which data[from…] differs from the last header, -1 if none, -2 if more. */
  private onlyDifference(data: Uint8Array, dv: DataView, from: number, length: number): number {
    const last = this.last;
    let found = -1;
    for (let b = 0; b < length; b += BLOCK) {
      const same = b + BLOCK <= length
        ? dv.getInt32(from + b) === dv.getInt32(last + b) && dv.getInt32(from + b + 4) === dv.getInt32(last + b + 4) &&
          dv.getInt32(from + b + 8) === dv.getInt32(last + b + 8) && dv.getInt32(from + b + 12) === dv.getInt32(last + b + 12)
        : sameBytes(data, from + b, last + b, length - b);
      if (same) continue;
      if (found >= 0) return -2;
      found = b;
    }
    return found;
  }

  private power(k: number): Int32Array {
    let table = this.powers.get(k);
    if (!table) this.powers.set(k, (table = powerTable(this.table, k)));
    return table;
  }
}

function sameBytes(data: Uint8Array, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (data[a + i] !== data[b + i]) return false;
  return true;
}
