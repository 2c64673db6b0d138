import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';
import type { Journal } from '../../../src/core/model/journal';

/**
 * A save re-indexes only the records it replaced (compared by identity, journal-draft.ts keeps the
 * others): whatever the saves, the index kept this way answers exactly as one built afresh from the
 * saved journals does.
 */
const QUERIES = ['acme', 'deck', 'renewal', 'plan', 'sam', 'morgan', 'quux', 'zorp', 'blip', 'weekly', 'calendar', 'flagged', 'kept'];

async function ready(core: Core): Promise<void> {
  for (let wait = 0; wait < 500; wait++) {
    if ((await ok(core, 'search:query', { query: 'acme' })).progress.ready) return;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error('the search index never got ready');
}

/** Each query's groups and hits, in a fixed order (equal scores rank in the order documents were added). */
const answers = async (core: Core) =>
  Promise.all(QUERIES.map(async (query) => {
    const groups = (await ok(core, 'search:query', { query })).groups.map((g) => ({ ...g, hits: [...g.hits].sort((a, b) => a.entry.localeCompare(b.entry)) }));
    return { query, groups: groups.sort((a, b) => a.relationshipId.localeCompare(b.relationshipId)) };
  }));

/** An incident's fields as `incidents:update` takes them, with a new title. */
const retitled = (i: Journal['incidents'][number], title: string) => ({
  id: i.id, title, occurredAt: i.occurredAt, facts: i.facts, impact: i.impact, domains: i.domains, causes: i.causes,
  baseline: i.baseline, stability: i.stability, status: i.status,
});

describe('search follows each save by the records it changed', () => {
  it('answers as a fresh index does after edits, renames, removals and discards', async () => {
    const files = new MemoryFileStore();
    const core = await openCore({ files, platform: testPlatform().platform, ...fixedStamp() });
    const sam = await addSamplePerson(core);
    await addSamplePerson(core, 'Alex Kim');
    await ready(core);
    const journal = (): Promise<Journal> => ok(core, 'journals:get', { relationshipId: sam }) as Promise<Journal>;
    const j = await journal();
    const incident = j.incidents[0]!;
    const debrief = j.debriefs[0]!;
    const check = j.checks[0]!;
    const prep = j.preparations[0]!;
    const note = await ok(core, 'monitoring-notes:create', { relationshipId: sam, at: '2026-02-26T09:00:00.000Z', kind: 'other', note: 'A quux in the pipeline.' });
    // The incident's title is in its plan's title: renaming it renames the plan's document too.
    await ok(core, 'incidents:update', { relationshipId: sam, ...retitled(incident, 'Missed the zorp handover') });
    await ok(core, 'debriefs:save', {
      relationshipId: sam, id: debrief.id, heldAt: debrief.heldAt, steps: debrief.steps, theirView: 'They said blip twice.', diagnosis: debrief.diagnosis,
      surprised: debrief.surprised, learned: debrief.learned, differently: debrief.differently, fewerCommitmentsReason: '', commitmentDrafts: [],
    });
    await ok(core, 'monitoring-notes:delete', { relationshipId: sam, id: note.id });
    await ok(core, 'checks:delete', { relationshipId: sam, id: check.id });
    await ok(core, 'preparations:discard', { relationshipId: sam, id: prep.id });
    const after = await answers(core);
    expect(after.find((a) => a.query === 'quux')!.groups, 'a removed entry is not found').toEqual([]);
    expect(after.find((a) => a.query === 'blip')!.groups).toHaveLength(1);
    expect(after.find((a) => a.query === 'zorp')!.groups[0]!.hits.map((h) => h.kind)).toContain('Incident');
    await ok(core, 'relationships:update', { id: sam, name: 'Morgan Lee', role: 'Account lead', kind: 'direct-report', started: '2024-02-01', notes: 'Owns the **Acme** account.' });
    const renamed = await answers(core);
    expect(renamed.find((a) => a.query === 'morgan')!.groups[0]!.hits.length, 'every entry carries the new name').toBeGreaterThan(3);
    await core.settled?.();
    const fresh = await openCore({ files, platform: testPlatform().platform, ...fixedStamp() });
    await ready(fresh);
    const rebuilt = await answers(fresh);
    for (const [i, a] of renamed.entries()) expect(a, a.query).toEqual(rebuilt[i]);
  });

  it('a plan\'s title follows its incident\'s new title', async () => {
    const files = new MemoryFileStore();
    const core = await openCore({ files, platform: testPlatform().platform, ...fixedStamp() });
    const sam = await addSamplePerson(core);
    await ready(core);
    const j = (await ok(core, 'journals:get', { relationshipId: sam })) as Journal;
    const incident = j.incidents[0]!;
    await ok(core, 'monitoring-notes:create', { relationshipId: sam, at: '2026-02-26T09:00:00.000Z', kind: 'other', note: 'A first save after the build.' });
    await ok(core, 'incidents:update', { relationshipId: sam, ...retitled(incident, 'Missed the zorp handover') });
    const hits = (await ok(core, 'search:query', { query: 'week went' })).groups.flatMap((g) => g.hits);
    expect(hits.map((h) => h.title)).toContain('Plan for “Missed the zorp handover”');
  });
});
