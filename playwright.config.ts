import { defineConfig } from '@playwright/test';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two workers suit a 2-core machine; each opens its own Chromium and temporary data folders. Three were
  // tried (4 December): on one fresh clone, back to back, 8.2 min against 8.5 with two, within the
  // machine's own swing, with the CPU-heavy specs (close-while-typing, xss, axe) up to twice as slow.
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'off' },
  projects: [
    // The built renderer in Chromium with the real core behind an injected bridge.
    { name: 'e2e', testDir: 'tests/e2e', testMatch: '**/*.spec.ts' },
    // The BUILT main bundle on the Electron stand-in, with the real renderer in Chromium.
    { name: 'shell', testDir: 'tests/shell', testMatch: '**/*.spec.ts' },
    // The packaged Electron app; these skip, saying why, where no Electron binary exists.
    { name: 'electron', testDir: 'tests/electron', testMatch: '**/*.spec.ts' },
  ],
});
