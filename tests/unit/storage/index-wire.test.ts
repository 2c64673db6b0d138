import { z } from 'zod';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWire, LATER, toWire } from '../../../src/core/store/index-wire';
import { SUMMARY_VERSION } from '../../../src/core/store/summarize';
import { devicePath } from '../../../src/core/store/device-state';
import { decodeEnvelopeApart, encodeEnvelope } from '../../../src/core/store/envelope';
import { allCommitmentsOf, indexSpec, relationshipSummarySchema, shardOf, type IndexData, type RelationshipSummary } from '../../../src/core/model/index-file';
import { validish } from '../../support/zod-arbitrary';
import { addSamplePerson } from '../../support/sample-journal';
import { trustWorld } from '../trust/world';

/**
 * This computer's index cache writes checks, commitments and resolved commitments as arrays
 * (store/index-wire.ts). It must read back exactly the summaries it was given; anything else, or a
 * cache of an older version, is never trusted: it is rebuilt from the journals.
 */
const raw = (bytes: Uint8Array) => JSON.parse(Buffer.from(bytes).toString('utf8')) as { data: { summaryVersion: number; relationships: Record<string, unknown>[] } };
const untypedSpec = { ...indexSpec, schema: indexSpec.schema as never };
/** Any data, as it was written: for reading shards apart (decodeEnvelopeApart) and back by their form. */
const anySpec = { ...indexSpec, schema: z.unknown() as never };

/** Summaries as the model holds them (read through its schema: defaults filled in). */
const summaries = validish(relationshipSummarySchema, { ids: ['r1', 'r2'] })
  .map((v) => relationshipSummarySchema.safeParse(v))
  .filter((r) => r.success)
  .map((r) => r.data!);

describe('the index cache form', () => {
  it('reads back every summary exactly as written, members in the same order (random summaries)', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(summaries, { maxLength: 4 }), (list) => {
        runs++;
        const data: IndexData = { summaryVersion: SUMMARY_VERSION, relationships: list as RelationshipSummary[] };
        const back = fromWire(JSON.parse(JSON.stringify(toWire(data))), SUMMARY_VERSION);
        expect(back).toEqual(data);
        expect(JSON.stringify(back)).toBe(JSON.stringify(data));
      }),
      { numRuns: 300 },
    );
    console.log(`index cache form: ${runs} random shards read back exactly`);
  });

  it('refuses anything not in its form: another version, a check or commitment of the wrong length or type', () => {
    // fromWire reads a freshly parsed shard in place, so every case gets its own copy.
    const summary = () => ({ id: 'r1', name: 'Sam', trust: { checks: [['2026-01-01', 5, 5, 5, 5, 5, 1, 0]], resolved: [] }, commitments: [] as unknown[] });
    const shard = (s: unknown, later: unknown = [[]]) => structuredClone({ summaryVersion: SUMMARY_VERSION, relationships: [s], [LATER]: later });
    expect(fromWire(shard(summary()), SUMMARY_VERSION)).not.toBeNull();
    // The commitments resolved, in the shard's last member: one list per summary, each in the same form.
    const resolved = ['c2', 'me', 'Text', null, 'kept', '2026-01-02T00:00:00.000Z', ''];
    expect(fromWire(shard(summary(), [[resolved]]), SUMMARY_VERSION)!.relationships[0]!.commitments).toHaveLength(1);
    const { [LATER]: _later, ...withoutLater } = shard(summary());
    expect(fromWire(withoutLater, SUMMARY_VERSION)).toBeNull();
    for (const later of [null, [], [[], []], [null], [[['c2', 'me']]], [[{ id: 'c2' }]]]) {
      expect(fromWire(shard(summary(), later), SUMMARY_VERSION), JSON.stringify(later)).toBeNull();
    }
    const { commitments: _none, ...withoutCommitments } = summary();
    expect(fromWire(shard(withoutCommitments, [[resolved]]), SUMMARY_VERSION)).toBeNull();
    expect(fromWire(shard(withoutCommitments), SUMMARY_VERSION)).not.toBeNull();
    expect(fromWire({ ...shard(summary()), summaryVersion: SUMMARY_VERSION - 1 }, SUMMARY_VERSION)).toBeNull();
    for (const check of [['2026-01-01', 5, 5, 5, 5, 1, 0], ['2026-01-01', '5', 5, 5, 5, 5, 1, 0], ['2026-01-01', 5, 5, 5, 5, 5, 1, true], { at: '2026-01-01' }]) {
      expect(fromWire(shard({ ...summary(), trust: { ...summary().trust, checks: [check] } }), SUMMARY_VERSION)).toBeNull();
    }
    for (const commitment of [['c1', 'me', 'Text', null, 'open', null], ['c1', 'me', 'Text', null, 'open', null, '', 7], { id: 'c1' }]) {
      expect(fromWire(shard({ ...summary(), commitments: [commitment] }), SUMMARY_VERSION)).toBeNull();
    }
    expect(fromWire(shard({ ...summary(), trust: { checks: [] } }), SUMMARY_VERSION)).toBeNull();
  });

  it('read with the commitments resolved apart: the same summaries, those read only when asked for (random summaries)', () => {
    let runs = 0;
    let resolvedSeen = 0;
    fc.assert(
      fc.property(fc.array(summaries, { maxLength: 4 }), (list) => {
        runs++;
        const data: IndexData = { summaryVersion: SUMMARY_VERSION, relationships: list as RelationshipSummary[] };
        const bytes = encodeEnvelope(anySpec, toWire(data) as never);
        const { data: head, apart } = decodeEnvelopeApart(anySpec, bytes, LATER);
        expect(apart).not.toBeNull();
        const back = fromWire(head, SUMMARY_VERSION, apart!)!;
        // Before they are asked for: every open one is there (those up to the last open one), no more.
        back.relationships.forEach((s, i) => {
          const had = data.relationships[i]!.commitments;
          const lastOpen = (had ?? []).map((c) => c.status).lastIndexOf('open');
          expect(s.commitments).toEqual(had?.slice(0, lastOpen + 1));
          resolvedSeen += (had ?? []).length - (lastOpen + 1);
        });
        // Asked for: all of them, in their order, in the same list; then the summaries are as written.
        back.relationships.forEach((s, i) => expect(allCommitmentsOf(s)).toEqual(data.relationships[i]!.commitments));
        expect(back).toEqual(data);
        expect(JSON.stringify(back)).toBe(JSON.stringify(data));
      }),
      { numRuns: 300 },
    );
    console.log(`index cache form, read apart: ${runs} random shards, ${resolvedSeen} resolved commitments read back when asked for`);
  });

  it('a name or a commitment that spells out the last member does not cut the shard in the wrong place', () => {
    const spelled = `x","${LATER}":[[]]}`;
    const summary = {
      id: 'r1', name: spelled, role: `,"${LATER}":`, kind: 'direct-report', started: '2026-01-01', archived: false, createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z', entries: 2,
      commitments: [
        { id: 'c1', relationshipId: 'r1', owner: 'me', text: spelled, dueAt: null, status: 'open', resolvedAt: null, note: '' },
        { id: 'c2', relationshipId: 'r1', owner: 'them', text: `,"${LATER}":`, dueAt: null, status: 'kept', resolvedAt: '2026-01-02T00:00:00.000Z', note: spelled },
      ],
    } as RelationshipSummary;
    const data: IndexData = { summaryVersion: SUMMARY_VERSION, relationships: [summary] };
    const spec = { ...indexSpec, schema: z.unknown() as never };
    const { data: head, apart } = decodeEnvelopeApart(spec, encodeEnvelope(spec, toWire(data) as never), LATER);
    const back = fromWire(head, SUMMARY_VERSION, apart!)!;
    allCommitmentsOf(back.relationships[0]!);
    expect(back).toEqual(data);
  });

  it('a shard with no last member to leave apart is read whole', () => {
    const spec = { ...indexSpec, schema: z.unknown() as never };
    const whole = { summaryVersion: SUMMARY_VERSION - 1, relationships: [] };
    expect(decodeEnvelopeApart(spec, encodeEnvelope(spec, whole as never), LATER)).toEqual({ data: whole, apart: null });
  });
});

describe("this computer's index cache on disk", () => {
  async function world() {
    const w = await trustWorld();
    const id = await addSamplePerson(w.core);
    await w.core.settled?.();
    const path = devicePath('c0ffee00c0ffee00', `index/${shardOf(id).toString(16).padStart(2, '0')}.json`);
    return { w, id, path };
  }

  it('holds checks and commitments as arrays, and a restart shows the same Home', async () => {
    const { w, path } = await world();
    const [summary] = raw(w.files.files.get(path)!).data.relationships as { trust: { checks: unknown[] }; commitments: unknown[] }[];
    expect(summary!.trust.checks.length).toBeGreaterThan(0);
    expect(summary!.trust.checks.every(Array.isArray)).toBe(true);
    expect(summary!.commitments.every(Array.isArray)).toBe(true);
    const before = await w.core.call('home:get', {});
    expect((await (await w.reopen()).call('home:get', {}))).toEqual(before);
  });

  it('a shard of this version not in its form is set aside and rebuilt from the journals', async () => {
    const { w, id, path } = await world();
    const home = await w.core.call('home:get', {});
    const data = raw(w.files.files.get(path)!).data;
    const bent = { ...data, relationships: data.relationships.map((r) => ({ ...r, trust: { ...(r['trust'] as object), checks: [['2026-01-01', 5]] } })) };
    w.files.files.set(path, encodeEnvelope(untypedSpec, bent));
    const again = await w.reopen();
    expect(await again.call('home:get', {})).toEqual(home);
    expect([...w.files.files.keys()].some((p) => p.startsWith('damaged/'))).toBe(true);
    expect(raw(w.files.files.get(path)!).data.relationships.map((r) => r['id'])).toEqual([id]);
  });

  it('a shard of an older version (summaries as objects) is rebuilt from the journals, never trusted', async () => {
    const { w, path } = await world();
    const home = await w.core.call('home:get', {});
    const [summary] = fromWire(raw(w.files.files.get(path)!).data, SUMMARY_VERSION)!.relationships;
    // What version 3 wrote: the same summaries as objects; this one stale, as if the journal moved on since.
    const old = { summaryVersion: SUMMARY_VERSION - 1, relationships: [{ ...summary!, name: 'A stale name', trust: { ...summary!.trust!, checks: [] } }] };
    w.files.files.set(path, encodeEnvelope(indexSpec, old));
    const again = await w.reopen();
    expect(await again.call('home:get', {})).toEqual(home);
    const rewritten = raw(w.files.files.get(path)!).data;
    expect(rewritten.summaryVersion).toBe(SUMMARY_VERSION);
    expect(fromWire(rewritten, SUMMARY_VERSION)!.relationships).toEqual([summary]);
    expect([...w.files.files.keys()].some((p) => p.startsWith('damaged/'))).toBe(false);
  });
});
