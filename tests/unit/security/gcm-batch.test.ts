import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { batchAvailable, openGcmBatch, type GcmBlock } from '../../../src/main/storage/gcm-batch';

/**
 * The batched GCM opener against node:crypto's own AES-256-GCM: every block sealed by node opens to the
 * same bytes, and a block with any single bit changed (header, IV, ciphertext or tag), or opened with
 * another key, is refused. Lengths cover empty, partial and whole 16-byte blocks on both sides.
 */
function sealed(key: Uint8Array, aadLength: number, plainLength: number): GcmBlock & { plain: Uint8Array } {
  const iv = randomBytes(12);
  const aad = randomBytes(aadLength);
  const plain = randomBytes(plainLength);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { aad, iv, ciphertext, tag: cipher.getAuthTag(), plain };
}

const flip = (b: Uint8Array, bit: number): Uint8Array => {
  const out = Uint8Array.from(b);
  out[bit >> 3]! ^= 1 << (bit & 7);
  return out;
};

describe('opening AES-256-GCM blocks in one batch', () => {
  it('is available here (else the log opener falls back to one decipher per line)', () => {
    expect(batchAvailable).toBe(true);
  });

  it('opens what node:crypto sealed, for every length of header and text up to a few blocks', () => {
    const key = randomBytes(32);
    const blocks = [];
    for (let aad = 0; aad <= 40; aad += 3) for (let plain = 0; plain <= 70; plain++) blocks.push(sealed(key, aad, plain));
    const opened = openGcmBatch(key, blocks);
    blocks.forEach((b, i) => expect(Buffer.from(opened[i]!).equals(Buffer.from(b.plain))).toBe(true));
    console.log(`gcm batch: ${blocks.length} blocks opened and compared`);
  });

  it('refuses a block with any one bit changed, and leaves the blocks around it open', () => {
    const key = randomBytes(32);
    let rounds = 0;
    for (const [aadLength, plainLength] of [[31, 0], [93, 17], [45, 300], [16, 32]] as const) {
      const b = sealed(key, aadLength, plainLength);
      const parts = ['aad', 'iv', 'ciphertext', 'tag'] as const;
      for (const part of parts) {
        for (let bit = 0; bit < b[part].length * 8; bit += part === 'ciphertext' ? 13 : 1) {
          const bad = { ...b, [part]: flip(b[part], bit) };
          const [before, middle, after] = openGcmBatch(key, [b, bad, b]);
          expect(middle).toBeNull();
          expect(Buffer.from(before!).equals(Buffer.from(b.plain)) && Buffer.from(after!).equals(Buffer.from(b.plain))).toBe(true);
          rounds++;
        }
      }
    }
    console.log(`gcm batch: ${rounds} tampered blocks refused`);
  });

  it('refuses every block under another key, and a block whose tag or IV is cut short', () => {
    const key = randomBytes(32);
    const blocks = [sealed(key, 50, 10), sealed(key, 0, 0), sealed(key, 93, 300)];
    expect(openGcmBatch(randomBytes(32), blocks)).toEqual([null, null, null]);
    const b = blocks[2]!;
    expect(openGcmBatch(key, [{ ...b, tag: b.tag.subarray(0, 12) }, { ...b, iv: b.iv.subarray(0, 11) }])).toEqual([null, null]);
  });

  it("opens rows that share a header but for their IV, as one log's rows do, and refuses a changed one among them", () => {
    // The header of each block differs from the one before only in its IV: GHASH over it is taken from the
    // block before (one multiplication); a block changed anywhere, in the middle of the batch, must still fail.
    const key = randomBytes(32);
    let checked = 0;
    for (const aadLength of [13, 16, 29, 31, 48, 102]) {
      const header = randomBytes(aadLength);
      const blocks = Array.from({ length: 40 }, (_, i) => {
        const iv = randomBytes(12);
        const aad = Uint8Array.from(header);
        aad.set(iv.subarray(0, Math.min(12, Math.max(0, aadLength - 17))), Math.min(17, aadLength)); // the IV inside the header, as a sealed row has it
        const plain = randomBytes(i * 7);
        const cipher = createCipheriv('aes-256-gcm', key, iv);
        cipher.setAAD(aad);
        const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
        return { aad, iv, ciphertext, tag: cipher.getAuthTag(), plain };
      });
      const bad = [5, 17, 18, 31];
      const tampered = blocks.map((b, i) => {
        if (!bad.includes(i)) return b;
        const part = (['aad', 'ciphertext', 'tag', 'aad'] as const)[bad.indexOf(i)]!;
        return b[part].length === 0 ? { ...b, tag: flip(b.tag, 3) } : { ...b, [part]: flip(b[part], (i * 37) % (b[part].length * 8)) };
      });
      const opened = openGcmBatch(key, tampered);
      tampered.forEach((b, i) => {
        if (bad.includes(i)) expect(opened[i]).toBeNull();
        else expect(Buffer.from(opened[i]!).equals(Buffer.from(b.plain))).toBe(true);
        checked++;
      });
    }
    console.log(`gcm batch: ${checked} blocks sharing a header checked`);
  });
});
