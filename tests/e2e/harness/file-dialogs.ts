import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../../../src/core/services/platform';
import type { ConfirmRequest } from '../../../src/core/services/confirm';
import { readExternalFile, writeExternalFile } from '../../../src/main/external-files';
import { readBackupSettings, saveBackupSettings, type SettingsPlace } from '../../../src/main/backup-settings';
import { createSpelling } from '../../../src/main/spellcheck';
import { lookAtFolder } from '../../../src/main/folder-look';

/**
 * What the system's file pickers answer in a test: a spec sets the folder an export goes to or the
 * backup file to import (null = the person cancelled). Reading and writing are the real main-process
 * code, so exports land on disk exactly as in the app; so are the backup settings in the data folder.
 */
export interface HarnessDialogs {
  exportFolder: string | null;
  importFile: string | null;
  /** What the person answers main's own confirmations (links, encryption, delete, import); yes by default. */
  confirmAnswer: boolean;
  /** Every confirmation main asked for, in order. */
  confirmations: ConfirmRequest[];
  /** Each spellcheck state main applied, in order (main's real code, as on Linux, in the user-data folder). */
  spellcheck: boolean[];
  /** What the folder picker of Settings → Your data answers (null = cancelled). */
  dataFolder: string | null;
  /** As if Mend were started with MEND_DATA_DIR: Settings cannot change the folder. */
  folderSetAtStart: boolean;
  /** Each folder Mend was told to restart on, and how (main's real look at the folder decides which). */
  folderUses: { folder: string; how: 'move' | 'open' }[];
}

type FilePlatform = Pick<
  Platform,
  'chooseExportFolder' | 'chooseImportFile' | 'writeExternalFile' | 'readExternalFile' | 'readBackupSettings' | 'saveBackupSettings' | 'confirm' | 'readSpelling' | 'saveSpelling' | 'folders'
>;

export async function harnessFiles(place: SettingsPlace, userDataDir: string): Promise<{ dialogs: HarnessDialogs; platform: FilePlatform }> {
  const dialogs: HarnessDialogs = {
    exportFolder: await mkdtemp(join(tmpdir(), 'mend-e2e-export-')),
    importFile: null,
    confirmAnswer: true,
    confirmations: [],
    spellcheck: [],
    dataFolder: null,
    folderSetAtStart: false,
    folderUses: [],
  };
  const spelling = createSpelling({ userDataDir, platform: 'linux', apply: (on) => void dialogs.spellcheck.push(on) });
  await spelling.start();
  return {
    dialogs,
    platform: {
      chooseExportFolder: async () => dialogs.exportFolder,
      chooseImportFile: async () => dialogs.importFile,
      writeExternalFile,
      readExternalFile,
      readBackupSettings: () => readBackupSettings(place),
      saveBackupSettings: (settings) => saveBackupSettings(place, settings),
      readSpelling: () => spelling.read(),
      saveSpelling: (enabled) => spelling.save(enabled),
      // The restart itself is main's (app.relaunch): tests/shell/data-folder.spec.ts runs it on the stand-in.
      folders: {
        get setAtStart() {
          return dialogs.folderSetAtStart;
        },
        choose: async () => dialogs.dataFolder,
        look: (folder) => lookAtFolder(folder, place.dataFolder, place.deviceId),
        use: async (folder, how) => void dialogs.folderUses.push({ folder, how }),
      },
      confirm: async (request) => {
        dialogs.confirmations.push(request);
        return dialogs.confirmAnswer;
      },
    },
  };
}
