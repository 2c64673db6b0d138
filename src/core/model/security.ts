/**
 * What the app says about encryption at rest and the lock. Shared by core (which enforces it) and the
 * renderer (which explains it), so the limits shown beside a field are the limits applied.
 */
export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_TOO_SHORT = `Use at least ${PASSPHRASE_MIN} characters (not counting spaces at the ends). A short sentence works well.`;
/** The rule a new passphrase is held to, by the core and, before anything is sent, by the form. */
export const tooShortPassphrase = (p: string): boolean => p.trim().length < PASSPHRASE_MIN;
/** Long enough for any sentence, short enough to bound the key derivation. */
export const PASSPHRASE_MAX = 1_000;
export const IDLE_MINUTES_DEFAULT = 10;
export const IDLE_MINUTES_MAX = 240;
/** The idle times offered in Settings. */
export const IDLE_CHOICES = [2, 5, 10, 15, 30, 60] as const;

export interface SecurityStatus {
  /** False only where no vault was wired in (some tests); the app always has one. */
  available: boolean;
  /** A passphrase protects this data folder. */
  encrypted: boolean;
  /** Journals cannot be read until the passphrase (or recovery key) is entered. */
  locked: boolean;
  idleMinutes: number;
  /** After repeated wrong passphrases: seconds before the next try is accepted (0 = now). */
  retryAfterSeconds: number;
  /** Set while locked because another computer on this folder turned encryption on or changed its passphrase. */
  lockedBecause?: LockedElsewhere;
  /**
   * Set while encryption is off but this many files still hold words sealed with the passphrase from
   * before it was turned off (on another computer, while this one had not noticed): `security:unlock`
   * with that old passphrase brings them back. A count of files only, never what they hold.
   */
  sealedLeftovers?: number;
  /** Names which files wait, and how many of their rows (never what they hold): Home's "Hide from Home" keeps to it. */
  sealedLeftoversMark?: string;
}

export type LockedElsewhere = 'encrypted-elsewhere' | 'passphrase-changed-elsewhere';

/**
 * How the folder's keyring differs from the one this computer read last (another computer changed it in
 * a synced folder): encryption turned on or off, a new passphrase, a new data key (turned off and on
 * again), or only its settings (the idle time, a conversion under way).
 */
export type KeyringChange = 'turned-on' | 'turned-off' | 'new-passphrase' | 'new-key' | 'settings';
