import type { FileStore } from '../store/file-store';
import type { UnlockThrottle } from '../logic/unlock-delay';
import type { KeyringChange } from '../model/security';

export type { KeyringChange };

/** How far a conversion is: files done of all. Called between files; it must not throw. */
export type ConvertProgress = (done: number, total: number) => void;


export interface VaultState {
  /** A passphrase protects this data folder (files are, or are being, sealed). */
  encrypted: boolean;
  /** The data key is not in memory: no journal can be read until an unlock. */
  locked: boolean;
  /** Minutes without a key press or pointer move before the window locks itself. */
  idleMinutes: number;
  /**
   * Encryption is off, yet this many files still hold words sealed under the key it had before it went
   * off elsewhere (written by a computer that had not noticed yet): `unlock` with the old passphrase
   * opens them. Absent when there are none, or the vault does not look.
   */
  sealedLeftovers?: number;
  /** Names which files wait, and how many of their rows (never what they hold): Home's "Hide from Home" keeps to it. */
  sealedLeftoversMark?: string;
}

/**
 * Encryption at rest as core sees it. The crypto lives in main (node:crypto) behind this port, so core
 * stays free of Node and services never change: `protect` wraps the storage port, and everything else
 * only turns the key on and off. Every method throws DomainError with a message fit to show; none ever
 * puts a passphrase, a key or journal text into an error.
 */
export interface Vault {
  /** The storage port with sealing added: plain bytes to core, sealed bytes on disk while encrypted. */
  protect(files: FileStore): FileStore;
  state(): Promise<VaultState>;
  /**
   * Takes the passphrase or the recovery key. A wrong one throws invalid-input (field `passphrase`)
   * and touches nothing. Finishes a conversion a crash interrupted. With encryption off, opens back to
   * plain what is still sealed under the last key (written here after encryption went off elsewhere),
   * if `secret` opened that key; a secret that does not fit is refused only when something is left.
   */
  unlock(secret: string, onProgress?: ConvertProgress): Promise<void>;
  /** Forgets the data key. */
  lock(): void;
  /** A fresh recovery key to show the person; nothing is written. */
  draftRecoveryKey(): string;
  /**
   * Seals every file under a new data key, opened by `passphrase` and by `recoveryKey` (one drafted
   * above and already shown, so a failure part way never leaves a folder the person has no key for).
   */
  enable(passphrase: string, recoveryKey: string, onProgress?: ConvertProgress): Promise<void>;
  /**
   * Checks the passphrase (or recovery key), then opens every file back to plain JSON. Sealed files the
   * key cannot open are refused (conflict, naming them; nothing changes) unless `setAside`, which moves
   * them into damaged/ with a copy of the key file first. The keyring is never removed while one is left.
   */
  disable(secret: string, options?: { setAside?: boolean; onProgress?: ConvertProgress }): Promise<void>;
  /** Re-wraps the data key under a new passphrase in one atomic write; no journal is rewritten. */
  changePassphrase(current: string, next: string): Promise<void>;
  setIdleMinutes(minutes: number): Promise<void>;
  /**
   * Reads the keyring again and adopts it. After 'turned-on', 'new-passphrase' or 'new-key' the key is
   * gone (locked), and the next unlock seals what this computer wrote plain meanwhile. After
   * 'turned-off', what this computer sealed meanwhile is opened back to plain with the key it still held.
   * Null when nothing changed, or the file cannot be read yet (a sync tool mid-transfer: looked at again
   * next time). Optional: a vault without it never notices.
   */
  refresh?(): Promise<KeyringChange | null>;
  /**
   * The wait after wrong passphrases, kept on this computer (never in the data folder) so a restart
   * does not reset it. Optional: a vault without it keeps the wait in memory only. Never throws.
   */
  loadThrottle?(): Promise<UnlockThrottle>;
  /** Saves the wait; a failure to save is reported by the vault, not thrown. */
  saveThrottle?(throttle: UnlockThrottle): Promise<void>;
}
