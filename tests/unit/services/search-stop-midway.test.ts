import { describe, it, expect } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { ok } from '../../support/sample-journal';
import { longPerson } from '../../support/long-journal';
import { encodeEnvelope } from '../../../src/core/store/envelope';
import { journalPath, journalSpec } from '../../../src/core/model/journal';
import { summarize, SUMMARY_VERSION } from '../../../src/core/store/summarize';
import { indexShardPath, indexSpec, INDEX_SHARDS, shardOf } from '../../../src/core/model/index-file';


const NOW = Date.parse('2026-03-01T09:00:00.000Z');
/** Three notes far apart in one long journal carry a word nothing else has. */
const MARKED = new Map([5, 2_000, 3_995].map((i) => [i, `A 1:1 about the zebrafish tank, week ${i}.`]));

async function longFolder(): Promise<MemoryFileStore> {
  const files = new MemoryFileStore();
  const journal = longPerson(0, 4_000, NOW, MARKED);
  await files.write(journalPath(journal.relationship.id), encodeEnvelope(journalSpec, journal));
  const summary = summarize(journal, new Date(NOW));
  for (let shard = 0; shard < INDEX_SHARDS; shard++) {
    const relationships = shardOf(summary.id) === shard ? [summary] : [];
    await files.write(indexShardPath(shard), encodeEnvelope(indexSpec, { summaryVersion: SUMMARY_VERSION, relationships }));
  }
  return files;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 2_000; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`never: ${what}`);
}

describe('stopping the search build part way through one long journal', () => {
  it('loses none of its entries and indexes none twice once resumed', async () => {
    const core = await openCore({ files: await longFolder(), platform: testPlatform().platform, ...fixedStamp() });
    await ok(core, 'search:status', {});
    // The journal is being indexed (in slices) but is not finished.
    await until(async () => (await ok(core, 'search:status', {})).indexed === 1, 'the journal is being indexed');
    const stopped = (await ok(core, 'progress:cancel', { kind: 'search-index' })).cancelled;
    await until(async () => { const s = await ok(core, 'search:status', {}); return s.paused || s.ready; }, 'the build stops or ends');
    const midway = await ok(core, 'search:status', {});
    console.log(`search stop midway: cancelled ${stopped}, ready when stopped ${midway.ready}`);
    await ok(core, 'search:status', { resume: true });
    await until(async () => (await ok(core, 'search:status', {})).ready, 'the build finishes');
    const found = await ok(core, 'search:query', { query: 'zebrafish' });
    expect(found.groups).toHaveLength(1);
    expect(found.groups[0]!.hits.map((h) => h.entry).sort()).toEqual(['meeting-note:n-0-2000', 'meeting-note:n-0-3995', 'meeting-note:n-0-5']);
  });
});
