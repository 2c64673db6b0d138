import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../src/main/storage/sealed-log-rows';

/**
 * A sealed row's base64 is decoded from the log's bytes (sealed-log-rows.ts) instead of by Node's
 * decoder: for plain base64 it must give Node's bytes exactly, and anything else it declines (-1), so
 * Node's decoder reads it as before: other characters (url-safe, spaces, a carriage return), padding
 * inside or misplaced, a length not a multiple of four, trailing bits set in a last character.
 */
const latin1 = (s: string) => Buffer.from(s, 'latin1');

function decode(text: string): Buffer | null {
  const bytes = latin1(`MENDSEAL:${text}\n`);
  const out = Buffer.alloc(text.length + 8, 0xee);
  const n = decodeBase64(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 9, 9 + text.length, out, 3);
  return n < 0 ? null : out.subarray(3, 3 + n);
}

describe('decoding a sealed row’s base64 from its bytes', () => {
  it('gives Node’s bytes for every plain base64 text, of every length', () => {
    for (let n = 0; n < 400; n++) {
      const b = randomBytes(n);
      const text = b.toString('base64');
      if (n === 0) expect(decode(text)).toBeNull(); // an empty row is damage: Node's decoder reads it (to nothing)
      else expect(decode(text)?.equals(b)).toBe(true);
    }
  });

  it('declines anything else, or gives exactly what Node gives', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \r\t.:\u00ff\u0000';
    let declined = 0;
    let same = 0;
    for (let round = 0; round < 20_000; round++) {
      const base = randomBytes(1 + (round % 40)).toString('base64');
      const chars = [...base];
      // One to three changes: a character put in, replaced or taken out, from base64 and beyond.
      for (let c = 0; c <= round % 3; c++) {
        const at = (round * 7 + c * 13) % (chars.length + 1);
        const ch = alphabet[(round * 31 + c * 17) % alphabet.length]!;
        const kind = (round + c) % 3;
        if (kind === 0) chars.splice(at, 0, ch);
        else if (kind === 1) chars[Math.min(at, chars.length - 1)] = ch;
        else chars.splice(at, 1);
      }
      const text = chars.join('');
      const ours = decode(text);
      if (ours === null) declined++;
      else {
        expect(ours.equals(Buffer.from(text, 'base64'))).toBe(true);
        same++;
      }
    }
    expect(decode('QR==')?.equals(Buffer.from('QR==', 'base64'))).toBe(true); // trailing bits set: dropped by both
    expect(decode('QUJD\r')).toBeNull();
    expect(decode('QU=D')).toBeNull();
    expect(decode('Q===')).toBeNull();
    expect(decode('QUJ-')).toBeNull();
    console.log(`base64: ${same} changed texts decoded as Node decodes them, ${declined} declined`);
  });
});
