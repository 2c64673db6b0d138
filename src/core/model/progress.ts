/** The long operations that report how far they are. */
export const WORK_KINDS = ['encrypt', 'decrypt', 'finish-encryption', 'import-check', 'import', 'search-index'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/**
 * How far one long operation is, as the window shows it. `what` is a short calm phrase written by
 * Mend itself: never a name, never journal text, so it is safe to show, log or send anywhere.
 */
export interface WorkProgress {
  kind: WorkKind;
  done: number;
  total: number;
  what: string;
  /** Stopping now leaves everything as it was before the operation started (or rebuilds it later). */
  cancellable: boolean;
}
