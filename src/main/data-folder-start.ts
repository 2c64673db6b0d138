import { stat } from 'node:fs/promises';
import { forgetFolderChoice, readFolderChoice, saveFolderChoice, type FolderChoice } from './data-folder-choice';
import { copyJournal, CopyMismatchError, FolderTakenError } from './journal-copy';
import { resolveDataFolder } from './paths';
import { reasonFor } from './storage/storage-errors';

type Env = Readonly<Record<string, string | undefined>>;

export interface StartFolderDeps {
  env: Env;
  userDataDir: string;
  /** A chosen folder is not there (a drive not connected, a sync tool not started): what now? */
  askMissing(folder: string): Promise<'retry' | 'own' | 'quit'>;
  /** A move could not finish; the journal opens where it was. `reason` is plain words, no journal text. */
  tellMoveFailed(from: string, to: string, reason: string): Promise<void>;
  warn?: (message: string) => void;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
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

/** Finishes a move the person asked for: copy, check, then the choice without `moveFrom`. */
async function finishMove(deps: StartFolderDeps, choice: FolderChoice & { moveFrom: string }, own: string): Promise<string> {
  const { folder, moveFrom } = choice;
  try {
    // Never created here: a drive unplugged since the choice would get a journal on its mount point.
    if (!(await isFolder(folder))) throw new FolderGoneError();
    await copyJournal(moveFrom, folder);
    await saveFolderChoice(deps.userDataDir, { folder });
    return folder;
  } catch (error) {
    const reason = whyNotCopied(error);
    // Back to the folder the journal never left: it was only read.
    if (moveFrom === own) await forgetFolderChoice(deps.userDataDir);
    else await saveFolderChoice(deps.userDataDir, { folder: moveFrom });
    await deps.tellMoveFailed(moveFrom, folder, reason);
    return moveFrom;
  }
}

/**
 * The folder Mend opens at this start: MEND_DATA_DIR when set (it wins over a choice, which waits,
 * untouched); else the folder chosen in Settings, after finishing a move to it; else Mend's own folder.
 * A chosen folder that is not there is never created (an empty journal would look like a lost one):
 * the person is asked. Null: they chose to quit.
 */
export async function settleDataFolder(deps: StartFolderDeps): Promise<string | null> {
  const own = resolveDataFolder({}, deps.userDataDir);
  if (deps.env['MEND_DATA_DIR']?.trim()) return resolveDataFolder(deps.env, deps.userDataDir);
  const choice = await readFolderChoice(deps.userDataDir, deps.warn);
  if (choice === null) return own;
  if (choice.moveFrom !== undefined) return finishMove(deps, { folder: choice.folder, moveFrom: choice.moveFrom }, own);
  for (;;) {
    if (await isFolder(choice.folder)) return choice.folder;
    const answer = await deps.askMissing(choice.folder);
    if (answer === 'quit') return null;
    if (answer === 'own') {
      await forgetFolderChoice(deps.userDataDir);
      return own;
    }
  }
}
