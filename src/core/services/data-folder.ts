import { DomainError } from '../errors';
import { confirmations } from './confirm';
import type { FolderLook, Platform } from './platform';

/** Whether Settings can choose another folder: not when MEND_DATA_DIR set it, nor where nothing can restart. */
export type FolderChoice = 'open' | 'set-at-start' | 'not-here';

/** What "Use another folder…" came to: the person cancelled, the folder will not do (and why), or Mend restarts. */
export type FolderChange =
  | { outcome: 'cancelled' }
  | { outcome: 'refused'; message: string }
  | { outcome: 'restarting'; folder: string; how: 'move' | 'open' };

export function folderChoiceOf(platform: Pick<Platform, 'folders'>): FolderChoice {
  if (platform.folders === undefined) return 'not-here';
  return platform.folders.setAtStart ? 'set-at-start' : 'open';
}

/** Why a folder will not do, in words for a tired person; null when it will. */
export function refusalFor(look: FolderLook): string | null {
  switch (look.look) {
    case 'same':
      return 'Mend already keeps your journal in that folder.';
    case 'inside':
      return 'That folder holds the one Mend uses now, or lies inside it. Choose a folder beside it, or make a new one.';
    case 'other':
      return "That folder already holds other files. Choose an empty folder, or make one with the folder window's New Folder button.";
    case 'newer':
      return 'The journal in that folder was set up by a newer version of Mend. Update Mend on this computer first; nothing was changed.';
    case 'unusable':
      return `Mend cannot use that folder: ${look.reason} Choose another one; nothing was changed.`;
    case 'journal':
    case 'empty':
      return null;
  }
}

/**
 * "Use another folder…": pick, look, ask, restart. Nothing is written before the person says yes in
 * main's own dialog, and then only the choice in user-data: the copy happens as Mend starts again.
 */
export async function changeFolder(platform: Platform): Promise<FolderChange> {
  const folders = platform.folders;
  if (folders === undefined) throw new DomainError('conflict', 'Mend cannot change its folder here.');
  if (folders.setAtStart) {
    throw new DomainError('conflict', 'Mend was started with the MEND_DATA_DIR setting, which fixes its folder. Start it without that setting to choose one here.');
  }
  const folder = await folders.choose();
  if (folder === null) return { outcome: 'cancelled' };
  const look = await folders.look(folder);
  const refused = refusalFor(look);
  if (refused !== null) return { outcome: 'refused', message: refused };
  const how = look.look === 'journal' ? 'open' : 'move';
  const request =
    look.look === 'journal' ? confirmations.openJournal(folder, platform.dataFolder, look.known === true) : confirmations.moveJournal(folder, platform.dataFolder);
  if (!(await platform.confirm(request))) return { outcome: 'cancelled' };
  await folders.use(folder, how);
  return { outcome: 'restarting', folder, how };
}
