import type { Core } from '../../src/core/open-core';
import { composeCore } from '../../src/main/compose';
import { testPlatform } from '../support/memory-file-store';

/**
 * A second computer on the same data folder, as a synced folder makes it: its own device id and name,
 * so it appends to change logs of its own. No folder lock (the lock is per computer), no watch: it sees
 * what this computer wrote only when it reads a journal afresh (opened again).
 */
export const WORK_LAPTOP = { id: 'aaaaaaaaaaaaaaa1', name: 'Work laptop' };
export const HOME_LAPTOP = { id: 'bbbbbbbbbbbbbbb2', name: 'Home laptop' };

export function openOtherComputer(dataFolder: string, device = HOME_LAPTOP): Promise<Core> {
  return composeCore({
    dataFolder,
    device,
    platform: { ...testPlatform().platform, dataFolder },
  });
}
