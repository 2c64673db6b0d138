/**
 * Long journals for the bench and the end-to-end tests: thousands of entries, or thousands of people,
 * written as a data folder through the real codec (saving them one call at a time would take minutes).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeEnvelope } from '../../src/core/store/envelope';
import { summarize, SUMMARY_VERSION } from '../../src/core/store/summarize';
import { journalSchema, journalSpec, journalPath, type Journal } from '../../src/core/model/journal';
import { indexShardPath, indexSpec, INDEX_SHARDS, shardOf } from '../../src/core/model/index-file';

const DAY = 86_400_000;
/**
 * A person with `entries` timeline entries, one every 8 hours up to `now` (1:1 notes, trust checks and
 * kept promises in turn), valid by the journal's schema. `notes` overrides a 1:1 note's text by index.
 */
export function longPerson(n: number, entries: number, now: number, notes: ReadonlyMap<number, string> = new Map()): Journal {
  const iso = (t: number) => new Date(t).toISOString();
  const at = (i: number) => now - (entries - i) * (DAY / 3);
  const base = (kind: string, i: number) => ({ id: `${kind}-${n}-${i}`, createdAt: iso(at(i)), updatedAt: iso(at(i)) });
  const j: Journal = {
    relationship: { ...base('p', 0), name: `Person ${n + 1}`, role: 'Engineer', kind: 'direct-report', started: null, notes: '', archived: false },
    incidents: [{ ...base('i', 0), title: 'A deadline slipped', occurredAt: iso(at(0)), facts: 'It arrived late.', impact: '', domains: ['reliability'],
      causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: null, status: 'repairing' }],
    preparations: [], debriefs: [], commitments: [], checks: [], monitoringNotes: [], meetingNotes: [], repairBids: [], followUps: [], theirTrust: [],
  };
  for (let i = 1; i < entries; i++) {
    const kind = i % 5;
    if (kind < 2) j.meetingNotes.push({ ...base('n', i), at: iso(at(i)), text: notes.get(i) ?? `A 1:1 about week ${i}: the roadmap, estimates and what is next.` });
    else if (kind < 4) j.checks.push({ ...base('c', i), at: iso(at(i)), ratings: { reliability: 3 + (i % 4), competence: 5, sincerity: 6, care: 5, reliance: 4 },
      evidence: 'The status note arrived.', interpretation: '', activation: 1, emotion: 'Calm', source: 'The week.', debriefId: null });
    else j.commitments.push({ ...base('m', i), owner: i % 2 ? 'them' : 'me', text: `Promise ${i}: send the summary.`, dueAt: iso(at(i)).slice(0, 10),
      status: 'kept', note: '', resolvedAt: iso(at(i)), debriefId: null });
  }
  return journalSchema.parse(j);
}

/** Writes a data folder holding these journals and their index, through the real codec. */
export async function writeFolder(dir: string, journals: Journal[], now: number): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  await mkdir(join(dir, 'relationships'), { recursive: true });
  await mkdir(join(dir, 'index'), { recursive: true });
  for (const j of journals) await writeFile(join(dir, journalPath(j.relationship.id)), encodeEnvelope(journalSpec, j));
  const summaries = journals.map((j) => summarize(j, new Date(now)));
  for (let shard = 0; shard < INDEX_SHARDS; shard++) {
    const relationships = summaries.filter((s) => shardOf(s.id) === shard);
    await writeFile(join(dir, indexShardPath(shard)), encodeEnvelope(indexSpec, { summaryVersion: SUMMARY_VERSION, relationships }));
  }
}

