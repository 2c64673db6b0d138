import { stat } from 'node:fs/promises';
import { forgetFolderChoice, readFolderChoice, saveFolderChoice, type SavedFolderChoice } from './data-folder-choice';
import { copyJournal, CopyMismatchError, FolderTakenError, markMoveDone } from './journal-copy';
import { resolveDataFolder } from './paths';
import { errorCode } from './storage/fs-seam';
import { reasonFor } from './storage/storage-errors';

type Env = Readonly<Record<string, string | undefined>>;

/** Why a folder cannot be opened as it is: not there (a drive not connected), or the system will not let Mend in. */
export type FolderTrouble = 'missing' | 'not-allowed';

export interface StartFolderDeps {
  env: Env;
  userDataDir: string;
  /** A chosen folder cannot be opened: try again, open Mend's own folder this time, or quit? */
  askMissing(folder: string, trouble: FolderTrouble): Promise<'retry' | 'own' | 'quit'>;
  /** A move could not finish; the journal opens where it was. `reason` is plain words, no journal text. */
  tellMoveFailed(from: string, to: string, reason: string): Promise<void>;
  warn?: (message: string) => void;
}

const defaultWarn = (message: string) => process.emitWarning(message, 'MendSettingsWarning');

/** Null when the folder is there; else why not. Only "not there" and "not allowed" are told apart. */
async function troubleWith(path: string): Promise<FolderTrouble | null> {
  try {
    return (await stat(path)).isDirectory() ? null : 'missing';
  } catch (error) {
    const code = errorCode(error);
    // macOS asks before an app may open Documents, Desktop, iCloud Drive or a removable drive.
    return code === 'EACCES' || code === 'EPERM' ? 'not-allowed' : 'missing';
  }
}

class FolderGoneError extends Error {
  constructor() {
    super('The folder is not there any more.');
  }
}

function whyNotCopied(error: unknown): string {
  if (error instanceof FolderGoneError || error instanceof FolderTakenError) return error.message;
  if (error instanceof CopyMismatchError) return 'A file did not copy correctly, so Mend did not open the copy.';
  return `Mend could not copy your journal there (${reasonFor(error)}).`;
}

/**
 * A chosen folder, once it can be opened; never created (an empty journal on a drive's mount point
 * would look like a lost one). Asked about while it cannot: "own" opens Mend's own folder for this
 * run only, so the choice is still there next time. Null: the person chose to quit.
 */
async function whenThere(deps: StartFolderDeps, folder: string, own: string): Promise<string | null> {
  for (;;) {
    const trouble = await troubleWith(folder);
    if (trouble === null) return folder;
    const answer = await deps.askMissing(folder, trouble);
    if (answer === 'quit') return null;
    if (answer === 'own') return own;
  }
}

/**
 * Finishes a move the person asked for: copy, check, note it as done, then open it. Anything short of
 * that leaves the journal where it was (it was only read) and says why; the choice goes back to that
 * folder, as best it can: a disk too full even for that must not keep Mend from opening, and the
 * next start then simply tries the move again.
 */
async function finishMove(deps: StartFolderDeps, folder: string, moveFrom: string, own: string): Promise<string | null> {
  const warn = deps.warn ?? defaultWarn;
  try {
    // Never created here: a drive unplugged since the choice would get a journal on its mount point.
    if ((await troubleWith(folder)) !== null) throw new FolderGoneError();
    await copyJournal(moveFrom, folder);
    // Noted before the mark goes: a crash in between leaves a journal with a stray mark (removed below,
    // at the next start), never a finished move whose copy is made again over what was written since.
    await saveFolderChoice(deps.userDataDir, { folder });
  } catch (error) {
    const back = moveFrom === own ? forgetFolderChoice(deps.userDataDir) : saveFolderChoice(deps.userDataDir, { folder: moveFrom });
    await back.catch(() => warn('Could not take the folder choice back; Mend tries the move again at its next start.'));
    await deps.tellMoveFailed(moveFrom, folder, whyNotCopied(error));
    return moveFrom === own ? own : whenThere(deps, moveFrom, own);
  }
  await markMoveDone(folder).catch(() => warn('A finished move left its mark in the new folder; Mend removes it at its next start.'));
  return folder;
}

/**
 * The folder Mend opens at this start: MEND_DATA_DIR when set (it wins over a choice, which waits,
 * untouched); else the folder chosen in Settings, after finishing a move to it; else Mend's own folder.
 * Null: the person chose to quit.
 */
export async function settleDataFolder(deps: StartFolderDeps): Promise<string | null> {
  const own = resolveDataFolder({}, deps.userDataDir);
  if (deps.env['MEND_DATA_DIR']?.trim()) return resolveDataFolder(deps.env, deps.userDataDir);
  const choice: SavedFolderChoice | null = await readFolderChoice(deps.userDataDir, deps.warn);
  if (choice === null) return own;
  if (choice.moveFrom !== undefined) return finishMove(deps, choice.folder, choice.moveFrom, own);
  const folder = await whenThere(deps, choice.folder, own);
  // A move noted as done whose mark a crash left behind (usually none: markMoveDone finds nothing to remove).
  if (folder === choice.folder) await markMoveDone(folder).catch(() => undefined);
  return folder;
}
