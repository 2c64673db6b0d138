import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_LIST } from '../../../src/core/api/channels';
import { OPEN_WHILE_LOCKED } from '../../../src/core/api/slices/security';
import { unlockDelayMs } from '../../../src/core/logic/unlock-delay';
import { PASSPHRASE, makeFolder, ok, openApp, removeFolder, sameTree, seed, tree, enableEncryption } from './helpers';

let dir: string;
beforeEach(async () => {
  dir = await makeFolder();
});
afterEach(async () => {
  await removeFolder(dir);
});

/** A clock the test moves by hand, with the same ids as fixedStamp. */
function manualClock() {
  let t = Date.parse('2026-03-01T09:00:00.000Z');
  let n = 0;
  return { stamp: { now: () => new Date(t), newId: () => `id-${(++n).toString().padStart(4, '0')}` }, advance: (ms: number) => (t += ms) };
}

async function lockedApp(clock = manualClock()) {
  const first = await openApp(dir);
  await seed(first.core);
  await enableEncryption(first.core, PASSPHRASE);
  return { ...(await openApp(dir, undefined, clock.stamp)), clock };
}

describe('while locked', () => {
  it('every channel but status, unlock and app:info answers `locked`, and the folder is untouched', async () => {
    const { core } = await lockedApp();
    const before = await tree(dir);
    const closed = CHANNEL_LIST.filter((c) => !OPEN_WHILE_LOCKED.has(c));
    expect(closed.length).toBeGreaterThan(5);
    for (const channel of closed) {
      for (const input of [{}, null, { relationshipId: 'id-0001', id: 'id-0001', name: 'x' }]) {
        const result = await core.call(channel, input);
        expect(result, channel).toMatchObject({ ok: false, code: 'locked' });
        expect((result as { message: string }).message).toMatch(/locked/i);
      }
    }
    expect(await ok(core, 'app:info', {})).toHaveProperty('dataFolder');
    expect(await ok(core, 'security:status', {})).toMatchObject({ encrypted: true, locked: true });
    expect(sameTree(before, await tree(dir))).toBe(true);
  });

  it('locking again drops the journal: calls answer `locked` until the next unlock', async () => {
    const { core } = await lockedApp();
    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await ok(core, 'relationships:list', {})).toHaveLength(2);
    expect(await ok(core, 'security:lock', {})).toMatchObject({ locked: true });
    expect(await core.call('journals:get', { relationshipId: 'id-0001' })).toMatchObject({ ok: false, code: 'locked' });
    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await ok(core, 'journals:get', { relationshipId: 'id-0001' })).toMatchObject({ relationship: { name: 'Sam Rivera' } });
  });

  it('without encryption there is nothing to lock, and everything answers', async () => {
    const { core } = await openApp(dir);
    expect(await ok(core, 'security:status', {})).toMatchObject({ available: true, encrypted: false, locked: false });
    expect(await core.call('security:lock', {})).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await ok(core, 'relationships:list', {})).toEqual([]);
  });
});

describe('repeated wrong passphrases', () => {
  it('grow the wait (0, 0, 1 s, 2 s, 4 s …, capped at a minute)', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 40].map(unlockDelayMs)).toEqual([0, 0, 1000, 2000, 4000, 8000, 60_000, 60_000]);
  });

  it('are refused without trying until the wait is over, then the right one still works', async () => {
    const { core, clock } = await lockedApp();
    const before = await tree(dir);
    const wrong = () => core.call('security:unlock', { passphrase: 'wrong passphrase' });
    expect(await wrong()).toMatchObject({ ok: false, field: 'passphrase', detail: { retryAfterSeconds: 0 } });
    expect(await wrong()).toMatchObject({ ok: false, detail: { retryAfterSeconds: 0 } });
    expect(await wrong()).toMatchObject({ ok: false, detail: { retryAfterSeconds: 1 } });
    const early = await core.call('security:unlock', { passphrase: PASSPHRASE });
    expect(early).toMatchObject({ ok: false, code: 'invalid-input', field: 'passphrase' });
    expect((early as { message: string }).message).toBe('Too many tries. Wait 1 second, then try again.');
    expect(await ok(core, 'security:status', {})).toMatchObject({ locked: true, retryAfterSeconds: 1 });
    clock.advance(1000);
    expect(await wrong()).toMatchObject({ ok: false, detail: { retryAfterSeconds: 2 } });
    clock.advance(2000);
    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await ok(core, 'security:status', {})).toMatchObject({ locked: false, retryAfterSeconds: 0 });
    expect(sameTree(before, await tree(dir))).toBe(true);
  });
});
