/**
 * The few IPC channel names main and the preload share. Every feature travels inside INVOKE as
 * (channel, input); the flush pair lets main ask the page to save before a window closes.
 */
export const IPC = {
  /** renderer → main, answered: one call of the contract. */
  INVOKE: 'mend:invoke',
  /** main → renderer: "save everything typed now", with a request id. */
  FLUSH_REQUEST: 'mend:flush-request',
  /** renderer → main: the FlushReport for that id (counts and text-free labels only). */
  FLUSH_REPORT: 'mend:flush-report',
  /** main → renderer: news by kind, with a text-free payload (see MendEvents in bridge.ts). */
  EVENT: 'mend:event',
} as const;
