import { describe, expect, it } from 'vitest';
import { relaunchOptions } from '../../../src/main/relaunch';

describe('relaunching after a change of folder', () => {
  it('an installed AppImage starts its own file again, extracting it, with the same arguments', () => {
    expect(relaunchOptions({ APPIMAGE: '/home/sam/Apps/Mend.AppImage' }, true, ['/tmp/.mount_Mend/mend', '--flag'])).toEqual({
      execPath: '/home/sam/Apps/Mend.AppImage',
      args: ['--appimage-extract-and-run', '--flag'],
    });
  });

  it('elsewhere, and in development even under another AppImage, Electron relaunches as it is', () => {
    expect(relaunchOptions({}, true, ['/opt/Mend/mend'])).toBeUndefined();
    expect(relaunchOptions({ APPIMAGE: '/home/sam/Apps/Editor.AppImage' }, false, ['electron', '.'])).toBeUndefined();
  });
});
