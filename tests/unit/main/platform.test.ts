import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const shown = vi.fn();
  class Notification {
    static isSupported = vi.fn(() => true);
    static created: unknown[] = [];
    constructor(options: unknown) {
      Notification.created.push(options);
    }
    show = shown;
    on = vi.fn();
  }
  return { shell: { openExternal: vi.fn(() => Promise.resolve()) }, Notification, shown };
});
vi.mock('electron', () => electron);

import { createElectronPlatform } from '../../../src/main/platform';
import { noSpelling } from './fixtures/no-spelling';
import { fixedFolders } from './fixtures/fixed-folders';

const platform = createElectronPlatform({ dataFolder: '/data/journals', deviceId: '0123456789abcdef' }, noSpelling, fixedFolders);

beforeEach(() => {
  electron.shell.openExternal.mockClear();
  electron.shown.mockReset();
  electron.Notification.created = [];
});

describe('openExternal', () => {
  it.each(['https://example.com/a?b=c', 'http://example.com/', 'mailto:someone@example.com'])('opens %s', async (url) => {
    await platform.openExternal(url);
    expect(electron.shell.openExternal).toHaveBeenCalledWith(new URL(url).href);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'ms-msdt:/id',
    'app://mend/index.html',
    'data:text/html,hi',
    'example.com',
    '',
  ])('refuses %j without touching the shell', async (url) => {
    await expect(platform.openExternal(url)).rejects.toThrow(Error);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('notify and dataFolder', () => {
  it('exposes the data folder', () => {
    expect(platform.dataFolder).toBe('/data/journals');
  });

  it('shows a notification when supported', () => {
    platform.notify('Reminder', 'Check in with Sam');
    expect(electron.Notification.created).toEqual([{ title: 'Reminder', body: 'Check in with Sam' }]);
    expect(electron.shown).toHaveBeenCalledTimes(1);
  });

  it('does nothing when unsupported, and never throws', () => {
    electron.Notification.isSupported.mockReturnValueOnce(false);
    platform.notify('a', 'b');
    expect(electron.Notification.created).toEqual([]);
    electron.shown.mockImplementationOnce(() => {
      throw new Error('no notification daemon');
    });
    expect(() => platform.notify('a', 'b')).not.toThrow();
  });
});
