import * as path from 'node:path';
import { DomainError } from '../../core/errors';
import { IDLE_MINUTES_DEFAULT } from '../../core/model/security';
import { WRONG_SECRET } from '../../core/services/security';
import type { ConvertProgress, KeyringChange, Vault, VaultState } from '../../core/services/vault';
import { convertFolder, STILL_SEALED_PREFIX, type Direction } from './convert-folder';
import { findHeldWhole, findUnopenable, heldWholeError, setAsideSealed, stillSealedError } from './still-sealed';
import { writeDurably } from './durable-write';
import { createEncryptedFileStore, WriteGate, type SealControl, type SealPhase } from './encrypted-file-store';
import { nodeFs, type FsSeam } from './fs-seam';
import { DEFAULT_KDF, encodeKeyring, hex, isAllowedKdf, KEYRING_FILE, KEYRING_NEWER, KEYRING_NEWER_MESSAGE, newDataKey, unwrapKey, wrapKey, type KdfParams, type Keyring } from './keyring';
import { createKeyringFile, type Loaded } from './keyring-file';
import { trackLeftovers } from './sealed-leftovers';
import { newRecoveryKey, normalizeRecoveryKey } from './recovery-key';
import type { DataKey } from './sealed-file';
import { createThrottleFile } from './unlock-throttle-file';
import { NO_THROTTLE } from '../../core/logic/unlock-delay';

export interface NodeVaultOptions {
  /** Key derivation cost. Tests lower it; the app always uses DEFAULT_KDF. */
  kdf?: KdfParams;
  fs?: FsSeam;
  /**
   * This computer's own folder (Electron's userData), for what must not travel with a synced data
   * folder: the wait after wrong passphrases. Default: the folder holding the data folder, which is
   * userData for the default data folder; main passes userData so a data folder kept elsewhere
   * (MEND_DATA_DIR) never gets it.
   */
  userDataDir?: string;
  /** Where problems that are not worth failing for are reported; defaults to a process warning. */
  warn?: (message: string) => void;
}


const WRONG = 'That passphrase does not open this journal. Check Caps Lock and try again, or use your recovery key.';

const LEFTOVERS_DAMAGED =
  'Your old passphrase is right, and what could be opened is back in your journal. A little could not be opened: that part of a file is damaged. Mend keeps it as it is. Home can stop asking: choose Hide from Home there.';
const LEFTOVERS_FIRST = 'Some of your words are still locked with your old passphrase. Bring them back first (Home shows how), then turn encryption on.';

/** For words still locked after encryption went off elsewhere: the passphrase asked for is the one from before. */
const WRONG_OLD = 'That is not the passphrase these words were locked with. Try the one you used before encryption was turned off, or the recovery key from then.';

/**
 * Encryption at rest for one data folder, with node:crypto. The key is derived once per unlock and
 * kept in memory until lock; a save only costs one AES-GCM pass. See keyring.ts and sealed-file.ts.
 */
export function createNodeVault(root: string, options: NodeVaultOptions = {}): Vault {
  const fs = options.fs ?? nodeFs;
  const kdf = options.kdf ?? DEFAULT_KDF;
  if (!isAllowedKdf(kdf)) throw new Error('createNodeVault: key-derivation parameters outside the set Mend reads back.');
  const keyrings = createKeyringFile(fs, root);
  const userDir = options.userDataDir ?? path.dirname(path.resolve(root));
  const warn = options.warn ?? ((message: string) => process.emitWarning(message, 'MendStorageWarning'));
  const throttles = createThrottleFile(fs, userDir, warn);
  /** In user-data: "seal what this computer wrote plain" survives a restart before the next unlock. */
  const resealMark = (keyId: string): string => path.join(userDir, `mend-reseal-${keyId}.flag`);
  const gate = new WriteGate();
  let loaded: Loaded | null = null;
  let key: DataKey | null = null;
  /** The keyring changed elsewhere while this computer wrote plain (or under another key): seal at unlock. */
  let resealDue = false;
  /**
   * Data keys this computer held when the folder's key was replaced elsewhere (off and on again): lines
   * it sealed with one before it noticed are sealed again under the new key at the next unlock, else
   * nobody could read them. Memory only, never written: gone on quit (the lines then stay as they are,
   * and keyring.previous.json with the old passphrase still opens them).
   */
  let formerKeys: DataKey[] = [];
  /** Files still sealed under the key from before encryption went off elsewhere (see openLeftovers). */
  const leftovers = trackLeftovers(fs, root, async () => {
    const kept = await keyrings.readPrevious();
    return kept.kind === 'ok' ? kept.keyring.keyId : null;
  }, warn);

  const control: SealControl = {
    phase(): SealPhase {
      if (loaded === null || loaded.kind === 'damaged') return 'locked';
      if (loaded.kind === 'none') return 'plain';
      if (!key) return 'locked';
      return loaded.keyring.converting === 'open' ? 'opening' : 'sealing';
    },
    key: () => key,
    noticeSealed: (rel) => {
      if (loaded?.kind === 'none') leftovers.notice(rel);
    },
  };

  async function load(): Promise<Loaded> {
    if (loaded) return loaded;
    return (loaded = await readKeyring());
  }

  /** The keyring as it is on disk now (what `loaded` caches; refresh compares the two). */
  const readKeyring = (): Promise<Loaded> => keyrings.read();

  async function current(): Promise<Keyring> {
    const state = await load();
    if (state.kind === 'ok') return state.keyring;
    if (state.kind === 'none') throw new DomainError('conflict', 'Encryption is off for this data folder.');
    if (state.reason === KEYRING_NEWER) {
      throw new DomainError('conflict', KEYRING_NEWER_MESSAGE, { file: KEYRING_FILE, reason: state.reason });
    }
    throw new DomainError(
      'damaged',
      `Mend could not read ${KEYRING_FILE}: ${state.reason}. Without it the encrypted files cannot be opened. The file has been left exactly as it is.`,
      { file: KEYRING_FILE, reason: state.reason },
    );
  }

  /**
   * Every keyring write compares first: never over a keyring this computer has not loaded (another
   * computer's passphrase change or new key). Then refused, `loaded` is left as it is, so the next
   * refresh adopts the newer keyring. The one replaced is kept beside it (keyring-file.ts).
   */
  async function saveKeyring(keyring: Keyring): Promise<void> {
    loaded = await keyrings.replace(await load(), keyring);
  }

  async function removeKeyring(): Promise<void> {
    loaded = await keyrings.replace(await load(), null);
    key = null;
  }

  /** The data key `secret` opens: the passphrase slot first, then the recovery slot if it looks like one. */
  async function verify(keyring: Keyring, secret: string): Promise<DataKey> {
    const byPassphrase = await unwrapKey(keyring, 'passphrase', secret);
    if (byPassphrase) return byPassphrase;
    const recovery = normalizeRecoveryKey(secret);
    const byRecovery = recovery ? await unwrapKey(keyring, 'recovery', recovery) : null;
    if (byRecovery) return byRecovery;
    throw new DomainError('invalid-input', WRONG, { field: 'passphrase', reason: WRONG_SECRET });
  }

  /** Finishes a conversion; the keyring records it until every file is done, so a crash resumes it. */
  async function finish(direction: Direction, onProgress?: ConvertProgress): Promise<void> {
    if (!key) return;
    const dataKey = key;
    const report = await gate.exclusive(() => convertFolder(fs, root, dataKey, direction, onProgress, direction === 'seal' ? formerKeys : []));
    if (direction === 'open') {
      // Never drop the key while a file still needs it; the keyring keeps 'open' so a retry resumes.
      const left = report.leftAsIs.filter((rel) => !rel.startsWith(STILL_SEALED_PREFIX));
      if (left.length > 0) throw stillSealedError(left);
      return removeKeyring();
    }
    await saveKeyring({ ...(await current()), converting: null });
  }

  /** After encryption went on elsewhere: this computer's plain lines and files are sealed with the key just unlocked. */
  async function sealWhatWasWrittenPlain(onProgress?: ConvertProgress): Promise<void> {
    const dataKey = key;
    if (!dataKey) return;
    await gate.exclusive(() => convertFolder(fs, root, dataKey, 'seal', onProgress, formerKeys));
    resealDue = false;
    formerKeys = [];
    const state = await load();
    if (state.kind === 'ok') await fs.unlink(resealMark(state.keyring.keyId)).catch(() => undefined);
  }

  /**
   * After encryption went off elsewhere: what this computer sealed since that computer opened the folder
   * is opened back to plain with the key still in memory (reads open sealed files meanwhile), so no line
   * is left that nobody can read. Files it cannot open are left exactly as they are.
   */
  async function openWhatWasSealed(before: Loaded): Promise<void> {
    const dataKey = key;
    if (dataKey && before.kind === 'ok') {
      loaded = { kind: 'ok', keyring: { ...before.keyring, converting: 'open' } };
      try {
        await gate.exclusive(() => convertFolder(fs, root, dataKey, 'open'));
      } finally {
        loaded = { kind: 'none' };
      }
    }
    key = null;
    resealDue = false;
    // With the key gone (this computer was locked) what it sealed meanwhile is left: counted at the next status.
    leftovers.forget();
  }

  /**
   * Encryption is off, yet lines or files sealed under the last key may be left: written by this
   * computer after another turned encryption off, while this one sat locked or had quit (the key was
   * not in memory to open them). The keyring kept beside the folder's (keyring-file.ts) and the
   * passphrase (or recovery key) that opened it open them back to plain. A secret that does not fit is
   * refused only when something is left to open; otherwise there is nothing to unlock.
   */
  async function openLeftovers(secret: string, onProgress?: ConvertProgress): Promise<void> {
    const kept = await keyrings.readPrevious().catch(() => null);
    if (kept?.kind !== 'ok') return;
    let oldKey: DataKey;
    try {
      oldKey = await verify(kept.keyring, secret);
    } catch (error) {
      if ((await leftovers.count()) === 0) return;
      throw error instanceof DomainError && error.detail?.reason === WRONG_SECRET ? new DomainError('invalid-input', WRONG_OLD, error.detail) : error;
    }
    const report = await gate.exclusive(() => convertFolder(fs, root, oldKey, 'open', onProgress));
    // What the old key opens is plain now. A file it could not open (damaged) is still counted, and
    // the person is told so rather than that everything came back.
    if (report.leftAsIs.length === 0) return leftovers.clear();
    leftovers.forget();
    if ((await leftovers.count()) > 0) throw new DomainError('damaged', LEFTOVERS_DAMAGED);
  }

  return {
    protect: (files) => createEncryptedFileStore(files, control, gate),

    async state(): Promise<VaultState> {
      const state = await load();
      const idleMinutes = state.kind === 'ok' ? state.keyring.idleMinutes : IDLE_MINUTES_DEFAULT;
      const sealedLeftovers = state.kind === 'none' ? leftovers.peek() : 0;
      return {
        encrypted: state.kind !== 'none',
        locked: control.phase() === 'locked',
        idleMinutes,
        ...(sealedLeftovers > 0 ? { sealedLeftovers, sealedLeftoversMark: leftovers.mark() } : {}),
      };
    },

    async unlock(secret, onProgress) {
      if ((await load()).kind === 'none') return openLeftovers(secret, onProgress);
      const keyring = await current();
      key = await verify(keyring, secret);
      resealDue ||= await fs.readFile(resealMark(keyring.keyId)).then(() => true, () => false);
      if (!keyring.converting && !resealDue) return;
      try {
        if (keyring.converting) await finish(keyring.converting, onProgress);
        else await sealWhatWasWrittenPlain(onProgress);
      } catch (error) {
        key = null; // stay locked, so the next unlock tries the conversion again
        throw error;
      }
    },

    lock() {
      key = null;
    },

    draftRecoveryKey: () => newRecoveryKey(),

    async enable(passphrase, recoveryKey, onProgress) {
      if ((await load()).kind !== 'none') throw new DomainError('conflict', 'Encryption is already on for this data folder.');
      // Sealed anew, the words still locked with the old passphrase would be out of its reach for good.
      if ((await leftovers.count()) > 0) throw new DomainError('conflict', LEFTOVERS_FIRST);
      const recovery = normalizeRecoveryKey(recoveryKey);
      if (!recovery) throw new DomainError('invalid-input', 'That is not a recovery key Mend made.');
      const dataKey = newDataKey();
      const keyring: Keyring = {
        mend: 'keyring',
        version: 1,
        keyId: hex(dataKey.id),
        kdf: { name: 'scrypt', ...kdf },
        passphrase: await wrapKey(dataKey, 'passphrase', passphrase, kdf),
        recovery: await wrapKey(dataKey, 'recovery', recovery, kdf),
        idleMinutes: IDLE_MINUTES_DEFAULT,
        converting: 'seal',
      };
      // The keyring lands first: from then on every file, sealed or not yet, can be read.
      await saveKeyring(keyring);
      key = dataKey;
      await finish('seal', onProgress);
    },

    async disable(secret, options = {}) {
      const keyring = await current();
      key = await verify(keyring, secret);
      // Before anything else, set aside or not: such a log holds words no other file does.
      const heldWhole = await findHeldWhole(fs, root);
      if (heldWhole.length > 0) throw heldWholeError(heldWhole);
      const unopenable = await findUnopenable(fs, root, key);
      if (unopenable.length > 0 && !options.setAside) throw stillSealedError(unopenable);
      if (unopenable.length > 0) await setAsideSealed(fs, root, unopenable, encodeKeyring(keyring), new Date());
      await saveKeyring({ ...keyring, converting: 'open' });
      await finish('open', options.onProgress);
      leftovers.clear(); // every file the key opens is plain; any other sealed one was refused or set aside
    },

    async changePassphrase(currentSecret, next) {
      const keyring = await current();
      const dataKey = await verify(keyring, currentSecret);
      const passphrase = await wrapKey(dataKey, 'passphrase', next, keyring.kdf);
      await saveKeyring({ ...keyring, passphrase });
    },

    async setIdleMinutes(minutes) {
      await saveKeyring({ ...(await current()), idleMinutes: minutes });
    },

    async refresh() {
      const before = loaded;
      if (before === null) return null; // never read: there is nothing to compare with
      // Read aside: `loaded` stays as it is meanwhile, so saves in flight keep their phase.
      const after = await readKeyring().catch(() => before);
      // Cut short by a sync tool, most likely: looked at again next time.
      if (after.kind === 'damaged' || loaded !== before) return null;
      loaded = after;
      if (after.kind === 'none') await leftovers.recheck();
      const change = before.kind === 'damaged' ? null : keyringChange(before, after);
      if (change === 'turned-off') await openWhatWasSealed(before);
      if (change === 'turned-on' || change === 'new-passphrase' || change === 'new-key') {
        if (change === 'new-key' && key) formerKeys.push(key);
        key = null;
        resealDue ||= change !== 'new-passphrase';
        if (resealDue && after.kind === 'ok') {
          await writeDurably(fs, resealMark(after.keyring.keyId), new Uint8Array(), async () => undefined).catch(() => warn('Could not note in user-data that this computer\'s files are to be sealed at the next unlock.'));
        }
      }
      return change;
    },

    async loadThrottle() {
      const state = await load().catch(() => null);
      return state?.kind === 'ok' ? throttles.load(state.keyring.keyId) : NO_THROTTLE;
    },

    async saveThrottle(throttle) {
      const state = await load().catch(() => null);
      if (state?.kind === 'ok') await throttles.save(state.keyring.keyId, throttle);
    },
  };
}

/** How the keyring on disk differs from the one read before (see KeyringChange). */
export function keyringChange(before: Loaded, after: Loaded): KeyringChange | null {
  if (before.kind !== 'ok' || after.kind !== 'ok') {
    if (before.kind === after.kind) return null;
    return after.kind === 'ok' ? 'turned-on' : after.kind === 'none' ? 'turned-off' : null;
  }
  const [a, b] = [before.keyring, after.keyring];
  if (a.keyId !== b.keyId) return 'new-key';
  if (a.passphrase.salt !== b.passphrase.salt || a.passphrase.key !== b.passphrase.key) return 'new-passphrase';
  return a.idleMinutes !== b.idleMinutes || a.converting !== b.converting ? 'settings' : null;
}
