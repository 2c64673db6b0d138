import type { ZodType } from 'zod';
import { crc32Hex } from './crc32';

/**
 * Every file Mend writes is a readable JSON envelope:
 *   {"mend":"journal","version":1,"checksum":"crc32:…","data":{…}}
 * The checksum covers the exact bytes of `data` as written, so a flipped byte is detected;
 * `version` drives migrations; `mend` stops us from reading someone else's JSON as ours.
 */
export type FileKind = 'journal' | 'index' | 'settings' | 'drafts';

export type Migrations = Readonly<Record<number, (data: unknown) => unknown>>;

export interface EnvelopeSpec<T> {
  kind: FileKind;
  version: number;
  schema: ZodType<T>;
  /** migrations[n] turns version n data into version n + 1. */
  migrations: Migrations;
  /**
   * Indentation of `data`: 2 (the default) keeps journals pleasant to read; 0 suits files that are
   * caches rewritten often (the index), where every byte is paid for on each save and each start.
   */
  indent?: 0 | 2;
  /**
   * Write every character past ASCII as a JSON escape ("\u2026"): the file reads back as the same data,
   * but as one-byte text, which decodes and parses several times faster. For caches read at every start
   * (the index), where a single "…" in a summary made the whole file slow to read.
   */
  ascii?: boolean;
}

const NON_ASCII = /[\u0080-\uffff]/g;
const asciiJson = (json: string): string => json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Why a file could not be read, in words fit to show. Never contains the file's content. */
export class UnreadableFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableFileError';
  }
}

const encoder = new TextEncoder();
const TRAILER = encoder.encode('\n}\n');
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * `sync` (snapshots only): the clocks of a journal's fields and how far into each change log it reaches,
 * as a header member with a checksum of its own. Readers that do not know it (Mend 1) ignore it.
 */
export function encodeEnvelope<T>(spec: EnvelopeSpec<T>, data: T, sync?: unknown): Uint8Array {
  // The body is encoded once: its bytes are both checksummed and written.
  const json = JSON.stringify(data, null, spec.indent ?? 2);
  const body = encoder.encode(spec.ascii ? asciiJson(json) : json);
  const checksum = `crc32:${crc32Hex(body)}`;
  const syncText = sync === undefined ? '' : syncMember(sync);
  const head = encoder.encode(`{\n"mend": ${JSON.stringify(spec.kind)},\n"version": ${spec.version},\n"checksum": "${checksum}",\n${syncText}"data": `);
  const out = new Uint8Array(head.length + body.length + TRAILER.length);
  out.set(head, 0);
  out.set(body, head.length);
  out.set(TRAILER, head.length + body.length);
  return out;
}

// Not fatal: the head's first bytes may end inside a character; the checksum before it is ASCII.
const headDecoder = new TextDecoder('utf-8');
const HEAD_CHECKSUM = /"checksum": "(crc32:[0-9a-f]{8})"/;

/**
 * The checksum an envelope's head records (of bytes encodeEnvelope wrote, or read back intact): a
 * fingerprint of its data, for caches keyed by what a file held. Null when the head has none.
 */
export function envelopeChecksum(bytes: Uint8Array): string | null {
  return HEAD_CHECKSUM.exec(headDecoder.decode(bytes.subarray(0, 120)))?.[1] ?? null;
}

export function decodeEnvelope<T>(spec: EnvelopeSpec<T>, bytes: Uint8Array): T {
  return decodeEnvelopeWithSync(spec, bytes).data;
}

/**
 * decodeEnvelope for a file whose data is an object written with `member` as its last member: that
 * member's value is not parsed but handed back as its JSON text (`apart`), for the caller to parse when,
 * and if, it is needed. The checksum still covers every byte. `apart` is null when the data has no such
 * last member (the file is then read whole, as decodeEnvelope reads it).
 *
 * Why: opening to Home reads every index shard at every start, and the commitments resolved long ago
 * are half of those bytes, yet only the Commitments screen reads them (index-wire.ts).
 */
export function decodeEnvelopeApart<T>(spec: EnvelopeSpec<T>, bytes: Uint8Array, member: string): { data: T; apart: string | null } {
  if (bytes.length === 0) throw new UnreadableFileError('the file is empty');
  const text = decodeText(bytes);
  // The data's closing brace comes right before the trailer. A quote inside a JSON string is always
  // escaped, so `,"member":` outside one is a member's name; the last one is the data's last member
  // only if nothing after it names a member, which the caller's form guarantees (its value is arrays).
  const end = text.lastIndexOf('\n}') - 1;
  const name = `,${JSON.stringify(member)}:`;
  const at = end > 0 && text.charCodeAt(end) === 0x7d ? text.lastIndexOf(name, end) : -1;
  const parsed = parseJson(at < 0 ? text : text.slice(0, at) + text.slice(end));
  const { version, data } = checkHeader(spec, parsed, text, bytes);
  return { data: validate(spec, migrate(spec, version, data)), apart: at < 0 ? null : text.slice(at + name.length, end) };
}

/** The data and, when present and intact, the `sync` header member (undefined otherwise). */
export function decodeEnvelopeWithSync<T>(spec: EnvelopeSpec<T>, bytes: Uint8Array): { data: T; sync: unknown } {
  if (bytes.length === 0) throw new UnreadableFileError('the file is empty');
  const text = decodeText(bytes);
  const parsed = parseJson(text);
  const { version, data } = checkHeader(spec, parsed, text, bytes);
  return { data: validate(spec, migrate(spec, version, data)), sync: intactSync(parsed as Record<string, unknown>) };
}

function syncMember(sync: unknown): string {
  const json = JSON.stringify(sync);
  return `"sync": ${json},\n"syncChecksum": "crc32:${crc32Hex(encoder.encode(json))}",\n`;
}

function intactSync(parsed: Record<string, unknown>): unknown {
  if (parsed['sync'] === undefined) return undefined;
  const json = JSON.stringify(parsed['sync']);
  if (parsed['syncChecksum'] !== `crc32:${crc32Hex(encoder.encode(json))}`) {
    throw new UnreadableFileError('its change clocks do not match their checksum');
  }
  return parsed['sync'];
}

function decodeText(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UnreadableFileError('the file holds bytes that are not text');
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UnreadableFileError(
      text.includes('\u0000') ? 'the file is filled with empty bytes' : 'the file is cut short or is not valid JSON',
    );
  }
}

function checkHeader<T>(spec: EnvelopeSpec<T>, parsed: unknown, text: string, bytes: Uint8Array): { version: number; data: unknown } {
  if (typeof parsed !== 'object' || parsed === null || (parsed as { mend?: unknown }).mend !== spec.kind) {
    throw new UnreadableFileError(`it is not a Mend ${spec.kind} file`);
  }
  const { version, checksum, data } = parsed as { version?: unknown; checksum?: unknown; data?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UnreadableFileError('its version is missing');
  }
  if (version > spec.version) {
    throw new UnreadableFileError(`it was written by a newer Mend (format ${version}); update Mend to open it`);
  }
  const expected = `crc32:${crc32Hex(dataBytes(bytes, text))}`;
  if (checksum !== expected) {
    throw new UnreadableFileError('its checksum does not match, so part of it was changed or damaged');
  }
  return { version, data };
}

/**
 * The exact bytes of the `data` value as written by encodeEnvelope (it is always the last member).
 * Header and trailer are ASCII, so character offsets there are byte offsets: no re-encoding needed.
 */
function dataBytes(bytes: Uint8Array, text: string): Uint8Array {
  const start = text.indexOf('"data": ');
  const end = text.lastIndexOf('\n}');
  if (start < 0 || end < start) throw new UnreadableFileError('the file is cut short or is not valid JSON');
  const trailer = text.length - end;
  return bytes.subarray(start + '"data": '.length, bytes.length - trailer);
}

function migrate<T>(spec: EnvelopeSpec<T>, from: number, data: unknown): unknown {
  let current = data;
  for (let v = from; v < spec.version; v++) {
    const step = spec.migrations[v];
    if (!step) throw new UnreadableFileError(`no migration from format ${v}`);
    current = step(current);
  }
  return current;
}

function validate<T>(spec: EnvelopeSpec<T>, data: unknown): T {
  const result = spec.schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new UnreadableFileError(`its content does not match what Mend expects${where}`);
  }
  return result.data;
}
