import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { testPlatform } from '../../support/memory-file-store';
import { FAST_KDF, PASSPHRASE, makeFolder, ok, removeFolder, enableEncryption } from './helpers';

/**
 * The wait after repeated wrong passphrases holds across restarts: quitting Mend and opening it again
 * must not give a guesser a fresh set of free tries. It is kept per computer in user-data (never in
 * the data folder, which may be synced to other computers).
 */
let dir: string;
let userData: string;
let clock: number;
beforeEach(async () => {
  dir = await makeFolder('mend-throttle-');
  userData = await makeFolder('mend-user-data-');
  clock = Date.parse('2026-03-01T09:00:00.000Z');
});
afterEach(async () => {
  await removeFolder(dir);
  await removeFolder(userData);
});

let ids = 0;
async function start(): Promise<Core> {
  const vault = createNodeVault(dir, { kdf: FAST_KDF, userDataDir: userData });
  const files = createNodeFileStore(dir, { warn: () => undefined });
  return openCore({ files, platform: testPlatform().platform, vault, now: () => new Date(clock), newId: () => `id-${++ids}` });
}

async function guessWrong(core: Core, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    clock += 60_000; // past any wait, so every try counts
    const result = await core.call('security:unlock', { passphrase: `not it ${i}` });
    expect(result).toMatchObject({ ok: false });
  }
}

describe('the passphrase throttle across restarts', () => {
  it('a restart keeps the wait, and keeps counting from where it was', async () => {
    const first = await start();
    await enableEncryption(first, PASSPHRASE);
    await ok(first, 'security:lock', {});
    await guessWrong(first, 5); // the 5th wrong try asks for 4 seconds
    const restarted = await start();
    const status = await ok(restarted, 'security:status', {});
    expect(status).toMatchObject({ locked: true, retryAfterSeconds: 4 });
    const refused = await restarted.call('security:unlock', { passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ ok: false, message: 'Too many tries. Wait 4 seconds, then try again.' });
    await guessWrong(restarted, 1);
    expect(await ok(await start(), 'security:status', {})).toMatchObject({ retryAfterSeconds: 8 });
  });

  it('the right passphrase clears it for good', async () => {
    const first = await start();
    await enableEncryption(first, PASSPHRASE);
    await ok(first, 'security:lock', {});
    await guessWrong(first, 3);
    clock += 60_000;
    await ok(first, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(first, 'security:lock', {});
    await guessWrong(await start(), 2); // two free slips again, not a fourth failure
    expect(await ok(await start(), 'security:status', {})).toMatchObject({ retryAfterSeconds: 0 });
  });

  it('lives in user-data, not in the data folder, and a wrong clock cannot lock a person out for long', async () => {
    const first = await start();
    await enableEncryption(first, PASSPHRASE);
    await ok(first, 'security:lock', {});
    await guessWrong(first, 20);
    expect(await fs.readdir(userData)).toEqual(['mend-unlock-throttle.json']);
    expect((await fs.readdir(dir)).filter((f) => f.includes('throttle'))).toEqual([]);
    const saved = await fs.readFile(path.join(userData, 'mend-unlock-throttle.json'), 'utf8');
    expect(saved).not.toContain('not it');
    clock -= 365 * 24 * 3600 * 1000; // the clock jumped a year back
    expect(await ok(await start(), 'security:status', {})).toMatchObject({ retryAfterSeconds: 60 });
  });

  it('a damaged throttle file does not stop an unlock', async () => {
    const first = await start();
    await enableEncryption(first, PASSPHRASE);
    await ok(first, 'security:lock', {});
    await fs.writeFile(path.join(userData, 'mend-unlock-throttle.json'), '{ cut sh');
    await ok(await start(), 'security:unlock', { passphrase: PASSPHRASE });
  });
});
