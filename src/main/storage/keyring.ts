import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { IDLE_MINUTES_DEFAULT, IDLE_MINUTES_MAX } from '../../core/model/security';
import { KEY_ID_BYTES, type DataKey } from './sealed-file';

/**
 * keyring.json, in the data folder: the random data key that seals every file, wrapped twice with
 * AES-256-GCM: once under a key derived from the passphrase, once under one derived from the
 * recovery key. Neither secret is stored. Changing the passphrase rewrites only this file (through
 * keyring-file.ts, which never writes over a keyring another computer wrote meanwhile).
 */
export const KEYRING_FILE = 'keyring.json';

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** scrypt at N = 2^17, r = 8: about 128 MiB and a fraction of a second per guess, once per unlock. */
export const DEFAULT_KDF: KdfParams = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });
const KDF_REFUSED = 'its key settings are not ones Mend writes, so it was changed or damaged';
/**
 * The only costs a keyring may ask for: what Mend writes (2^17) and cheaper powers of two down to 2^10
 * (what tests write), always r = 8, p = 1. keyring.json can be edited by anyone with the disk, so
 * the cost is bounded here (at most 128 MiB per try) instead of trusted.
 */
export const KDF_LOG2_N_MIN = 10;
export const KDF_LOG2_N_MAX = 17;

export function isAllowedKdf(params: KdfParams): boolean {
  const log2 = Math.log2(params.N);
  return Number.isInteger(log2) && log2 >= KDF_LOG2_N_MIN && log2 <= KDF_LOG2_N_MAX && params.r === 8 && params.p === 1;
}

const kdfSchema = z
  .strictObject({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int() })
  .refine(isAllowedKdf, { message: KDF_REFUSED });
const SALT_BYTES = 16;
const WRAP_IV_BYTES = 12;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(200);
const wrapSchema = z.strictObject({ salt: b64, iv: b64, key: b64, tag: b64 });

export const keyringSchema = z.strictObject({
  mend: z.literal('keyring'),
  version: z.literal(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  kdf: kdfSchema,
  passphrase: wrapSchema,
  recovery: wrapSchema,
  idleMinutes: z.number().int().min(1).max(IDLE_MINUTES_MAX).default(IDLE_MINUTES_DEFAULT),
  /** Set while a whole-folder conversion is under way, so an unlock after a crash can finish it. */
  converting: z.enum(['seal', 'open']).nullable().default(null),
  /**
   * Counts every write up by one (keyring-file.ts), so a keyring is never mistaken for one written
   * later. Absent in keyrings written before it existed; the format version stays 1.
   */
  generation: z.number().int().min(0).optional(),
});

export type Keyring = z.infer<typeof keyringSchema>;
export type Wrap = z.infer<typeof wrapSchema>;
export type Slot = 'passphrase' | 'recovery';

/** Key derivation. maxmem is raised: scrypt needs 128·N·r bytes, past Node's 32 MiB default. */
export function deriveKey(secret: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  if (!isAllowedKdf(params)) return Promise.reject(new Error('Key-derivation parameters outside the set Mend uses.'));
  const maxmem = 128 * params.N * params.r + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, 32, { N: params.N, r: params.r, p: params.p, maxmem }, (error, key) => (error ? reject(error) : resolve(new Uint8Array(key))));
  });
}

/** What a wrap is bound to: the data key's id and which secret it belongs to, so slots cannot be swapped. */
const wrapAad = (keyId: string, slot: Slot): Uint8Array => new TextEncoder().encode(`mend-keyring:1:${keyId}:${slot}`);

export async function wrapKey(dataKey: DataKey, slot: Slot, secret: string, params: KdfParams): Promise<Wrap> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKey(secret, salt, params);
  const iv = randomBytes(WRAP_IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(wrapAad(hex(dataKey.id), slot));
  const key = Buffer.concat([cipher.update(dataKey.key), cipher.final()]);
  return { salt: salt.toString('base64'), iv: iv.toString('base64'), key: key.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The data key, or null when `secret` is not the one this slot was wrapped with. */
export async function unwrapKey(keyring: Keyring, slot: Slot, secret: string): Promise<DataKey | null> {
  const wrap = keyring[slot];
  const kek = await deriveKey(secret, Buffer.from(wrap.salt, 'base64'), keyring.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(wrapAad(keyring.keyId, slot));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrap.key, 'base64')), decipher.final()]);
    if (key.length !== 32) return null;
    return { id: Buffer.from(keyring.keyId, 'hex'), key: new Uint8Array(key) };
  } catch {
    return null;
  }
}

export function newDataKey(): DataKey {
  return { id: new Uint8Array(randomBytes(KEY_ID_BYTES)), key: new Uint8Array(randomBytes(32)) };
}

export const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

export function encodeKeyring(keyring: Keyring): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(keyring, null, 2)}\n`);
}

/** Why a keyring from a newer Mend is not read: this Mend is too old for it, nothing is wrong with it. */
export const KEYRING_NEWER = 'it was made by a newer version of Mend';
/** What the person is told then. */
export const KEYRING_NEWER_MESSAGE =
  "This journal's encryption was set up by a newer version of Mend. Update Mend on this computer to open it; nothing here has been changed.";

/**
 * The keyring, or a reason it cannot be read (it is then left exactly as it is); `newer` when a newer
 * Mend wrote it (a format version above 1), so the person is asked to update rather than told it is damaged.
 */
export function decodeKeyring(bytes: Uint8Array): Keyring | { unreadable: string; newer?: true } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { unreadable: 'it is cut short or is not valid JSON' };
  }
  const result = keyringSchema.safeParse(parsed);
  if (result.success) return result.data;
  if (isNewer(parsed)) return { unreadable: KEYRING_NEWER, newer: true };
  const kdfRefused = result.error.issues.some((issue) => issue.message === KDF_REFUSED);
  return { unreadable: kdfRefused ? KDF_REFUSED : 'its content does not match what Mend expects' };
}

function isNewer(parsed: unknown): boolean {
  if (typeof parsed !== 'object' || parsed === null) return false;
  const { mend, version } = parsed as { mend?: unknown; version?: unknown };
  return mend === 'keyring' && typeof version === 'number' && Number.isInteger(version) && version > 1;
}
