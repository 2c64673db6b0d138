/**
 * How long Mend waits before it accepts another passphrase after `failures` wrong ones in a row.
 * Two slips are free (typos happen); after that the wait doubles from one second, capped at a minute,
 * so guessing through the window is slow while a person who mistyped is barely held up.
 */
export const FREE_FAILURES = 2;
export const MAX_UNLOCK_DELAY_MS = 60_000;

export function unlockDelayMs(failures: number): number {
  if (!Number.isFinite(failures) || failures <= FREE_FAILURES) return 0;
  const exponent = Math.min(failures - FREE_FAILURES - 1, 16);
  return Math.min(1000 * 2 ** exponent, MAX_UNLOCK_DELAY_MS);
}

/** Whole seconds left before `notBefore`, rounded up so "0 seconds" is never shown while waiting. */
export function secondsUntil(notBefore: number, now: number): number {
  return notBefore > now ? Math.ceil((notBefore - now) / 1000) : 0;
}

/** The wait after wrong passphrases: how many in a row, and the earliest next try (ms since 1970). */
export interface UnlockThrottle {
  failures: number;
  notBefore: number;
}

export const NO_THROTTLE: UnlockThrottle = Object.freeze({ failures: 0, notBefore: 0 });

/**
 * A throttle read back after a restart. A clock set back (or an edited file) could put the next try
 * years away; no wait is ever longer than the longest one Mend asks for.
 */
export function clampThrottle(saved: UnlockThrottle, now: number): UnlockThrottle {
  const failures = Number.isSafeInteger(saved.failures) && saved.failures > 0 ? saved.failures : 0;
  const notBefore = Number.isFinite(saved.notBefore) ? Math.min(saved.notBefore, now + MAX_UNLOCK_DELAY_MS) : 0;
  return { failures, notBefore };
}
