import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import type { MendEventKind } from '../../../src/core/api/bridge';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { isSealed } from '../../../src/main/storage/sealed-file';
import { fixedStamp, testPlatform } from '../../support/memory-file-store';
import { FAST_KDF, PASSPHRASE, enableEncryption, filesContaining, handDrivenLooks, makeFolder, ok, removeFolder, sam, tree } from './helpers';

/**
 * Two computers open on one (synced) folder. The keyring lives in the folder, so when one computer turns
 * encryption on, changes the passphrase or turns it off, the other, still open, must notice at its next
 * look at the folder: never write another plain line into a folder the person believes is encrypted,
 * never seal lines nobody else can open, and lose nothing the person typed.
 */
const HOME = { id: 'aaaaaaaaaaaaaaaa', name: 'Home laptop' };
const WORK = { id: 'bbbbbbbbbbbbbbbb', name: 'Work desktop' };
const NEXT = 'a new sentence for the new passphrase';

let dir: string;
beforeEach(async () => {
  dir = await makeFolder('mend-keyring-elsewhere-');
});
afterEach(async () => {
  await removeFolder(dir);
  for (const device of [HOME, WORK]) await removeFolder(userDataOf(device));
});

/** Each computer's own user-data folder (outside the shared data folder). */
const userDataOf = (device: { id: string }): string => `${dir}-user-${device.id}`;

interface Open {
  core: Core;
  /** Runs one look at the folder (main's 1 s timers, driven by hand) and waits until it is done. */
  look(): Promise<void>;
  events: MendEventKind[];
}

async function openOn(device: { id: string; name: string }): Promise<Open> {
  const looks = handDrivenLooks();
  const events: MendEventKind[] = [];
  const core = await openCore({
    files: createNodeFileStore(dir, { warn: () => undefined }),
    platform: testPlatform().platform,
    vault: createNodeVault(dir, { kdf: FAST_KDF, userDataDir: userDataOf(device) }),
    device,
    watch: looks.watch,
    onEvent: (kind) => void events.push(kind),
    now: fixedStamp().now,
    newId: randomUUID,
  });
  return { core, look: looks.bind(core), events };
}

const incident = (relationshipId: string, facts: string) => ({
  relationshipId, title: 'The launch review', occurredAt: '2026-02-20T16:00:00.000Z', facts, impact: '', domains: [], causes: [],
  baseline: { reliability: null, competence: null, sincerity: null, care: null, reliance: null }, stability: null, status: 'open' as const,
});

describe('the keyring changed on another computer while this one is open', () => {
  it('encryption turned on elsewhere: this computer locks before another plain save, holds what is typed, and seals its own files at unlock', async () => {
    const work = await openOn(WORK);
    const { id } = await ok(work.core, 'relationships:create', sam);
    const home = await openOn(HOME);
    await enableEncryption(home.core, PASSPHRASE);
    // Written on work before it could know (the keyring had not reached it yet): plain for now.
    await ok(work.core, 'incidents:create', incident(id, 'written before work noticed'));

    await work.look();
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ encrypted: true, locked: true, lockedBecause: 'encrypted-elsewhere' });
    expect(work.events).toContain('security-changed');
    const late = await work.core.call('incidents:create', incident(id, 'typed after the keyring changed'));
    expect(late).toMatchObject({ ok: false, code: 'locked' });
    // What the page could not save is held in memory, never written while locked.
    await ok(work.core, 'held-drafts:hold', { items: [{ key: `incident:new:${id}`, label: 'a new incident', fields: { facts: 'typed after the keyring changed' } }] });
    expect(filesContaining(await tree(dir), ['typed after the keyring changed'])).toEqual([]);

    // The new passphrase opens it; what this computer wrote plain before it noticed is sealed now.
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ encrypted: true, locked: false });
    expect((await ok(work.core, 'security:status', {})).lockedBecause).toBeUndefined();
    const files = await tree(dir);
    expect(filesContaining(files, ['written before work noticed', sam.name])).toEqual([]);
    const own = [...files.keys()].filter((k) => k.startsWith('logs/') && k.endsWith(`.${WORK.id}.log`));
    expect(own.length).toBeGreaterThan(0);
    expect((await ok(work.core, 'held-drafts:take', {})).map((h) => h.fields['facts'])).toEqual(['typed after the keyring changed']);
    // Both computers read everything, this one's early line included.
    await ok(work.core, 'incidents:create', incident(id, 'typed after the unlock'));
    const facts = async (core: Core) => (await ok(core, 'journals:get', { relationshipId: id })).incidents.map((i) => i.facts).sort();
    expect(await facts(work.core)).toEqual(['typed after the unlock', 'written before work noticed']);
    const homeAgain = await openOn(HOME);
    await ok(homeAgain.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await facts(homeAgain.core)).toEqual(['typed after the unlock', 'written before work noticed']);
    expect(filesContaining(await tree(dir), ['typed after the unlock'])).toEqual([]);
  });

  it('looking at the keyring never makes a save in flight fail (nothing changed)', async () => {
    const work = await openOn(WORK);
    const { id } = await ok(work.core, 'relationships:create', sam);
    const refused: string[] = [];
    for (let round = 0; round < 40; round++) {
      const [, saved] = await Promise.all([work.look(), work.core.call('incidents:create', incident(id, `round ${round}`))]);
      if (!saved.ok) refused.push(`${round}: ${saved.code}`);
    }
    console.log(`keyring looks beside saves: 40 rounds, ${refused.length} refused`);
    expect(refused).toEqual([]);
    await work.core.settled?.();
  });

  it('a new passphrase set elsewhere: this computer locks, and only the new passphrase opens it', async () => {
    const home = await openOn(HOME);
    await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home.core, 'security:change-passphrase', { current: PASSPHRASE, next: NEXT });

    await work.look();
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ locked: true, lockedBecause: 'passphrase-changed-elsewhere' });
    expect(await work.core.call('security:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, code: 'invalid-input' });
    await ok(work.core, 'security:unlock', { passphrase: NEXT });
    expect((await ok(work.core, 'relationships:list', {})).map((r) => r.name)).toEqual([sam.name]);
  });

  it('only the idle time changed elsewhere: this computer stays open', async () => {
    const home = await openOn(HOME);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home.core, 'security:set-idle', { minutes: 30 });
    await work.look();
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ locked: false, idleMinutes: 30 });
    // And this computer's own change never writes the old passphrase back over the folder's keyring.
    await ok(home.core, 'security:change-passphrase', { current: PASSPHRASE, next: NEXT });
    await work.look();
    await ok(work.core, 'security:unlock', { passphrase: NEXT });
    await ok(work.core, 'security:set-idle', { minutes: 5 });
    const third = await openOn({ id: 'cccccccccccccccc', name: 'Third' });
    await ok(third.core, 'security:unlock', { passphrase: NEXT });
  });

  it('encryption turned off elsewhere: this computer carries on without a passphrase, and what it writes next is plain for everyone', async () => {
    const home = await openOn(HOME);
    const { id } = await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    // Written on work before it noticed: sealed with a key the folder no longer has.
    await ok(work.core, 'incidents:create', incident(id, 'sealed before work noticed'));

    await work.look();
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ encrypted: false, locked: false });
    expect(work.events).toContain('security-changed');
    await ok(work.core, 'incidents:create', incident(id, 'plain after work noticed'));
    const files = await tree(dir);
    const sealedLeft = [...files].filter(([name, bytes]) => !name.startsWith('devices/') && (isSealed(bytes) || bytes.includes('MENDSEAL:')));
    expect(sealedLeft.map(([name]) => name)).toEqual([]);
    const homeAgain = await openOn(HOME);
    const facts = (await ok(homeAgain.core, 'journals:get', { relationshipId: id })).incidents.map((i) => i.facts).sort();
    expect(facts).toEqual(['plain after work noticed', 'sealed before work noticed']);
  });

  it('turned off elsewhere while this computer sat locked: it opens without asking, since nothing is left to unlock', async () => {
    const home = await openOn(HOME);
    const { id } = await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await openOn(WORK);
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ locked: true });
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    await work.look();
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ encrypted: false, locked: false });
    expect((await ok(work.core, 'journals:get', { relationshipId: id })).relationship.name).toBe(sam.name);
  });

  it('turned off and on again elsewhere (a new key): this computer locks, and the new passphrase opens everything', async () => {
    const home = await openOn(HOME);
    const { id } = await ok(home.core, 'relationships:create', sam);
    await enableEncryption(home.core, PASSPHRASE);
    const work = await openOn(WORK);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    await ok(home.core, 'security:disable', { passphrase: PASSPHRASE });
    await enableEncryption(home.core, NEXT);
    await work.look();
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ locked: true, lockedBecause: 'passphrase-changed-elsewhere' });
    expect(await work.core.call('security:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, code: 'invalid-input' });
    await ok(work.core, 'security:unlock', { passphrase: NEXT });
    await ok(work.core, 'incidents:create', incident(id, 'written under the new key'));
    const homeAgain = await openOn(HOME);
    await ok(homeAgain.core, 'security:unlock', { passphrase: NEXT });
    expect((await ok(homeAgain.core, 'journals:get', { relationshipId: id })).incidents.map((i) => i.facts)).toEqual(['written under the new key']);
    expect(filesContaining(await tree(dir), ['written under the new key', sam.name])).toEqual([]);
  });

  it('quit after the lock and started again: the first unlock still seals what this computer wrote plain', async () => {
    await mkdir(userDataOf(WORK), { recursive: true });
    const work = await openOn(WORK);
    const { id } = await ok(work.core, 'relationships:create', sam);
    const home = await openOn(HOME);
    await enableEncryption(home.core, PASSPHRASE);
    await ok(work.core, 'incidents:create', incident(id, 'written before work noticed'));
    await work.look();
    expect(await ok(work.core, 'security:status', {})).toMatchObject({ locked: true });

    const restarted = await openOn(WORK);
    await ok(restarted.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(filesContaining(await tree(dir), ['written before work noticed', sam.name])).toEqual([]);
    expect((await ok(restarted.core, 'journals:get', { relationshipId: id })).incidents.map((i) => i.facts)).toEqual(['written before work noticed']);
  });
});
