/**
 * How a change-log row that could not be opened reads once the vault has looked at it: "#" and a reason
 * (damaged), or "?" and a reason (sealed under a key this computer does not hold; read again once it
 * does). The reasons are these fixed words, so the log reader can tell them from a row that merely
 * starts with "#" or "?" in a plain folder (a hand-edited file), whose text it must never repeat.
 */
export const UNOPENED_DAMAGED = '#it could not be decrypted';
export const UNOPENED_NO_KEY = '?it is encrypted, but this data folder has no keyring.json to open it with';

const FIXED = new Set([UNOPENED_DAMAGED.slice(1), UNOPENED_NO_KEY.slice(1)]);

/** The reason an unopened row gives, when it is one of the vault's own; otherwise a plain one. */
export const unopenedReason = (said: string): string => (FIXED.has(said) ? said : 'it could not be read');
