// @ts-check
/**
 * The installer: `npm run dist` (needs the network once, to fetch Electron and the packaging tools).
 * macOS dmg + zip, Windows NSIS, Linux AppImage + deb. Icons for every OS are made by electron-builder
 * from resources/icon.png (512×512, drawn by scripts/make-icon.ts): icns, ico and the Linux set.
 * Electron's fuses are flipped after packing, in scripts/after-pack.mjs.
 *
 * @type {import('electron-builder').Configuration}
 */
const config = {
  // The same id main gives Windows for notifications (src/main/index.ts, APP_ID).
  appId: 'app.mend',
  productName: 'Mend',
  copyright: 'Mend',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only what runs: the built app and its icon (main loads resources/icon.png for the window).
  files: ['out/**', 'resources/icon.png', 'package.json', '!**/*.map'],
  asar: true,
  afterPack: './scripts/after-pack.mjs',
  mac: {
    target: ['dmg', 'zip'],
    category: 'public.app-category.productivity',
    icon: 'resources/icon.png',
    hardenedRuntime: true,
  },
  win: { target: ['nsis'], icon: 'resources/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, createStartMenuShortcut: true },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icon.png',
    synopsis: 'A private journal for rebuilding trust at work',
    maintainer: 'Mend',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  // No auto-update feed and no telemetry: Mend makes no network requests.
  publish: null,
};

module.exports = config;
