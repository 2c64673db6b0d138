import type { RelaunchOptions } from 'electron';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * How to start Mend again after a quit (Settings → Use another folder…). Plain `app.relaunch()` runs
 * the executable Mend runs from; in a Linux AppImage that is inside a mount the AppImage removes as
 * it exits, so the new Mend never starts (electron-builder issues #1727 and #4650). There the AppImage
 * file itself is started, extracting and running without that mount. Only when packaged: a development
 * run started from some other AppImage must not inherit its $APPIMAGE.
 */
export function relaunchOptions(env: Env, isPackaged: boolean, argv: readonly string[]): RelaunchOptions | undefined {
  const appImage = env['APPIMAGE'];
  if (!isPackaged || !appImage) return undefined;
  return { execPath: appImage, args: ['--appimage-extract-and-run', ...argv.slice(1)] };
}
