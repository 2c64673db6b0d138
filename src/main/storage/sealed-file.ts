import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { GcmBlock } from './gcm-batch';

/**
 * The sealed file format, version 1. Every byte is covered by AES-256-GCM: the header is the
 * associated data, so a changed magic, version, key id, IV or identity fails just as a changed
 * ciphertext does.
 *
 *   offset  size  field
 *   0       8     magic "MENDSEAL" (a plain Mend file always starts with "{")
 *   8       1     format version (1)
 *   9       8     key id: which data key sealed it (a random id, not derived from the key)
 *   17      12    IV, fresh for every write
 *   29      2     identity length n (big-endian)
 *   31      n     identity: the file's path relative to the data folder (UTF-8)
 *   31+n    …     ciphertext (the plain file's bytes)
 *   end-16  16    GCM tag
 *
 * The identity stops one journal's sealed bytes from being passed off as another's: a file is opened
 * only for the path it was sealed for.
 */
export const SEAL_MAGIC = new TextEncoder().encode('MENDSEAL');
export const SEAL_VERSION = 1;
export const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FIXED_HEADER = SEAL_MAGIC.length + 1 + KEY_ID_BYTES + IV_BYTES + 2;
const IDENTITY_MAX = 4096;

/** The data key in memory: 32 random bytes and the id written into each file it seals. */
export interface DataKey {
  id: Uint8Array;
  key: Uint8Array;
}

/** Why a sealed file could not be opened, in words fit to show. Never contains the file's content. */
export class SealError extends Error {
  constructor(
    readonly reason: string,
    /** 'foreign' = another data key; 'damaged' = anything else. */
    readonly kind: 'foreign' | 'damaged' = 'damaged',
  ) {
    super(reason);
    this.name = 'SealError';
  }
}

export function isSealed(bytes: Uint8Array): boolean {
  if (bytes.length < SEAL_MAGIC.length) return false;
  return SEAL_MAGIC.every((b, i) => bytes[i] === b);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function seal(dataKey: DataKey, identity: string, plain: Uint8Array): Uint8Array {
  const name = encoder.encode(identity);
  if (name.length === 0 || name.length > IDENTITY_MAX) throw new RangeError('identity length');
  const header = new Uint8Array(FIXED_HEADER + name.length);
  header.set(SEAL_MAGIC, 0);
  header[SEAL_MAGIC.length] = SEAL_VERSION;
  header.set(dataKey.id, SEAL_MAGIC.length + 1);
  header.set(randomBytes(IV_BYTES), SEAL_MAGIC.length + 1 + KEY_ID_BYTES);
  new DataView(header.buffer).setUint16(FIXED_HEADER - 2, name.length);
  header.set(name, FIXED_HEADER);
  const cipher = createCipheriv('aes-256-gcm', dataKey.key, ivOf(header));
  cipher.setAAD(header);
  const body = cipher.update(plain);
  const rest = cipher.final();
  const tag = cipher.getAuthTag();
  const out = new Uint8Array(header.length + body.length + rest.length + TAG_BYTES);
  out.set(header, 0);
  out.set(body, header.length);
  out.set(rest, header.length + body.length);
  out.set(tag, out.length - TAG_BYTES);
  return out;
}

interface Header {
  bytes: Uint8Array;
  version: number;
  keyId: Uint8Array;
  identity: string;
}

/** Reads and checks the header's shape; nothing in it is trusted until the tag verifies. */
export function readHeader(bytes: Uint8Array): Header {
  if (!isSealed(bytes)) throw new SealError('it is not a sealed Mend file');
  if (bytes.length < FIXED_HEADER + TAG_BYTES) throw new SealError('the file is cut short');
  const version = bytes[SEAL_MAGIC.length] as number;
  if (version !== SEAL_VERSION) {
    throw new SealError(version > SEAL_VERSION ? 'it was sealed by a newer Mend; update Mend to open it' : 'its format version is not one Mend knows');
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(FIXED_HEADER - 2);
  if (length === 0 || length > IDENTITY_MAX || bytes.length < FIXED_HEADER + length + TAG_BYTES) {
    throw new SealError('the file is cut short');
  }
  let identity: string;
  try {
    identity = decoder.decode(bytes.subarray(FIXED_HEADER, FIXED_HEADER + length));
  } catch {
    throw new SealError('its header is damaged');
  }
  const keyId = bytes.subarray(SEAL_MAGIC.length + 1, SEAL_MAGIC.length + 1 + KEY_ID_BYTES);
  return { bytes: bytes.subarray(0, FIXED_HEADER + length), version, keyId, identity };
}

/**
 * The plain bytes of a sealed file. `identity` is the path it must have been sealed for; null skips
 * that check (used only when converting a whole folder, where a moved file keeps its first name).
 */
export function openSealed(dataKey: DataKey, identity: string | null, bytes: Uint8Array): Uint8Array {
  return openSealedIf(dataKey, bytes, (sealedFor) => {
    if (identity !== null && sealedFor !== identity && !isSetAsideCopy(sealedFor, identity)) {
      throw new SealError(`it belongs to ${sealedFor}, not to this place in the data folder`);
    }
  });
}

/**
 * The plain bytes of a sealed block whose identity `check` judges (throwing a SealError to refuse):
 * the header is read once (a log opens one block per row, 100,000 of them in a long log).
 */
export function openSealedIf(dataKey: DataKey, bytes: Uint8Array, check: (identity: string) => void): Uint8Array {
  const parts = sealedParts(dataKey, bytes, check);
  const decipher = createDecipheriv('aes-256-gcm', dataKey.key, parts.iv);
  decipher.setAAD(parts.aad);
  decipher.setAuthTag(parts.tag);
  try {
    const body = decipher.update(parts.ciphertext);
    const rest = decipher.final();
    if (rest.length === 0) return body; // GCM gives everything from update: no second copy (a log opens 100,000 rows)
    const out = new Uint8Array(body.length + rest.length);
    out.set(body, 0);
    out.set(rest, body.length);
    return out;
  } catch {
    throw new SealError(TAMPERED);
  }
}

export const TAMPERED = 'it was changed or damaged after it was saved (its seal does not match)';

/**
 * A sealed block's parts for AES-256-GCM (header as associated data, IV, ciphertext, tag), once its
 * header reads well, names `dataKey` and its identity passes `check`. Nothing is deciphered or trusted yet.
 */
export function sealedParts(dataKey: DataKey, bytes: Uint8Array, check: (identity: string) => void): GcmBlock {
  const header = readHeader(bytes);
  if (!sameBytes(header.keyId, dataKey.id)) {
    throw new SealError('it was encrypted with a different key (perhaps from another Mend data folder)', 'foreign');
  }
  check(header.identity);
  return partsAfter(bytes, header.bytes.length);
}

/**
 * Whether the block bytes[at, at + length) has the header `header` byte for byte but for its IV (the rows
 * of one log: same magic, version, key id and identity) and room for a tag. Everything sealedParts
 * checks lies in those bytes, so it would accept this block too, with a header of the same length.
 */
export function headerLike(header: Uint8Array, bytes: Uint8Array, at: number, length: number): boolean {
  if (length < header.length + TAG_BYTES) return false;
  for (let i = 0; i < header.length; i++) if (bytes[at + i] !== header[i] && (i < IV_AT || i >= IV_AT + IV_BYTES)) return false;
  return true;
}

/** Where a sealed block's IV starts. */
export const IV_AT = SEAL_MAGIC.length + 1 + KEY_ID_BYTES;

function partsAfter(bytes: Uint8Array, headerLength: number): GcmBlock {
  return {
    aad: bytes.subarray(0, headerLength),
    iv: bytes.subarray(IV_AT, IV_AT + IV_BYTES),
    ciphertext: bytes.subarray(headerLength, bytes.length - TAG_BYTES),
    tag: bytes.subarray(bytes.length - TAG_BYTES),
  };
}

/**
 * A journal moved to trash/ or damaged/ (deleted, set aside) keeps the identity it was sealed with:
 * relationships/<id>.json may be opened as trash/<id>-….json or damaged/<id>-….json, the same
 * person's copy, and nowhere else.
 */
function isSetAsideCopy(sealedFor: string, path: string): boolean {
  const journal = /^relationships\/([A-Za-z0-9_-]+)\.json$/.exec(sealedFor);
  if (!journal) return false;
  return ['trash/', 'damaged/'].some((folder) => path.startsWith(`${folder}${journal[1]}-`) && !path.slice(folder.length).includes('/') && path.endsWith('.json'));
}

/** The identity a sealed file claims, before any check: used to name it in messages and conversions. */
export function sealedIdentity(bytes: Uint8Array): string | null {
  try {
    return readHeader(bytes).identity;
  } catch {
    return null;
  }
}

const ivOf = (header: Uint8Array): Uint8Array => header.subarray(IV_AT, IV_AT + IV_BYTES);

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
