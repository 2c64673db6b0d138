import * as path from 'node:path';
import { isDeviceRecordPath } from '../../core/store/device-upkeep';
import { STILL_SEALED_PREFIX, walk } from './convert-folder';
import { errorCode, type FsSeam } from './fs-seam';
import { hex } from './keyring';
import { KEY_ID_BYTES, SEAL_MAGIC, isSealed } from './sealed-file';
import { ROW_PREFIX } from './sealed-log-rows';

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
  let known: Set<string> | null = null;
  /** Counted up by forget() and clear(): a look or check started before answers nothing. */
  let generation = 0;
  let looking: { generation: number; done: Promise<Set<string>> } | null = null;
  let checks: Promise<void> = Promise.resolve();
  /**
   * Files noticed while the look was under way: it may have read them before the line arrived, so each
   * is checked on its own once the look is done, before count() answers (so no answer misses one).
   */
  const noticedEarly = new Set<string>();

  async function lookThrough(): Promise<Set<string>> {
    try {
      const keyId = await keptKeyId();
      return new Set(keyId ? await findSealedUnder(fs, root, keyId) : []);
    } catch {
      warn('Mend could not look through the data folder for words still locked with an earlier passphrase; it looks again at the next start.');
      return new Set();
    }
  }

  const tracker: SealedLeftovers = {
    async count() {
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
      return known?.size ?? 0;
    },
    peek() {
      if (known === null) void tracker.count();
      return known?.size ?? 0;
    },
    async recheck() {
      if (!known || known.size === 0) return;
      const started = generation;
      const keyId = await keptKeyId().catch(() => null);
      const still = new Set<string>();
      for (const rel of known) {
        const bytes = keyId ? await readIfThere(fs, path.join(root, ...rel.split('/'))).catch(() => null) : null;
        if (bytes && sealedUnder(rel, bytes, keyId!)) still.add(rel);
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
      known = new Set();
      noticedEarly.clear();
    },
    notice(rel) {
      if (known?.has(rel)) return;
      // Not yet looked (or a look under way, which may have read this file before the line arrived):
      // checked on its own too, once the look is done (count() does it before it answers).
      if (known === null) {
        noticedEarly.add(rel);
        void tracker.count().catch(() => undefined);
        return;
      }
      const started = generation;
      checks = checks
        .then(async () => {
          const keyId = await keptKeyId();
          const bytes = keyId ? await readIfThere(fs, path.join(root, ...rel.split('/'))) : null;
          if (keyId && bytes && sealedUnder(rel, bytes, keyId) && started === generation) known?.add(rel);
        })
        .catch(() => undefined); // counted at the next look instead
    },
  };
  return tracker;
}

/** Every file (set-aside folders aside) holding something sealed under the key with hex id `keyId`, as '/' paths. */
export async function findSealedUnder(fs: FsSeam, root: string, keyId: string): Promise<string[]> {
  const { files } = await walk(root);
  const out: string[] = [];
  for (const rel of files) {
    if (rel.startsWith(STILL_SEALED_PREFIX) || isDeviceRecordPath(rel)) continue;
    const bytes = await readIfThere(fs, path.join(root, ...rel.split('/')));
    if (bytes && sealedUnder(rel, bytes, keyId)) out.push(rel);
  }
  return out;
}

/** Whether a file (a whole sealed file, or a change log with a sealed line) holds anything sealed under `keyId`. Opens nothing. */
export function sealedUnder(rel: string, bytes: Uint8Array, keyId: string): boolean {
  if (!rel.endsWith('.log')) return isSealed(bytes) && keyIdOf(bytes) === keyId;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buf.indexOf(SEALED); at !== -1; at = buf.indexOf(SEALED, at + 1)) {
    if (at > 0 && buf[at - 1] !== NEWLINE) continue;
    // Only the block's first bytes (magic, version, key id) are decoded from the row's base64.
    const start = at + SEALED.length;
    const head = Buffer.from(buf.toString('latin1', start, Math.min(buf.length, start + HEAD_BASE64)), 'base64');
    if (isSealed(head) && keyIdOf(head) === keyId) return true;
  }
  return false;
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
