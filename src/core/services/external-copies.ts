import type { ExternalCopy } from '../model/external-copies';

/**
 * The list of copies Mend wrote outside the data folder, kept by main in this computer's user-data.
 * Optional in core: without one (tests, tools) nothing is remembered and the list is empty.
 */
export interface CopiesLedger {
  /** Remembers a copy. Never throws: an export that was written stands even if it cannot be listed. */
  record(copy: Omit<ExternalCopy, 'id' | 'exists'>): Promise<void>;
  /** Every remembered copy, newest first, each checked for whether its file is still there. */
  list(): Promise<ExternalCopy[]>;
  /** Drops one entry from the list (the file itself is left alone). */
  forget(id: string): Promise<void>;
}
