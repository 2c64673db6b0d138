import { join } from 'node:path';
import { MEND_FUSES } from './fuses.mjs';

/** The packed Electron binary: the .app bundle on macOS, the .exe on Windows, the executable on Linux. */
function electronBinary(context) {
  const name = context.packager.appInfo.productFilename;
  if (context.electronPlatformName === 'darwin') return join(context.appOutDir, `${name}.app`);
  if (context.electronPlatformName === 'win32') return join(context.appOutDir, `${name}.exe`);
  return join(context.appOutDir, context.packager.executableName);
}

/**
 * electron-builder's afterPack hook: flips Electron's fuses in the packed binary before it is signed
 * and wrapped into an installer (https://www.electronjs.org/docs/latest/tutorial/fuses).
 */
export async function afterPack(context) {
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  const config = { version: FuseVersion.V1 };
  for (const [name, value] of Object.entries(MEND_FUSES)) config[FuseV1Options[name]] = value;
  // Flipping fuses invalidates an ad-hoc signature; Apple Silicon refuses to run unsigned code.
  config.resetAdHocDarwinSignature = context.electronPlatformName === 'darwin';
  await flipFuses(electronBinary(context), config);
}

export default afterPack;
