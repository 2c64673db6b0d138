import { batchAvailable, openGcmBatch, type GcmBlock } from './gcm-batch';
import { openSealedIf, partsLike, seal, sealedParts, SealError, type DataKey } from './sealed-file';

/**
 * A change log sealed line by line: each row is "MENDSEAL:" and the base64 of one sealed block whose
 * identity is the log's own name (conflict copies keep the name of the log they copy). A row that
 * cannot be opened reads as a "#reason" row, which the log reader reports and skips.
 */
const ROW_PREFIX = 'MENDSEAL:';
const NO_KEYRING = '#it is encrypted, but this data folder has no keyring.json to open it with';
const UNREADABLE = '#it could not be decrypted';
/** Rows opened per batch: bounds the memory a batch holds (a few MB) whatever the log's length. */
const BATCH_ROWS = 4096;
const utf8 = new TextEncoder();

export function sealLogRow(key: DataKey, identity: string, row: string): string {
  return ROW_PREFIX + Buffer.from(seal(key, identity, utf8.encode(row))).toString('base64');
}

export function unwrapLogRow(row: string): Uint8Array {
  if (!row.startsWith(ROW_PREFIX)) throw new SealError('it is not a sealed line');
  return Buffer.from(row.slice(ROW_PREFIX.length), 'base64');
}

/**
 * The plain bytes of each sealed row of the log at `path` (or its "#reason" row), in order. Every row's
 * seal is checked; rows are opened in batches (gcm-batch.ts) where the runtime allows, else one by one.
 */
export function openLogRows(key: DataKey | null, path: string, rows: readonly string[]): Uint8Array[] {
  if (!key) return rows.map(() => utf8.encode(NO_KEYRING));
  if (!batchAvailable) return rows.map((row) => openLogRow(key, path, row));
  const out: Uint8Array[] = [];
  for (let from = 0; from < rows.length; from += BATCH_ROWS) out.push(...openBatch(key, path, rows.slice(from, from + BATCH_ROWS)));
  return out;
}

function openBatch(key: DataKey, path: string, rows: readonly string[]): Uint8Array[] {
  const check = identityCheck(path);
  const blocks: GcmBlock[] = [];
  const at: number[] = []; // the block of each row, or -1 for a row refused before any deciphering
  // Every row's base64 decoded into one buffer (as unwrapLogRow decodes it, without a Buffer per row);
  // its parts are cut as plain typed arrays, cheaper than Buffers, 100,000 times over.
  const decoded = Buffer.allocUnsafe(rows.reduce((n, row) => n + Math.ceil(row.length * 0.75), 0));
  const view = new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
  let used = 0;
  let accepted: GcmBlock | null = null;
  for (const row of rows) {
    try {
      if (!row.startsWith(ROW_PREFIX)) throw new SealError('it is not a sealed line');
      const length = decoded.write(row.slice(ROW_PREFIX.length), used, 'base64');
      const sealed = view.subarray(used, used + length);
      // A row whose header is the last accepted row's (but for its IV) passes the same checks: not read again.
      const parts: GcmBlock = (accepted && partsLike(accepted, sealed)) ?? sealedParts(key, sealed, check);
      accepted = parts;
      blocks.push(parts);
      used += length;
      at.push(blocks.length - 1);
    } catch {
      at.push(-1);
    }
  }
  const opened = openGcmBatch(key.key, blocks);
  return at.map((i) => (i >= 0 && opened[i] ? opened[i] : utf8.encode(UNREADABLE)));
}

/** One row on its own, with node:crypto's GCM. */
export function openLogRow(key: DataKey, path: string, row: string): Uint8Array {
  try {
    return openSealedIf(key, unwrapLogRow(row), identityCheck(path));
  } catch {
    return utf8.encode(UNREADABLE);
  }
}

/**
 * A log's own name is the only identity accepted (a block sealed for another journal's log is
 * refused); judged once per distinct identity, as every row of a log names the same one.
 */
function identityCheck(path: string): (identity: string) => void {
  let accepted: string | null = null;
  return (identity) => {
    if (identity === accepted) return;
    if (!identity.startsWith('logs/') || !sameJournal(identity, path)) throw new SealError('it belongs elsewhere');
    accepted = identity;
  };
}

const sameJournal = (identity: string, path: string): boolean => path.startsWith(identity.slice(0, identity.lastIndexOf('.', identity.length - 5) + 1));
