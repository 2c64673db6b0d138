import { describe, expect, it } from 'vitest';
import type { Vault } from '../../../src/core/services/vault';
import { createNodeVault } from '../../../src/main/storage/node-vault';
import { FAST_KDF, PASSPHRASE, incidentFacts, leftoversOf, ok, sealedLeftover, sharedFolder, LEFTOVER_WORDS } from './helpers';

/**
 * Words sealed with the old passphrase, opened here: the journal is closed and opened again around the
 * opening, so every screen reads them. The keyring's next look then finds fewer files waiting. That is
 * how it learns another computer opened them (and reads every journal again, telling every screen), but
 * here it was this computer, which has just read everything: a second full read, and a "changed" to
 * every screen, bought nothing (found in review; failed before: one 'journal-changed' per person).
 * The review of the first fix found the other side: a wrong passphrase here must not hide that another
 * computer opened the words meanwhile, and a look already under way must not read twice either.
 */
const folder = sharedFolder('mend-leftovers-own-unlock-');
const WORK_USER = (dir: string) => `${dir}-user-bbbbbbbbbbbbbbbb`;

describe('opening the words sealed with the old passphrase on this computer', () => {
  it('does not read every journal a second time at the next look', async () => {
    const events: string[] = [];
    const { id, work } = await sealedLeftover(folder, { onEvent: (name) => void events.push(name) });
    await work.look();
    expect(await leftoversOf(work.core)).toBeGreaterThan(0);
    await ok(work.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await incidentFacts(work.core, id)).toEqual([LEFTOVER_WORDS]);
    events.length = 0;
    await work.look();
    await work.look();
    expect(events.filter((e) => e === 'journal-changed')).toEqual([]);
    expect((await ok(work.core, 'security:status', {})).sealedLeftovers).toBeUndefined();
  });

  it('nor when a look was already under way as the person pressed "Bring them back" (failed on the first fix)', async () => {
    const events: string[] = [];
    let slow = false;
    const real = createNodeVault(folder.dir(), { kdf: FAST_KDF, userDataDir: WORK_USER(folder.dir()) });
    // A keyring read on a slow synced disk: the look is still reading it when the unlock starts.
    const vault: Vault = { ...real, refresh: async () => (slow && (await new Promise((r) => setTimeout(r, 30))), real.refresh!()) };
    const { id, work } = await sealedLeftover(folder, { vault, onEvent: (name) => void events.push(name) });
    await work.look();
    expect(await leftoversOf(work.core)).toBeGreaterThan(0);
    events.length = 0;
    slow = true;
    const looking = work.look();
    await new Promise((r) => setTimeout(r, 5));
    await Promise.all([looking, ok(work.core, 'security:unlock', { passphrase: PASSPHRASE })]);
    await work.look();
    await work.look();
    expect(await incidentFacts(work.core, id)).toEqual([LEFTOVER_WORDS]);
    expect(events.filter((e) => e === 'journal-changed')).toEqual([]);
  });
});

describe('a wrong old passphrase here while another computer opens the words', () => {
  it('still shows the words here, and tells the window the prompt can go (failed on the first fix)', async () => {
    const events: string[] = [];
    let unlockStarted = (): void => undefined;
    const started = new Promise<void>((r) => (unlockStarted = r));
    let beforeRefresh: (() => Promise<void>) | null = null;
    const real = createNodeVault(folder.dir(), { kdf: FAST_KDF, userDataDir: WORK_USER(folder.dir()) });
    const vault: Vault = {
      ...real,
      async refresh() {
        const hook = beforeRefresh;
        beforeRefresh = null;
        if (hook) await hook();
        return real.refresh!();
      },
      async unlock(secret, onProgress) {
        unlockStarted();
        return real.unlock(secret, onProgress);
      },
    };
    const { id, home, work } = await sealedLeftover(folder, { vault, onEvent: (name) => void events.push(name) });
    await work.look();
    expect(await leftoversOf(work.core)).toBeGreaterThan(0);
    // Home opens the words while Work's wrong attempt runs, after Work's journal was read again around it.
    const failing = work.core.call('security:unlock', { passphrase: 'not the old one at all' });
    await started;
    beforeRefresh = async () => {
      await incidentFacts(work.core, id);
      events.push('HOME-OPENS');
      await ok(home.core, 'security:unlock', { passphrase: PASSPHRASE });
    };
    const looking = work.look(); // the look fires while the unlock runs
    expect(await failing).toMatchObject({ ok: false });
    await looking;
    await work.look();
    await work.look();
    expect((await ok(work.core, 'security:status', {})).sealedLeftovers).toBeUndefined();
    expect(events.slice(events.indexOf('HOME-OPENS'))).toContain('security-changed');
    expect(await incidentFacts(work.core, id)).toEqual([LEFTOVER_WORDS]);
  });
});
