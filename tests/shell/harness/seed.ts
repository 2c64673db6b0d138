import type { Channel, Input } from '../../../src/core/api/contract';
import { callOk, type Value } from '../../support/typed-call';
import { dirname, join } from 'node:path';
import { chromium, type BrowserServer } from '@playwright/test';
import type { Core } from '../../../src/core/open-core';
import { composeCore } from '../../../src/main/compose';
import { loadDeviceIdentity } from '../../../src/main/storage/device-identity';
import { testPlatform } from '../../support/memory-file-store';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/harness/chromium';

/** The data folder the app uses by default: <userData>/journals. */
export const journalsOf = (userData: string): string => join(userData, 'journals');

/**
 * Mend's core on a folder through the app's own composition root (no lock: the app is not running), as
 * this computer: the device identity main reads from user-data (the folder holding the default data
 * folder), so saves go to the same change logs the app writes and no second computer appears.
 */
export async function openFolder(dataFolder: string): Promise<Core> {
  const userDataDir = dirname(dataFolder);
  const device = await loadDeviceIdentity(userDataDir);
  return composeCore({ dataFolder, userDataDir, device, platform: { ...testPlatform().platform, dataFolder } });
}

export function ok<C extends Channel>(core: Core, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(core)(channel, input);
}

/** One person with a preparation started: its Cool down screen has the free-text field the tests type in. */
export async function seedPreparation(dataFolder: string): Promise<{ relationshipId: string; prepId: string }> {
  const core = await openFolder(dataFolder);
  const person = await ok(core, 'relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
  const prep = await ok(core, 'preparations:start', { relationshipId: person.id, incidentId: null, plannedAt: null });
  // The index follows a save by a moment: it is on disk before the app is started on the folder.
  await core.settled?.();
  return { relationshipId: person.id, prepId: prep.id };
}

/** What the journal holds for that preparation's "Where is it coming from?" field. */
export async function savedSource(dataFolder: string, ids: { relationshipId: string; prepId: string }): Promise<string> {
  const core = await openFolder(dataFolder);
  const journal = await ok(core, 'journals:get', {
    relationshipId: ids.relationshipId,
  });
  return journal.preparations.find((p) => p.id === ids.prepId)?.coolDown.source ?? '';
}

/** One Chromium shared by the apps a test starts (each app gets its own context, gone when it exits). */
export function browserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
