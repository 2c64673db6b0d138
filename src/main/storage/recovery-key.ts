import { randomBytes } from 'node:crypto';

/**
 * The recovery key: 120 random bits as 24 characters of Crockford's base32, shown in six groups of
 * four (e.g. 7KQ2-M4XD-…). That alphabet has no I, L, O or U, so a key copied by hand reads back
 * the same; typing o for 0 or l for 1, lower case, spaces or missing dashes are all forgiven.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 24;

export function newRecoveryKey(): string {
  const bytes = randomBytes(15);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** The canonical 24 characters if `typed` can be a recovery key, else null. */
export function normalizeRecoveryKey(typed: string): string | null {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== LENGTH) return null;
  for (const ch of compact) if (!ALPHABET.includes(ch)) return null;
  return compact;
}
