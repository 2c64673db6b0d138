import { expect, test, type BrowserServer } from '@playwright/test';
import { launchStandIn, newHome } from './harness/stand-in-app';
import { browserServer, journalsOf, ok } from './harness/seed';
import { openOtherComputer } from '../e2e/two-computers';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';

/**
 * The BUILT main and preload on the Electron stand-in: a change another computer makes to the shared
 * folder while Mend is open reaches the open person's page (main's watch → mend:event → preload →
 * page) within 2 s.
 */
let server: BrowserServer;
test.beforeAll(async () => {
  server = await browserServer();
});
test.afterAll(async () => server?.close());

test("another computer's note appears on the open person's page within 2 s, through main and the preload", async () => {
  const home = newHome();
  const dataFolder = journalsOf(join(home, '.config', 'mend'));
  mkdirSync(dataFolder, { recursive: true });
  const other = await openOtherComputer(dataFolder);
  const { id } = await ok(other, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });

  const app = launchStandIn({ home, browserWs: server.wsEndpoint() });
  await app.page('waitFor', 'role=heading[level=1][name="Your people"]', { timeout: 30_000 });
  await app.page('click', 'role=main >> role=link[name=/Sam Rivera/]');
  await app.page('waitFor', 'role=heading[level=1][name="Sam Rivera"]');

  await ok(other, 'capture:note', { relationshipId: id, at: '2026-11-30T10:00:00.000Z', text: 'Phoned from home about the launch.' });
  const landed = Date.now();
  await app.page('waitFor', 'role=list[name="Timeline"] >> text=Phoned from home about the launch.', { timeout: 2000 });
  console.log(`another computer's note on the open page after ${Date.now() - landed} ms (built main, stand-in)`);
  await app.op('close-window');
  expect(await app.exited).toBe(0);
});
