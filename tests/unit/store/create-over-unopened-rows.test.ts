import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { JournalStore } from '../../../src/core/store/journal-store';
import { journalPath } from '../../../src/core/model/journal';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { callOk } from '../../support/typed-call';
import { SAM } from '../follow-up/helpers';

/**
 * A journal written whole where change logs already lie (`JournalStore.create`: an import adding a
 * person this computer's index did not list) claims the lines it finds as folded. A row this computer
 * could not open (sealed under a key it does not hold, read as "?reason") was claimed too, so once the
 * key arrived its words were never read (found in review of the sealed-leftover work; failed before).
 * It must be listed as a hole, as a snapshot folded by `load` lists it, and read once it can be.
 */
const WORK = { id: 'b2b2b2b2b2b2b2b2', name: 'Work' };
const HOME = { id: 'a1a1a1a1a1a1a1a1', name: 'Home' };
const WORDS = 'Talked it through on Friday; she asked for the plan in writing.';

describe('a journal created over log rows this computer cannot open yet', () => {
  it('lists them as holes, and their words show once they can be read', async () => {
    const files = new MemoryFileStore();
    const stamp = fixedStamp();
    const work = callOk(await openCore({ files, platform: testPlatform().platform, ...stamp, device: WORK }));
    const { id } = await work('relationships:create', SAM);
    const journal = await work('journals:get', { relationshipId: id });
    await work('monitoring-notes:create', { relationshipId: id, at: '2026-02-27T09:00:00.000Z', kind: 'other', note: WORDS });

    // What Home finds: Work's log, every row still sealed under a key Home does not hold yet.
    const log = `logs/${id}.${WORK.id}.log`;
    const readable = (await files.read(log))!;
    const rows = new TextDecoder().decode(readable).split('\n').filter(Boolean);
    await files.write(log, new TextEncoder().encode(rows.map(() => '?it is encrypted with a key this computer does not have yet\n').join('')));
    await files.move(journalPath(id), `elsewhere/${id}.json`);

    const home = await JournalStore.open(files, stamp.now, { device: HOME });
    await home.create(journal);
    await home.flushed();

    // The key arrives: the rows read as written.
    await files.write(log, readable);
    const again = callOk(await openCore({ files, platform: testPlatform().platform, ...stamp, device: HOME }));
    const merged = await again('journals:get', { relationshipId: id });
    expect(merged.monitoringNotes.map((n) => n.note)).toEqual([WORDS]);
  });
});
