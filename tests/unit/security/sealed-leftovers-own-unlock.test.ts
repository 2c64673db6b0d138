import { describe, expect, it } from 'vitest';
import { PASSPHRASE, incidentFacts, leftoversOf, ok, sealedLeftover, sharedFolder, LEFTOVER_WORDS } from './helpers';

/**
 * Words sealed with the old passphrase, opened here: the journal is closed and opened again around the
 * opening, so every screen reads them. The keyring's next look then finds fewer files waiting. That is
 * how it learns another computer opened them (and reads every journal again, telling every screen), but
 * here it was this computer, which has just read everything: a second full read, and a "changed" to
 * every screen, bought nothing (found in review; failed before: one 'journal-changed' per person).
 */
const folder = sharedFolder('mend-leftovers-own-unlock-');

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
});
