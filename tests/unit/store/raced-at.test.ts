import { describe, expect, it } from 'vitest';
import { applyLine, racedAt, seenNow, type Records } from '../../../src/core/store/sync-state';
import { GENESIS_CLOCK } from '../../../src/core/store/hlc';

/**
 * An entry from a journal written before change logs: every field has the genesis clock, so what the
 * remover had seen of it is nothing (`r` empty, written all the same). Work edits it; Home, not having
 * seen that, removes it a minute later by the clock: Work's words are offered. Before, no `r` was
 * written and the removal read as "saw every write up to my own clock" (found by review).
 */
const HOME = 'aaaaaaaaaaaaaaaa';
const WORK = 'bbbbbbbbbbbbbbbb';
const KEY = 'repairBids/legacy';

describe('a removal of an entry known only from before change logs', () => {
  it('still counts a write the remover never saw', () => {
    const records: Records = new Map([[KEY, { o: `${GENESIS_CLOCK}/00000000`, f: { note: { t: GENESIS_CLOCK, v: 'Old note from before sync.', d: HOME } } }]]);
    const seen = seenNow(records.get(KEY)!);
    expect(seen).toBe('');
    applyLine(records, { t: `2026-12-02T13:01:00.000Z-0000-${HOME}`, d: HOME, k: KEY, x: 1, r: seen });
    expect(racedAt(records.get(KEY)!)).toBeNull(); // nothing but the old value: nothing raced
    applyLine(records, { t: `2026-12-02T13:00:00.000Z-0000-${WORK}`, d: WORK, k: KEY, s: { note: ['Work wrote this, unseen by home.', GENESIS_CLOCK] } });
    expect(racedAt(records.get(KEY)!)).toBe(`2026-12-02T13:00:00.000Z-0000-${WORK}`);
  });
});
