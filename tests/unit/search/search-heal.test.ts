import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import { encodeEnvelope } from '../../../src/core/store/envelope';
import { journalPath, journalSpec, type Journal } from '../../../src/core/model/journal';

/**
 * The search build reads every journal without checking Home's summaries as it goes (that check is
 * most of a read's cost); it checks them once search is ready. A summary left stale (a crash between
 * a save and its index write) is still healed.
 */
async function until(what: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await what()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('never happened');
}

const names = async (core: Core) => (await ok(core, 'relationships:list', {})).map((r: { name: string }) => r.name);

describe('search and Home summaries', () => {
  it('a stale summary is healed after the search build read its journal', async () => {
    const files = new MemoryFileStore();
    const core = await openCore({ files, platform: testPlatform().platform, ...fixedStamp() });
    const id = await addSamplePerson(core);
    const journal = (await ok(core, 'journals:get', { relationshipId: id })) as Journal;
    // Written behind the index's back: the summary still says the old name.
    await files.write(journalPath(id), encodeEnvelope(journalSpec, { ...journal, relationship: { ...journal.relationship, name: 'Robin Vale' } }));
    const again = await openCore({ files, platform: testPlatform().platform, ...fixedStamp() });
    expect(await names(again)).toEqual(['Sam Rivera']);
    await until(async () => (await ok(again, 'search:status', {})).ready);
    expect((await ok(again, 'search:query', { query: 'robin' })).groups).toHaveLength(1);
    await until(async () => (await names(again)).includes('Robin Vale'));
  });
});
