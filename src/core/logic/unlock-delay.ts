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
