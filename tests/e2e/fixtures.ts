import { test as base, expect, type Browser } from '@playwright/test';
import { launchChromium } from './harness/chromium';
import { launchMend, type MendApp, type MendOptions } from './harness/launch';

interface Fixtures {
  /** Opens Mend on a fresh (or given) data folder; every app opened is checked for errors and closed. */
  openMend: (options?: MendOptions) => Promise<MendApp>;
}

export const test = base.extend<Fixtures, { mendBrowser: Browser }>({
  mendBrowser: [
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  openMend: async ({ mendBrowser }, use) => {
    const opened: MendApp[] = [];
    await use(async (options) => {
      const app = await launchMend(mendBrowser, options);
      opened.push(app);
      const restart = app.restart.bind(app);
      app.restart = async (next) => {
        const again = await restart(next);
        opened.push(again);
        return again;
      };
      return app;
    });
    for (const app of opened) {
      // A test fails on any page error, console error, or request that tried to leave the app.
      expect(app.errors, 'page errors and console errors').toEqual([]);
      expect(app.outbound, 'requests outside the app').toEqual([]);
      await app.context.close().catch(() => undefined);
    }
  },
});

export { expect };
