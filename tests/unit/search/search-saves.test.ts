import { describe, it, expect } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';

// Four letters: too short for typo-forgiveness, so an old word cannot match a new one by accident.
const wordFor = (i: number): string => String.fromCharCode(97 + i).repeat(4);

describe('saves while the search index is built and after', () => {
  it('every save succeeds and is found, whatever the order of build and saves', async () => {
    const core = await openCore({ files: new MemoryFileStore(), platform: testPlatform().platform, ...fixedStamp() });
    const sam = await addSamplePerson(core);
    const prep = await ok(core, 'preparations:start', { relationshipId: sam, incidentId: null, plannedAt: null });
    for (let i = 0; i < 25; i++) {
      if (i === 3) await ok(core, 'search:status', {});
      const word = wordFor(i);
      await ok(core, 'preparations:save-draft', { relationshipId: sam, id: prep.id, patch: { plan: { perspective: `Ask about ${word}` }, step: i % 8 } });
      await ok(core, 'preparations:save-draft', { relationshipId: sam, id: prep.id, patch: { step: (i + 1) % 8 } });
      if (i % 5 !== 4) continue; // some saves land while the index is still being read
      let found = await ok(core, 'search:query', { query: word });
      for (let wait = 0; !found.progress.ready && wait < 200; wait++) {
        await new Promise((r) => setTimeout(r, 2));
        found = await ok(core, 'search:query', { query: word });
      }
      expect(found.groups.length, word).toBe(1);
      expect((await ok(core, 'search:query', { query: wordFor(i - 1) })).groups, 'the old words are gone').toHaveLength(0);
    }
  });
});
