import { defineConfig } from '@playwright/test';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Three workers on a 2-core machine: the suite mostly waits (autosave pauses, polling, timers), so two
  // kept the cores 42% busy (9.0 min; user + sys 7.5 min); three took 7.4 and 7.2 min, all passing.
  // Each worker opens its own Chromium and temporary data folders.
  workers: 3,
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
