import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: (name: string) => (name === 'documents' ? '/home/me/Documents' : '/elsewhere') },
  dialog: { showOpenDialog: vi.fn() },
  BrowserWindow: { getFocusedWindow: vi.fn((): unknown => null) },
  shell: { openExternal: vi.fn() },
  Notification: { isSupported: () => false },
}));
vi.mock('electron', () => electron);

import { createElectronPlatform } from '../../../src/main/platform';
import { noSpelling } from './fixtures/no-spelling';
import { fixedFolders } from './fixtures/fixed-folders';
import { readExternalFile, writeExternalFile } from '../../../src/main/external-files';

const platform = createElectronPlatform({ dataFolder: '/data/journals', deviceId: '0123456789abcdef' }, noSpelling, fixedFolders);

beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
  electron.BrowserWindow.getFocusedWindow.mockReset().mockReturnValue(null);
});

describe('export and import pickers', () => {
  it('asks for a folder (one that may be created) and returns it', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/me/Exports'] });
    expect(await platform.chooseExportFolder()).toBe('/home/me/Exports');
    const options = electron.dialog.showOpenDialog.mock.calls[0]![0] as { properties: string[]; defaultPath: string };
    expect(options.properties).toEqual(['openDirectory', 'createDirectory']);
    expect(options.defaultPath).toBe('/home/me/Documents');
  });

  it('asks for one backup file, modal to the focused window', async () => {
    const win = { id: 1 };
    electron.BrowserWindow.getFocusedWindow.mockReturnValue(win);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/me/backup.json'] });
    expect(await platform.chooseImportFile()).toBe('/home/me/backup.json');
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0]! as [unknown, { properties: string[]; filters: { extensions: string[] }[] }];
    expect(parent).toBe(win);
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters[0]!.extensions).toEqual(['json']);
  });

  it('returns null when the person cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await platform.chooseExportFolder()).toBeNull();
    expect(await platform.chooseImportFile()).toBeNull();
  });

  it('reads and writes outside files with the durable, no-replace code', () => {
    expect(platform.writeExternalFile).toBe(writeExternalFile);
    expect(platform.readExternalFile).toBe(readExternalFile);
  });
});
