import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeEnvelope } from '../../src/core/store/envelope';
import { summarize } from '../../src/core/store/summarize';
import { journalSchema, journalSpec, journalPath, type Journal } from '../../src/core/model/journal';
import { indexShardPath, indexSpec, INDEX_SHARDS, shardOf, type RelationshipSummary } from '../../src/core/model/index-file';
import { SUMMARY_VERSION } from '../../src/core/store/summarize';
import { CAUSES, CONVERSATION_STEPS, FEARS, MONITORING_KINDS, TRUST_DOMAINS, TRUST_ITEMS } from '../../src/core/model/trust-items';
import { emptyApology, emptyExpectation, emptyOwnSide } from '../../src/core/model/leader-side';
import { int, markdownText, pick, rng, shortText, type Rng } from './text';

/**
 * Deterministic synthetic data folders for the benchmark: S, M and L. Each relationship gets years of
 * incident cycles (incident → preparation → debrief → commitments → weekly checks → monitoring notes).
 * Written straight to disk through the real envelope codec and index summaries, and validated against
 * the real schemas, so Mend opens them exactly as it opens a user's folder.
 */
export interface SizeSpec {
  name: 'S' | 'M' | 'L';
  relationships: number;
  years: number;
  /** Incident cycles per relationship per year, on average; the largest relationship gets 5× as many. */
  cyclesPerYear: number;
}

export const SIZES: SizeSpec[] = [
  { name: 'S', relationships: 10, years: 3, cyclesPerYear: 0.45 },
  { name: 'M', relationships: 100, years: 5, cyclesPerYear: 0.34 },
  { name: 'L', relationships: 300, years: 10, cyclesPerYear: 0.25 },
];

const DAY = 86_400_000;
export const BENCH_NOW = Date.parse('2026-11-01T12:00:00.000Z');
const iso = (t: number) => new Date(t).toISOString();
const day = (t: number) => iso(t).slice(0, 10);

let counter = 0;
const id = (prefix: string) => `${prefix}-${(++counter).toString(36).padStart(6, '0')}`;
const base = (t: number) => ({ id: id('e'), createdAt: iso(t), updatedAt: iso(t) });
const ratings = (r: Rng, level: number) =>
  Object.fromEntries(TRUST_ITEMS.map((i) => [i, r() < 0.1 ? null : Math.max(1, Math.min(7, Math.round(level + (r() - 0.5) * 2)))])) as Record<(typeof TRUST_ITEMS)[number], number | null>;

function cycle(r: Rng, j: Journal, start: number, closed: boolean): void {
  const incident = {
    ...base(start), title: shortText(r), occurredAt: iso(start), facts: markdownText(r), impact: markdownText(r),
    domains: [pick(r, TRUST_DOMAINS)], causes: [{ cause: pick(r, CAUSES), confidence: pick(r, ['low', 'medium', 'high'] as const) }],
    baseline: ratings(r, 5), stability: int(r, 1, 7), status: closed ? ('closed' as const) : ('repairing' as const),
  };
  const prepAt = start + DAY;
  const plan = Object.fromEntries(CONVERSATION_STEPS.map((s) => [s, markdownText(r)])) as Record<(typeof CONVERSATION_STEPS)[number], string>;
  const prep = {
    ...base(prepAt), incidentId: incident.id, plannedAt: iso(prepAt + 2 * DAY), step: 7, status: 'ready' as const,
    finishedAt: iso(prepAt), discardedAt: null,
    coolDown: { activation: int(r, 0, 3) as 0 | 1 | 2 | 3, emotion: 'worried', source: markdownText(r, 200, 600), fears: [pick(r, FEARS)] },
    facts: { camera: markdownText(r), story: markdownText(r), otherExplanations: markdownText(r, 300, 900), trustedColleague: markdownText(r, 300, 900) },
    hypotheses: [{ cause: incident.causes[0]!.cause, confidence: 'medium' as const, note: markdownText(r, 200, 800) }],
    plan: { ...plan, apology: emptyApology(), expect: emptyExpectation() }, myCommitment: shortText(r),
  };
  const heldAt = prepAt + 3 * DAY;
  const steps = Object.fromEntries(CONVERSATION_STEPS.map((s) => [s, { happened: pick(r, ['yes', 'partly', 'no'] as const), notes: markdownText(r, 300, 1200) }])) as Journal['debriefs'][number]['steps'];
  const debrief = {
    ...base(heldAt), preparationId: prep.id, incidentId: incident.id, status: 'done' as const, heldAt: iso(heldAt), steps,
    theirView: markdownText(r), diagnosis: { guessed: incident.causes[0]!.cause, outcome: 'confirmed' as const, actual: incident.causes[0]!.cause },
    surprised: markdownText(r), learned: markdownText(r), differently: markdownText(r, 300, 900), fewerCommitmentsReason: '', commitmentDrafts: [], ownSide: emptyOwnSide(),
  };
  j.incidents.push(incident);
  j.preparations.push(prep);
  j.debriefs.push(debrief);
  for (const owner of ['them', 'me'] as const) {
    const due = heldAt + 14 * DAY;
    const resolved = due < BENCH_NOW;
    j.commitments.push({
      ...base(heldAt), owner, text: shortText(r), dueAt: day(due), debriefId: debrief.id,
      status: resolved ? pick(r, ['kept', 'kept', 'renegotiated', 'late', 'missed'] as const) : 'open',
      note: resolved ? markdownText(r, 100, 400) : '', resolvedAt: resolved ? iso(due) : null,
    });
  }
  for (let w = 0; w < 8; w++) {
    const at = heldAt + (w + 1) * 7 * DAY;
    if (at > BENCH_NOW) break;
    j.checks.push({
      ...base(at), at: iso(at), ratings: ratings(r, 3 + w * 0.3), evidence: markdownText(r, 300, 1000), interpretation: markdownText(r, 200, 800),
      activation: int(r, 0, 3) as 0 | 1 | 2 | 3, emotion: 'calm', source: r() < 0.8 ? 'the client escalation' : '', debriefId: null,
    });
  }
  if (r() < 0.6) j.monitoringNotes.push({ ...base(heldAt + 5 * DAY), at: iso(heldAt + 5 * DAY), kind: pick(r, MONITORING_KINDS), note: markdownText(r, 100, 500) });
}

function journalFor(r: Rng, spec: SizeSpec, index: number): Journal {
  const started = BENCH_NOW - spec.years * 365 * DAY;
  const relationship = {
    ...base(started), name: `Person ${index + 1}`, role: pick(r, ['Account lead', 'Analyst', 'Designer', 'Engineer']),
    kind: pick(r, ['direct-report', 'peer', 'manager', 'client', 'other'] as const), started: day(started),
    notes: markdownText(r), archived: false,
  };
  const j: Journal = { relationship, incidents: [], preparations: [], debriefs: [], commitments: [], checks: [], monitoringNotes: [], meetingNotes: [], repairBids: [], followUps: [], theirTrust: [] };
  const cycles = Math.max(1, Math.round(spec.years * spec.cyclesPerYear * (index === 0 ? 5 : 0.5 + r())));
  const span = BENCH_NOW - started - 30 * DAY;
  for (let c = 0; c < cycles; c++) {
    const start = started + Math.floor(((c + r() * 0.5) / cycles) * span);
    cycle(r, j, start, c < cycles - 1 || r() < 0.5);
  }
  return journalSchema.parse(j);
}

/** Writes the data folder for one size; returns its total bytes. */
export async function generate(spec: SizeSpec, dir: string, seed = 2026): Promise<{ bytes: number; largestId: string }> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  await mkdir(join(dir, 'relationships'), { recursive: true });
  const r = rng(seed);
  counter = 0;
  const summaries: RelationshipSummary[] = [];
  let bytes = 0;
  let largest = { id: '', size: 0 };
  for (let i = 0; i < spec.relationships; i++) {
    const journal = journalFor(r, spec, i);
    const encoded = encodeEnvelope(journalSpec, journal);
    await writeFile(join(dir, journalPath(journal.relationship.id)), encoded);
    bytes += encoded.length;
    if (encoded.length > largest.size) largest = { id: journal.relationship.id, size: encoded.length };
    summaries.push(summarize(journal, new Date(BENCH_NOW)));
  }
  await mkdir(join(dir, 'index'), { recursive: true });
  for (let shard = 0; shard < INDEX_SHARDS; shard++) {
    const relationships = summaries.filter((s) => shardOf(s.id) === shard);
    const index = encodeEnvelope(indexSpec, { summaryVersion: SUMMARY_VERSION, relationships });
    await writeFile(join(dir, indexShardPath(shard)), index);
    bytes += index.length;
  }
  return { bytes, largestId: largest.id };
}
