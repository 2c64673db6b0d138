import { describe, it, expect } from 'vitest';
import { firstScreen } from '../../../src/core/services/first-screen';
import { longPerson } from '../../support/long-journal';
import { openCore } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';

const NOW = Date.parse('2026-03-01T09:00:00.000Z');

describe('the first screen of a long journal', () => {
  const journal = longPerson(0, 5_000, NOW);
  const { journal: first, whole } = firstScreen(journal, 50);

  it('cuts each long list to its latest 50 and keeps the rest whole', () => {
    expect(whole).toBe(false);
    for (const list of ['checks', 'meetingNotes', 'commitments'] as const) expect(first[list]).toHaveLength(50);
    expect(first.relationship).toEqual(journal.relationship);
    expect(first.incidents).toEqual(journal.incidents);
    const size = (j: unknown) => JSON.stringify(j).length;
    console.log(`first screen: ${size(first)} of ${size(journal)} characters`);
    expect(size(first)).toBeLessThan(size(journal) / 10);
  });

  it('holds exactly the newest entries of each list, in their order, so the top of the timeline is right', () => {
    const newest = (stamps: string[]) => [...stamps].sort().slice(-50);
    expect(first.checks.map((c) => c.at)).toEqual(newest(journal.checks.map((c) => c.at)));
    expect(first.commitments.map((c) => c.resolvedAt ?? c.createdAt)).toEqual(newest(journal.commitments.map((c) => c.resolvedAt ?? c.createdAt)));
  });

  it('is the whole journal, said so, when nothing is long', async () => {
    const core = await openCore({ files: new MemoryFileStore(), platform: testPlatform().platform, ...fixedStamp() });
    const id = await addSamplePerson(core);
    const answer = await ok(core, 'journals:first-screen', { relationshipId: id });
    expect(answer.whole).toBe(true);
    expect(answer.journal).toEqual(await ok(core, 'journals:get', { relationshipId: id }));
  });
});
