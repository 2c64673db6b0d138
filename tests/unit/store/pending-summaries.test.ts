import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PendingSummaries } from '../../../src/core/store/pending-summaries';
import type { IndexDb } from '../../../src/core/store/index-db';
import type { RelationshipSummary } from '../../../src/core/model/index-file';
import { longPerson } from '../../support/long-journal';

const NOW = Date.parse('2026-11-20T10:00:00Z');

/** An index whose every write takes `writeMs` (a shard's encode, write and fsync), counting them. */
function slowIndex(writeMs: number) {
  const written: RelationshipSummary[] = [];
  const index: IndexDb = {
    relationships: [],
    put: (summary) => new Promise((done) => setTimeout(() => { written.push(summary); done(); }, writeMs)),
    remove: () => Promise.resolve(),
    keyOf: () => null,
  };
  return { index, written };
}

describe('pending index summaries', () => {
  beforeEach(() => vi.useFakeTimers({ now: NOW }));
  afterEach(() => vi.useRealTimers());

  it('during a long burst of saves, writes the index about once per longest wait, not after every save', async () => {
    // A reproduction: once the first write began, every save made while it ran was written again at
    // once, so a burst wrote (and fsynced) the index shard without pause beside the saves' own appends.
    const { index, written } = slowIndex(5);
    const pending = new PendingSummaries(index, () => new Date(NOW), () => {});
    const journal = longPerson(0, 3, NOW);
    const BURST_MS = 10_000;
    for (let t = 0; t < BURST_MS; t += 2) {
      pending.put(journal.relationship.id, journal);
      await vi.advanceTimersByTimeAsync(2);
    }
    // One write per 2 s of continuous saving (the longest a summary waits), give or take the edges.
    expect(written.length).toBeLessThanOrEqual(BURST_MS / 2000 + 1);
    expect(written.length).toBeGreaterThanOrEqual(BURST_MS / 2000 - 1);
    const flushed = pending.flushed();
    await vi.advanceTimersByTimeAsync(100);
    await flushed;
    expect(pending.get(journal.relationship.id)).toBeUndefined();
  });

  it('writes the newest journal once saving pauses, and a save made during a write is written after it', async () => {
    const { index, written } = slowIndex(50);
    const pending = new PendingSummaries(index, () => new Date(NOW), () => {});
    const first = longPerson(0, 2, NOW);
    const second = longPerson(0, 4, NOW);
    pending.put(first.relationship.id, first);
    await vi.advanceTimersByTimeAsync(260); // quiet: the write of `first` has begun
    pending.put(second.relationship.id, second);
    expect(pending.get(second.relationship.id)).toEqual(expect.objectContaining({ id: second.relationship.id }));
    await vi.advanceTimersByTimeAsync(1000);
    await pending.flushed();
    expect(written).toHaveLength(2);
    expect(pending.get(second.relationship.id)).toBeUndefined();
  });

  it('flushed() writes at once what waits for quiet', async () => {
    const { index, written } = slowIndex(1);
    const pending = new PendingSummaries(index, () => new Date(NOW), () => {});
    const journal = longPerson(0, 2, NOW);
    pending.put(journal.relationship.id, journal);
    const done = pending.flushed();
    await vi.advanceTimersByTimeAsync(5);
    await done;
    expect(written).toHaveLength(1);
  });

  it('a save during the wait puts the write off until 250 ms after it, within the longest wait', async () => {
    const { index, written } = slowIndex(1);
    const pending = new PendingSummaries(index, () => new Date(NOW), () => {});
    const journal = longPerson(0, 2, NOW);
    pending.put(journal.relationship.id, journal);
    await vi.advanceTimersByTimeAsync(200);
    pending.put(journal.relationship.id, journal); // the wait now ends at 450 ms
    await vi.advanceTimersByTimeAsync(200);
    expect(written).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(written).toHaveLength(1);
    // A save every 100 ms never gives 250 ms of quiet: the summary goes at the longest wait, 2 s.
    for (let t = 0; t < 1900; t += 100) {
      pending.put(journal.relationship.id, journal);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(written).toHaveLength(2);
  });

  it('a burst of saves sets a timer now and then, not one per save', async () => {
    // Clearing and setting a timer on every save was a tenth of a save's own work without the disk.
    const { index } = slowIndex(1);
    const pending = new PendingSummaries(index, () => new Date(NOW), () => {});
    const journal = longPerson(0, 2, NOW);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 0; i < 200; i++) {
      pending.put(journal.relationship.id, journal);
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(timers.mock.calls.length).toBeLessThan(10);
    timers.mockRestore();
  });
});
