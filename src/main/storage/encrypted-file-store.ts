import { DomainError } from '../../core/errors';
import { damagedFileError } from '../../core/store/envelope-adapter';
import { UnreadableFileError } from '../../core/store/envelope';
import type { FileStore } from '../../core/store/file-store';
import { isDeviceRecordPath } from '../../core/store/device-upkeep';
import { rewriteLog } from '../../core/store/log-edit';
import { isSealed, openSealed, seal, SealError, type DataKey } from './sealed-file';
import { sealLogRow } from './sealed-log-rows';
import { openLogChunks, openLogLines } from './sealed-log-open';
import { openWholeSealedLog } from './sealed-whole-log';

export { sealLogRow, unwrapLogRow } from './sealed-log-rows';
export { openLogLines } from './sealed-log-open';

/**
 * Where the folder stands:
 * - plain:   no keyring; files pass through untouched (a sealed file found here is reported, not guessed at);
 * - locked:  a keyring exists but the key is not in memory; nothing is read or written;
 * - sealing: encryption is on (or being turned on); writes are sealed, reads open sealed and plain files;
 * - opening: encryption is being turned off; writes are plain, reads still open sealed files.
 */
export type SealPhase = 'plain' | 'locked' | 'sealing' | 'opening';

export interface SealControl {
  phase(): SealPhase;
  /** Present in the sealing and opening phases. */
  key(): DataKey | null;
  /**
   * Told when a read meets something sealed while the folder is plain (a file, or a change log with a
   * line that is not plain): it may be words sealed under the key from before encryption went off.
   */
  noticeSealed?(path: string): void;
}

const LOCKED = 'Mend is locked. Enter your passphrase to open your journal.';
const OPEN_BRACE = 0x7b;

/**
 * Keeps the app's writes and a folder conversion apart, so neither undoes the other. Saves and other
 * writes share the gate: they never wait for each other (a snapshot being folded or an index shard
 * being written never holds a save back). A conversion is exclusive: it waits for the writes under way,
 * and writes asked for meanwhile wait for it, then read the phase it left.
 */
export class WriteGate {
  private running = 0;
  private drained: (() => void) | null = null;
  /** Set while a conversion waits or runs: writes wait for it. */
  private closed: Promise<void> | null = null;
  private reopen: (() => void) | null = null;
  private waiting = 0;
  private conversions: Promise<unknown> = Promise.resolve();
  /** Run before each conversion, once the writes under way are done (files held open are closed). */
  private readonly beforeConversion: (() => Promise<void>)[] = [];

  /** `hook` runs before every conversion, after the writes under way (a store's files held open are closed). */
  onConversion(hook: () => Promise<void>): void {
    this.beforeConversion.push(hook);
  }

  /** A write: runs at once unless a conversion is waiting or running. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.closed) await this.closed;
    this.running++;
    try {
      return await task();
    } finally {
      if (--this.running === 0) this.drained?.();
    }
  }

  /** A conversion: alone, after the writes under way; one at a time. Writes asked for from now on wait. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.waiting++;
    this.closed ??= new Promise<void>((resolve) => (this.reopen = resolve));
    const run = this.conversions.then(async () => {
      try {
        while (this.running > 0) await new Promise<void>((resolve) => (this.drained = resolve));
        for (const hook of this.beforeConversion) await hook();
        return await task();
      } finally {
        this.drained = null;
        if (--this.waiting === 0) {
          const reopen = this.reopen;
          this.closed = null;
          this.reopen = null;
          reopen?.();
        }
      }
    });
    this.conversions = run.catch(() => undefined);
    return run;
  }
}

/**
 * The FileStore decorator: core keeps speaking plain bytes; on disk each file is sealed with its path as
 * its identity. Plain files are read too, so a folder can be converted one atomic rewrite at a time.
 */
export function createEncryptedFileStore(inner: FileStore, control: SealControl, gate: WriteGate): FileStore {
  const unlocked = (): SealPhase => {
    const phase = control.phase();
    if (phase === 'locked') throw new DomainError('locked', LOCKED);
    return phase;
  };
  const decode = (path: string, bytes: Uint8Array): Uint8Array => openBytes(control, path, bytes);
  // A conversion renames a sealed (or opened) form over each file, outside this store: none may be held open then.
  if (inner.releaseHeld) gate.onConversion(() => inner.releaseHeld!());

  return {
    async read(path) {
      unlocked();
      const bytes = await inner.read(path);
      if (bytes === null) return null;
      return isLog(path) ? openLogLines(control, path, bytes) : decode(path, bytes);
    },
    ...(inner.readLogChunks
      ? {
          async readLogChunks(path: string) {
            unlocked();
            const chunks = await inner.readLogChunks!(path);
            if (!chunks) return null;
            // The file is read as it was when opened, so it is opened with the phase and key of that moment:
            // turning encryption off may finish between two chunks, and drop the key the rest still needs.
            let phase: SealPhase;
            try {
              phase = unlocked(); // locked while it was opened: let go of it
            } catch (error) {
              chunks.close();
              throw error;
            }
            const key = control.key();
            const asOpened: SealControl = { phase: () => phase, key: () => key, noticeSealed: (p) => control.noticeSealed?.(p) };
            return openLogChunks(asOpened, path, chunks, unlocked);
          },
        }
      : {}),
    async append(path, bytes) {
      await gate.run(async () => {
        const key = unlocked() === 'sealing' ? control.key() : null;
        const out = key && isLog(path) ? sealLogLines(key, path, bytes) : bytes;
        await (inner.append ? inner.append(path, out) : inner.write(path, joined((await inner.read(path)) ?? new Uint8Array(), out)));
      });
    },
    async write(path, bytes) {
      // The phase is read inside the gate: a conversion that just finished decides how this file is written.
      await gate.run(async () => {
        const key = unlocked() === 'sealing' && !isDeviceRecordPath(path) ? control.key() : null;
        // A change log stays sealed row by row, as its appends are (rewriteLog is how the core rewrites one).
        await inner.write(path, !key ? bytes : isLog(path) ? sealLogLines(key, path, bytes) : seal(key, path, bytes));
      });
    },
    async rewriteLog(path, edit) {
      // On the rows as stored: a row sealed under a key not here is kept as it is, never as the stand-in it reads as.
      await gate.run(async () => {
        const key = unlocked() === 'sealing' ? control.key() : null;
        const head = edit.head === undefined ? undefined : key ? sealLogRow(key, path, edit.head) : edit.head;
        await rewriteLog(inner, path, { ...edit, head });
      });
    },
    async recoverLog(path) {
      unlocked();
      const bytes = await inner.read(path);
      return bytes && isLog(path) ? openWholeSealedLog(control.key(), path, bytes) : null;
    },
    async size(path) {
      unlocked();
      return inner.size ? inner.size(path) : null;
    },
    async list(dir) {
      unlocked();
      return inner.list(dir);
    },
    releaseHeld: () => inner.releaseHeld?.() ?? Promise.resolve(),
    async move(from, to) {
      unlocked();
      await gate.run(() => inner.move(from, to));
    },
    async backups(path) {
      unlocked();
      return inner.backups(path);
    },
    async readBackup(path, id) {
      unlocked();
      return decode(path, await inner.readBackup(path, id));
    },
  };
}

/** The plain bytes of one file as stored, for the path it is read at. Throws damaged with a plain reason. */
export function openBytes(control: SealControl, path: string, bytes: Uint8Array): Uint8Array {
  const phase = control.phase();
  if (phase === 'locked') throw new DomainError('locked', LOCKED);
  const key = control.key();
  if (isSealed(bytes)) {
    if (phase === 'plain' || !key) {
      if (phase === 'plain') control.noticeSealed?.(path);
      throw unreadable(path, 'it is encrypted, but this data folder has no keyring.json to open it with');
    }
    try {
      return openSealed(key, path, bytes);
    } catch (e) {
      throw unreadable(path, e instanceof SealError ? e.reason : 'it could not be decrypted');
    }
  }
  // Plain Mend files always begin with "{"; anything else while sealing is a sealed file with a damaged start.
  if (phase !== 'plain' && bytes.length > 0 && bytes[0] !== OPEN_BRACE) {
    throw unreadable(path, 'it is neither a sealed nor a plain Mend file (its first bytes were changed)');
  }
  return bytes;
}

/**
 * Change logs are sealed line by line, so a sealed save is still one append: each line becomes the
 * "MENDSEAL:" and the base64 of a sealed block (sealed-log-rows.ts), so a sealed log starts with the
 * seal's magic like every sealed file.
 */
const isLog = (path: string): boolean => path.endsWith('.log');

export function sealLogLines(key: DataKey, path: string, plain: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(plain);
  const rows = text.split('\n');
  const torn = rows.pop()!; // after the last newline: a row still arriving stays torn (no newline of its own)
  const sealed = rows.filter((row) => row.length > 0).map((row) => `${sealLogRow(key, path, row)}\n`);
  if (torn.length > 0) sealed.push(sealLogRow(key, path, torn));
  return new TextEncoder().encode(sealed.join(''));
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

const unreadable = (path: string, reason: string): DomainError => damagedFileError(path, new UnreadableFileError(reason));
