/**
 * Electron fuses Mend ships with (https://www.electronjs.org/docs/latest/tutorial/fuses), keyed by
 * @electron/fuses' FuseV1Options names. Kept apart from the hook so a test can read them without
 * the packaging tools installed.
 */
export const MEND_FUSES = Object.freeze({
  // The binary cannot be used as a plain Node.js (ELECTRON_RUN_AS_NODE).
  RunAsNode: false,
  // NODE_OPTIONS and --inspect cannot inject code or a debugger into an installed Mend.
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // Only the packaged app.asar is loaded, and its integrity is checked against the hash built in.
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  // Cookies (Mend sets none, but Chromium may) are encrypted with the OS keychain.
  EnableCookieEncryption: true,
});
