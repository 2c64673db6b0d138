import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the electron package puts its binary inside dist/ on each platform (matches its install.js). */
const BINARY_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'electron',
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
};

/**
 * The Electron binary, or why there is none. Deliberately NOT `require('electron')`: since Electron 45
 * that starts a download when the binary is missing, and nothing in the test suite may reach the
 * network. This repeats its lookup (path.txt, else the platform's name, under dist/) without it.
 */
function findElectron(): { path: string; reason: null } | { path: null; reason: string } {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(join(ROOT, 'package.json')).resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : BINARY_NAMES[process.platform];
  const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(packageDir, 'dist');
  const path = name === undefined ? null : join(distDir, name);
  if (path !== null && existsSync(path)) return { path, reason: null };
  return { path: null, reason: `no Electron binary at ${path ?? distDir} (its installer could not download it here)` };
}

const binary = findElectron();
if (binary.reason !== null) console.log(`Skipping the Electron smoke test: ${binary.reason}`);
test.skip(binary.reason !== null, binary.reason ?? '');

test.describe('the built app', () => {
  let app: ElectronApplication;
  let dataDir: string;

  test.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'mend-smoke-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    // The built renderer, not a dev server, and a throwaway data folder.
    delete env['ELECTRON_RENDERER_URL'];
    env['MEND_DATA_DIR'] = dataDir;
    app = await electron.launch({ executablePath: binary.path!, args: [ROOT], env });
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });

  test('opens one window titled Mend, showing Home, with only the invoke bridge and the flush registration', async () => {
    const page = await app.firstWindow();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await expect(page).toHaveTitle('Mend');
    const windowTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(windowTitle).toBe('Mend');
    expect(page.url()).toBe('app://mend/index.html');

    await expect(page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
    const bridge = await page.evaluate(() => Object.keys((window as unknown as { mend: object }).mend));
    expect(bridge).toEqual(['invoke', 'onFlushRequest']);
    expect(errors).toEqual([]);
  });
});
