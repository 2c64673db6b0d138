import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuseV1Options } from '@electron/fuses';
import { APP_ID } from '../../../src/main/identity';
import { MEND_FUSES } from '../../../scripts/fuses.mjs';

const require = createRequire(import.meta.url);
const config = require('../../../electron-builder.config.cjs') as Record<string, unknown> & {
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  linux: { target: string[]; icon: string };
  files: string[];
};
const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { productName: string; scripts: Record<string, string> };

describe('the installer configuration (electron-builder.config.cjs)', () => {
  it('names the app as main does, with asar on and no update feed', () => {
    expect(config['appId']).toBe(APP_ID);
    expect(config['productName']).toBe(pkg.productName);
    expect(config['asar']).toBe(true);
    expect(config['publish']).toBeNull();
    expect(pkg.scripts['dist']).toContain('electron-builder --config electron-builder.config.cjs');
    expect(pkg.scripts['test']).not.toContain('dist');
  });

  it('builds dmg + zip, NSIS, AppImage + deb, with an icon that exists and is large enough for every OS', () => {
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    for (const icon of [config.mac.icon, config.win.icon, config.linux.icon]) {
      const png = readFileSync(resolve(icon));
      // electron-builder makes icns and ico from a PNG of at least 512×512.
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
    }
  });

  it('packs the files the app loads at run time, and a hook that exists', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/icon.png', 'package.json']));
    expect(existsSync(resolve(String(config['afterPack'])))).toBe(true);
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; only the asar, integrity-checked; cookies encrypted', () => {
    expect(MEND_FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableCookieEncryption: true,
    });
    // Each name is one @electron/fuses knows, so the hook flips exactly these.
    for (const name of Object.keys(MEND_FUSES)) expect(FuseV1Options).toHaveProperty(name);
  });
});
