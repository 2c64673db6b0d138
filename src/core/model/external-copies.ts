/** What kind of file an export wrote outside the data folder. */
export type CopyKind = 'markdown' | 'backup';

/**
 * A file Mend wrote outside the data folder (a Markdown export, a JSON backup). Such files are never
 * encrypted, so Settings lists them. The list lives in this computer's user-data, never in the data
 * folder: it names people.
 */
export interface ExternalCopy {
  id: string;
  /** Full path of the file as written. */
  path: string;
  kind: CopyKind;
  /** When it was written (ISO). */
  at: string;
  /** The people whose journals it holds, by name. */
  people: string[];
  /** Whether the file is still there (checked each time the list is read). */
  exists: boolean;
}

/** The newest this many copies are remembered; older entries drop off the list. */
export const COPIES_REMEMBERED = 200;
