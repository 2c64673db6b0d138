import { readFile, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { errorCode, nodeFs } from './storage/fs-seam';
import { writeDurably } from './storage/durable-write';
import { reasonFor } from './storage/storage-errors';

/**
 * The folder this computer keeps its journal in, when the person chose one in Settings. In Electron's
 * user-data, never in the data folder: each computer has its own path to the same synced folder.
 */
export const FOLDER_CHOICE_FILE = 'data-folder.json';

export interface SavedFolderChoice {
  /** The folder to open (absolute). */
  folder: string;
  /**
   * Set while a move is not finished: the folder to copy the journal from, at the next start, before
   * `folder` is opened. Cleared only once the copy is whole and checked, so a crash part-way means
   * the copy is simply made again (the old folder is never changed).
   */
  moveFrom?: string;
}

const defaultWarn = (message: string) => process.emitWarning(message, 'MendSettingsWarning');

function parse(raw: unknown): SavedFolderChoice | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { folder, moveFrom } = raw as { folder?: unknown; moveFrom?: unknown };
  if (typeof folder !== 'string' || !isAbsolute(folder)) return null;
  if (moveFrom !== undefined && (typeof moveFrom !== 'string' || !isAbsolute(moveFrom))) return null;
  return moveFrom === undefined ? { folder } : { folder, moveFrom };
}

/**
 * The saved choice; null when none was made. A file that is damaged or not ours is reported (no path
 * in the warning: a path may name a person's folders) and read as no choice: Mend's own folder opens,
 * and Settings shows which folder that is.
 */
export async function readFolderChoice(userDataDir: string, warn: (m: string) => void = defaultWarn): Promise<SavedFolderChoice | null> {
  let text: string;
  try {
    text = await readFile(join(userDataDir, FOLDER_CHOICE_FILE), 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') warn(`Could not read ${FOLDER_CHOICE_FILE} (${reasonFor(error)}); Mend opens its own folder.`);
    return null;
  }
  let choice: SavedFolderChoice | null = null;
  try {
    choice = parse(JSON.parse(text));
  } catch {
    // Reported just below, as a file not in the expected form.
  }
  if (choice === null) warn(`${FOLDER_CHOICE_FILE} is not in the expected form; Mend opens its own folder.`);
  return choice;
}

/** Saves the choice durably (temp file, fsync, rename, fsync of the folder): a crash leaves the old or the new, whole. */
export async function saveFolderChoice(userDataDir: string, choice: SavedFolderChoice): Promise<void> {
  const body = `${JSON.stringify({ mend: 'data-folder', version: 1, ...choice }, null, 2)}\n`;
  await writeDurably(nodeFs, join(userDataDir, FOLDER_CHOICE_FILE), new TextEncoder().encode(body), async () => undefined);
}

/** Back to Mend's own folder (user-data's journals). */
export async function forgetFolderChoice(userDataDir: string): Promise<void> {
  await rm(join(userDataDir, FOLDER_CHOICE_FILE), { force: true });
}
