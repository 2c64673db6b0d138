import * as path from 'node:path';
import { isDeviceRecordPath } from '../../core/store/device-upkeep';
import { STILL_SEALED_PREFIX, walk } from './convert-folder';
import { errorCode, type FsSeam } from './fs-seam';
import { hex } from './keyring';
import { KEY_ID_BYTES, SEAL_MAGIC, isSealed } from './sealed-file';
import { ROW_PREFIX } from './sealed-log-rows';
import { crc32Hex } from '../../core/store/crc32';

/**
 * Files in a plain folder that still hold something sealed under the key encryption had before another
 * computer turned it off (this one sealed it meanwhile, not knowing): the journal opens without it until
 * the old passphrase opens it back (node-vault's openLeftovers). Counted so the window can ask for that
 * passphrase; the count names no file to the page and holds nothing that was written.
 *
 * One look through the folder, in the background, the first time the plain folder's status is asked
 * for, and again after a change that may leave or remove some (encryption turned off elsewhere);
 * every status is answered from memory, never waiting for a look. A sealed file or line the store reads meanwhile (it arrived from another
 * computer) is checked on its own and added.
 */
export interface SealedLeftovers {
  /** How many files wait for the old passphrase. Never throws: a look that fails counts none (and says so). */
  count(): Promise<number>;
  /**
   * The count as known now, without waiting: 0 until the first look is done, which this starts. So
   * opening Mend never waits for a look through the whole folder; the keyring's look tells the window
   * once the count changes.
   */
  peek(): number;
  /**
   * Names the files waiting as they are now (their paths and how many rows wait in each), for Home's
   * "Hide from Home": the same mark while nothing changed, another once words are added or opened (plain
   * lines appended to a log do not change it). Empty while none wait.
   */
  mark(): string;
  /** Something may have left or removed some: look through the folder again when next asked. */
  forget(): void;
  /** None are left (all were opened, or the folder's files were all opened back to plain here). */
  clear(): void;
  /**
   * Reads again only the files counted: another computer may have opened them since (it rewrote them
   * plain), and then the prompt should go. A few files, at the keyring's look, never at a status call.
   */
  recheck(): Promise<void>;
  /** The store read something sealed at `rel` (a '/' path) while the folder is plain. */
  notice(rel: string): void;
}

/** `keptKeyId`: the hex id of the key in keyring.previous.json; null when there is none to open them with. */
export function trackLeftovers(fs: FsSeam, root: string, keptKeyId: () => Promise<string | null>, warn: (message: string) => void): SealedLeftovers {
  /** The files waiting, by '/' path, with the rows waiting in each (sealedRows; the mark names them by both). */
  let known: Map<string, string> | null = null;
  /** Counted up by forget() and clear(): a look or check started before answers nothing. */
  let generation = 0;
  let looking: { generation: number; done: Promise<Map<string, string>> } | null = null;
  let checks: Promise<void> = Promise.resolve();
  /**
   * Files noticed while the look was under way: it may have read them before the line arrived, so each
   * is checked on its own once the look is done, before count() answers (so no answer misses one).
   */
  const noticedEarly = new Set<string>();

  async function lookThrough(): Promise<Map<string, string>> {
    try {
      const keyId = await keptKeyId();
      return new Map(keyId ? await findSealedUnder(fs, root, keyId) : []);
    } catch {
      warn('Mend could not look through the data folder for words still locked with an earlier passphrase; it looks again at the next start.');
      return new Map();
    }
  }

  const tracker: SealedLeftovers = {
    async count() {
      // forget() may land while this waits on the checks: then it looks again rather than answer nothing.
      for (;;) {
        await checks;
        while (known === null) {
          if (looking?.generation !== generation) looking = { generation, done: lookThrough() };
          const { generation: started, done } = looking;
          const found = await done;
          if (started === generation) known ??= found;
        }
        const early = [...noticedEarly];
        noticedEarly.clear();
        for (const rel of early) tracker.notice(rel);
        // Also the checks another count() queued for them: every answer comes after those.
        await checks;
        if (known !== null) return known.size;
      }
    },
    peek() {
      if (known === null) void tracker.count();
      return known?.size ?? 0;
    },
    mark() {
      if (!known || known.size === 0) return '';
      const named = [...known].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rel, rows]) => `${rel}:${rows}`);
      return crc32Hex(new TextEncoder().encode(named.join('\n')));
    },
    async recheck() {
      if (!known || known.size === 0) return;
      const started = generation;
      const keyId = await keptKeyId().catch(() => null);
      const still = new Map<string, string>();
      for (const rel of known.keys()) {
        const bytes = keyId ? await readIfThere(fs, path.join(root, ...rel.split('/'))).catch(() => null) : null;
        const rows = bytes ? sealedRows(rel, bytes, keyId!) : null;
        if (rows) still.set(rel, rows);
      }
      if (started === generation && known !== null) known = still;
    },
    forget() {
      generation++;
      known = null;
      noticedEarly.clear(); // the next look reads them as they are now
    },
    clear() {
      generation++;
      known = new Map();
      noticedEarly.clear();
    },
    notice(rel) {
      // Not yet looked (or a look under way, which may have read this file before the line arrived):
      // checked on its own too, once the look is done (count() does it before it answers).
      if (known === null) {
        noticedEarly.add(rel);
        void tracker.count().catch(() => undefined);
        return;
      }
      // Read again even when counted already: more rows waiting in it is a new mark (Home asks again).
      const started = generation;
      checks = checks
        .then(async () => {
          const keyId = await keptKeyId();
          const bytes = keyId ? await readIfThere(fs, path.join(root, ...rel.split('/'))) : null;
          const rows = keyId && bytes ? sealedRows(rel, bytes, keyId) : null;
          if (rows && started === generation) known?.set(rel, rows);
        })
        .catch(() => undefined); // counted at the next look instead
    },
  };
  return tracker;
}

/** Every file (set-aside folders aside) holding something sealed under the key with hex id `keyId`: its '/' path and its rows waiting (sealedRows). */
export async function findSealedUnder(fs: FsSeam, root: string, keyId: string): Promise<[string, string][]> {
  const { files } = await walk(root);
  const out: [string, string][] = [];
  for (const rel of files) {
    if (rel.startsWith(STILL_SEALED_PREFIX) || isDeviceRecordPath(rel)) continue;
    const bytes = await readIfThere(fs, path.join(root, ...rel.split('/')));
    const rows = bytes ? sealedRows(rel, bytes, keyId) : null;
    if (rows) out.push([rel, rows]);
  }
  return out;
}

/** Whether a file (a whole sealed file, or a change log with a sealed line) holds anything sealed under `keyId`. Opens nothing. */
export function sealedUnder(rel: string, bytes: Uint8Array, keyId: string): boolean {
  return sealedRows(rel, bytes, keyId, 1) !== null;
}

/**
 * Names the rows of a log (the whole file, for a sealed file) sealed under `keyId`: how many, and a
 * checksum of their first bytes, which hold the start of each row's random IV (so a row sealed later is another
 * row, even in the same place). Null when there are none; stops after `upTo`. Opens nothing.
 */
function sealedRows(rel: string, bytes: Uint8Array, keyId: string, upTo = Infinity): string | null {
  if (!rel.endsWith('.log')) return isSealed(bytes) && keyIdOf(bytes) === keyId ? `1:${crc32Hex(bytes.subarray(0, 64))}` : null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  const heads: string[] = [];
  for (let at = buf.indexOf(SEALED); at !== -1 && count < upTo; at = buf.indexOf(SEALED, at + 1)) {
    if (at > 0 && buf[at - 1] !== NEWLINE) continue;
    // Only the block's first bytes (magic, version, key id, the start of its IV) are decoded from the row's base64.
    const start = at + SEALED.length;
    const text = buf.toString('latin1', start, Math.min(buf.length, start + HEAD_BASE64));
    const head = Buffer.from(text, 'base64');
    if (isSealed(head) && keyIdOf(head) === keyId) {
      count++;
      heads.push(text);
    }
  }
  return count === 0 ? null : `${count}:${crc32Hex(new TextEncoder().encode(heads.join('')))}`;
}

const SEALED = Buffer.from(ROW_PREFIX, 'latin1');
const NEWLINE = 0x0a;
const KEY_ID_AT = SEAL_MAGIC.length + 1;
/** Base64 characters that hold the magic, the version and the key id (24 bytes). */
const HEAD_BASE64 = 32;

const keyIdOf = (block: Uint8Array): string | null =>
  block.length < KEY_ID_AT + KEY_ID_BYTES ? null : hex(block.subarray(KEY_ID_AT, KEY_ID_AT + KEY_ID_BYTES));

async function readIfThere(fs: FsSeam, abs: string): Promise<Uint8Array | null> {
  try {
    return await fs.readFile(abs);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}
