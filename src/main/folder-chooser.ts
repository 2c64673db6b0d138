import { DomainError } from '../core/errors';
import type { FolderChooser } from '../core/services/platform';
import { forgetFolderChoice, readFolderChoice, saveFolderChoice } from './data-folder-choice';
import { chooseDataFolder } from './file-dialogs';
import { lookAtFolder } from './folder-look';
import { reasonFor } from './storage/storage-errors';

export interface FolderChooserOptions {
  /** The folder open now. */
  dataFolder: string;
  /** This computer's device id (its record in a journal folder says it wrote there). */
  deviceId: string;
  userDataDir: string;
  /** MEND_DATA_DIR set this run's folder: Settings cannot change it. */
  setAtStart: boolean;
  /**
   * Quits (through the usual guarded quit: the page saves first) and starts Mend again. `undo` takes
   * the choice back, for a quit the person stops (words not saved yet, and they keep Mend open).
   */
  restart: (undo: () => Promise<void>) => void;
}

/** Settings → Your data, on the desktop: the choice kept in user-data, taking effect as Mend restarts. */
export function electronFolderChooser(options: FolderChooserOptions): FolderChooser {
  return {
    setAtStart: options.setAtStart,
    choose: chooseDataFolder,
    look: (folder) => lookAtFolder(folder, options.dataFolder, options.deviceId),
    async use(folder, how) {
      let undo: () => Promise<void>;
      try {
        const before = await readFolderChoice(options.userDataDir);
        undo = () => (before === null ? forgetFolderChoice(options.userDataDir) : saveFolderChoice(options.userDataDir, before));
        await saveFolderChoice(options.userDataDir, how === 'move' ? { folder, moveFrom: options.dataFolder } : { folder });
      } catch (error) {
        throw new DomainError('storage', `Mend could not keep that choice (${reasonFor(error)}). Nothing was changed.`);
      }
      // After this call has answered: a quit waits for the calls still in flight, this one among them.
      setTimeout(() => options.restart(undo), 0);
    },
  };
}
