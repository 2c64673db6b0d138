import type { BackupSettings } from '../model/backup-settings';
import type { ConfirmRequest } from './confirm';

/**
 * Spellcheck on this computer. `downloadsDictionaries` is true where turning it on makes Chromium
 * fetch dictionaries from Google's servers (Linux); elsewhere the system's own spellchecker is used.
 */
export interface SpellingChoice {
  enabled: boolean;
  downloadsDictionaries: boolean;
}

/**
 * What a folder the person picked for their journal holds, as main judged it before anything is written:
 * `same` the folder in use; `inside` it holds the folder in use or lies inside it; `journal` a Mend
 * journal (another computer's, through a sync tool, or an earlier one); `empty` nothing but a sync
 * tool's or the system's own small files; `other` other files; `newer` a journal a newer Mend set up;
 * `unusable` one Mend cannot read or write (`reason` says why, in plain words).
 */
export type FolderLook =
  | { look: 'same' | 'inside' | 'empty' | 'other' | 'newer' }
  /** `known`: this computer has written in that journal before (a folder it moved from, or used and left). */
  | { look: 'journal'; known?: boolean }
  | { look: 'unusable'; reason: string };

/**
 * Choosing where this computer keeps its journal (Settings → Your data). Main's own: the choice is
 * kept in user-data and takes effect as Mend restarts, so no core ever runs on two folders.
 */
export interface FolderChooser {
  /** True when the folder was set at start (the MEND_DATA_DIR setting): it cannot be changed from Settings then. */
  readonly setAtStart: boolean;
  /** The system's folder picker; null when the person cancels. */
  choose(): Promise<string | null>;
  /** What the picked folder holds (read only, nothing written). */
  look(folder: string): Promise<FolderLook>;
  /**
   * Keeps the choice for this computer, then restarts Mend (after the usual quit: what the page
   * holds is saved first). `move`: the journal is copied there first, at the restart, and the copy
   * checked; this folder is left as it is. `open`: the journal already there is opened.
   */
  use(folder: string, how: 'move' | 'open'): Promise<void>;
}

/**
 * What core needs from the machine it runs on, beyond storage. Electron's main process provides the
 * real one; the end-to-end harness provides a recording one.
 */
export interface Platform {
  /** Opens an http(s) or mailto link in the system browser. Rejects any other scheme. */
  openExternal(url: string): Promise<void>;
  /** The data folder, shown in Settings. */
  readonly dataFolder: string;
  /** Choosing another data folder; absent where there is no desktop to restart (unit tests, the bench). */
  readonly folders?: FolderChooser;
  /**
   * A desktop notification (reminders). Must never throw. `open` is the app route a click on it
   * opens (e.g. '/r/<id>'), when there is one.
   */
  notify(title: string, body: string, open?: string): void;
  /** Asks the person which folder an export goes to; null when they cancel. */
  chooseExportFolder(): Promise<string | null>;
  /** Asks the person which backup file to import; null when they cancel. */
  chooseImportFile(): Promise<string | null>;
  /**
   * Writes a new file named `name` (a plain file name) in `folder`, durably. Never replaces a file:
   * when the name is taken it uses "name (2)", "name (3)"… Resolves with the full path written.
   * Fails with a DomainError naming the folder and the reason (read-only, disk full, missing).
   */
  writeExternalFile(folder: string, name: string, bytes: Uint8Array): Promise<string>;
  /** Reads a file the person picked; fails with a DomainError naming it (missing, unreadable, too large). */
  readExternalFile(path: string): Promise<Uint8Array>;
  /** How many earlier versions of each journal to keep; the defaults when never set or unreadable. */
  readBackupSettings(): Promise<BackupSettings>;
  /** Saves that choice durably; the storage reads it when Mend next opens the folder. */
  saveBackupSettings(settings: BackupSettings): Promise<void>;
  /**
   * Asks the person, outside the page (main: a native dialog), before something dangerous: opening
   * a link, encryption on or off, deleting a person, importing. Resolves true only on "go ahead".
   */
  confirm(request: ConfirmRequest): Promise<boolean>;
  /** Whether spellcheck is on for this computer (kept outside the data folder: it must not sync). */
  readSpelling(): Promise<SpellingChoice>;
  /** Saves that choice durably and applies it now. */
  saveSpelling(enabled: boolean): Promise<void>;
}
