import { test as base } from '@playwright/test';
import { browserServer } from './seed';

/**
 * `test` with one Chromium server per worker, shared by the apps that worker starts. A worker
 * fixture rather than beforeAll/afterAll: Playwright keeps a parallel file's tests that have
 * beforeAll hooks in as few groups as there are workers, so a hook would pin the close batches to one
 * worker one after another.
 */
export const test = base.extend<object, { browserWs: string }>({
  browserWs: [
    async ({}, use) => {
      const server = await browserServer();
      await use(server.wsEndpoint());
      await server.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
