import { describe, expect, it } from 'vitest';
import { decodeLog, encodeLine, LogCursor, type ChangeLine } from '../../../src/core/store/change-line';
import { applySorted, mergeInClockOrder, type MergeSource } from '../../../src/core/store/log-merge';
import { applyLine, type Records } from '../../../src/core/store/sync-state';

/**
 * Opening a journal merges its logs as they are read (mergeInClockOrder) instead of reading every line,
 * sorting them all by clock and applying them (the way it was done before, and the way applySorted
 * still does for a log out of order). On random logs from two or three devices (edits that replace the
 * version their writer saw or race another device's, unsets, removals, saves of several lines, damaged
 * and torn lines, conflict copies, snapshots that already hold a prefix, a clock set back by hand) both
 * must give the same records, line count and last clock.
 */
const DEVICES = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];
const KEYS = ['relationship', 'incidents/i1', 'incidents/i2'];
const FIELDS = ['what', 'notes', 'kind'];
const VALUES = ['said it plainly', 'said it kindly', 'asked first', 'low', 'high', 'a longer note with spaces'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000);
}

const stamp = (ms: number, counter: number, device: string) =>
  `${new Date(Date.UTC(2026, 11, 1) + ms).toISOString()}-${counter.toString(16).padStart(4, '0')}-${device}`;

/** One device's log: its lines in clock order (unless `disorder`), as a file's text, with damage. */
function deviceLog(rand: () => number, device: string, seen: string[], disorder: boolean): string {
  let ms = Math.floor(rand() * 50);
  let counter = 0;
  const rows: string[] = [];
  const count = 1 + Math.floor(rand() * 25);
  for (let i = 0; i < count; i++) {
    const step = disorder && rand() < 0.15 ? -Math.floor(rand() * 40) : Math.floor(rand() * 4);
    // As a hybrid clock counts: a later line in the same millisecond takes the next counter.
    counter = step === 0 ? counter + 1 : 0;
    ms = Math.max(0, ms + step);
    const t = stamp(ms, counter, device);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const replaced = seen.length > 0 && rand() < 0.8 ? pick(seen) : '';
    const line: ChangeLine = { t, d: device, k: pick(KEYS) };
    const r = rand();
    if (r < 0.7) line.s = { [pick(FIELDS)]: [pick(VALUES), replaced] };
    else if (r < 0.85) line.u = { [pick(FIELDS)]: replaced };
    else if (r < 0.92) line.x = 1;
    else line.o = stamp(Math.floor(rand() * 10), 0, device);
    if (line.s === undefined && line.u === undefined && rand() < 0.5) line.s = { id: ['x', ''] };
    if (rand() < 0.2) line.m = 1;
    seen.push(t);
    let row = encodeLine(line);
    if (rand() < 0.05) row = row.replace('"d":"', '"d":"!'); // fails its checksum
    if (rand() < 0.03) row = '#it could not be decrypted\n';
    rows.push(row);
  }
  const text = rows.join('');
  return rand() < 0.2 ? text.slice(0, text.length - 1 - Math.floor(rand() * 20)) : text; // torn tail
}

function randomLogs(rand: () => number): { texts: string[]; skips: number[] } {
  const seen: string[] = [];
  const devices = DEVICES.slice(0, 2 + Math.floor(rand() * 2));
  const texts = devices.map((d) => deviceLog(rand, d, seen, rand() < 0.1));
  if (rand() < 0.3) texts.push(texts[0]!.slice(0, Math.floor(rand() * texts[0]!.length))); // a conflict copy of a log
  const skips = texts.map(() => (rand() < 0.3 ? Math.floor(rand() * 6) : 0));
  return { texts, skips };
}

/** The way it was done before: every log read whole, the lines past each skip sorted by clock, then applied. */
function reference(texts: string[], skips: number[]): { records: Records; count: number; last: string | null } {
  const lines: ChangeLine[] = [];
  texts.forEach((text, i) => {
    const log = decodeLog(text);
    log.lines.forEach((line, j) => log.rows[j]! >= skips[i]! && lines.push(line));
  });
  lines.sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  const records: Records = new Map();
  for (const line of lines) applyLine(records, line);
  return { records, count: lines.length, last: lines.at(-1)?.t ?? null };
}

const sources = (texts: string[], skips: number[]): MergeSource[] => texts.map((text, i) => ({ cursor: new LogCursor(text), skip: skips[i]! }));

describe('merging logs as they are read', () => {
  it('gives the same records as reading, sorting and applying every line, on random logs', () => {
    const started = performance.now();
    let rounds = 0;
    let unordered = 0;
    for (let seed = 1; seed <= 3000 && performance.now() - started < 4000; seed++, rounds++) {
      const { texts, skips } = randomLogs(random(seed));
      const expected = reference(texts, skips);
      const records: Records = new Map();
      const from = sources(texts, skips);
      let merged = mergeInClockOrder(from, (line) => applyLine(records, line));
      let got = records;
      if (!merged) {
        unordered++;
        got = new Map();
        merged = applySorted(sources(texts, skips), (line) => applyLine(got, line));
      } else {
        // Read to the end: what each cursor says about its log is what decodeLog says.
        from.forEach((s, i) => {
          const log = decodeLog(texts[i]!);
          expect([s.cursor.problems, s.cursor.complete, s.cursor.completeBytes, s.cursor.base]).toEqual([log.problems, log.complete, log.completeBytes, log.base]);
        });
      }
      expect({ seed, records: got, count: merged.count, last: merged.last }).toEqual({ seed, ...expected });
    }
    console.log(`log merge: ${rounds} random sets of logs compared (${unordered} with a log out of clock order, sorted instead)`);
    expect(rounds).toBeGreaterThan(100);
    expect(unordered).toBeGreaterThan(0);
  });

  it('gives the same records on one log alone (a journal written on one computer, read without comparing heads)', () => {
    const started = performance.now();
    const tally = { rounds: 0, unordered: 0, lines: 0 };
    for (let seed = 1; seed <= 3000 && performance.now() - started < 3000; seed++, tally.rounds++) {
      const { texts, skips } = randomLogs(random(seed));
      const [text, skip] = [texts.slice(0, 1), skips.slice(0, 1)];
      const expected = reference(text, skip);
      const records: Records = new Map();
      const from = sources(text, skip);
      const merged = mergeInClockOrder(from, (line) => applyLine(records, line));
      if (!merged) {
        tally.unordered++;
        continue; // applySorted takes over, as above
      }
      const log = decodeLog(text[0]!);
      expect([from[0]!.cursor.problems, from[0]!.cursor.complete, from[0]!.cursor.completeBytes]).toEqual([log.problems, log.complete, log.completeBytes]);
      expect({ seed, records, count: merged.count, last: merged.last }).toEqual({ seed, ...expected });
      tally.lines += merged.count;
    }
    console.log(`log merge, one log: ${tally.rounds} random logs (${tally.unordered} out of clock order), ${tally.lines} lines compared`);
    expect(tally.rounds).toBeGreaterThan(100);
    expect(tally.unordered).toBeGreaterThan(0);
  });

  it('says a log is out of clock order instead of merging it wrongly', () => {
    const line = (ms: number): string => encodeLine({ t: stamp(ms, 0, DEVICES[0]!), d: DEVICES[0]!, k: 'relationship', s: { what: ['x y', ''] } });
    const applied: string[] = [];
    expect(mergeInClockOrder(sources([line(5) + line(1)], [0]), (l) => applied.push(l.t))).toBeNull();
    expect(mergeInClockOrder(sources([line(1) + line(5), line(3)], [0, 0]), (l) => applied.push(l.t))).toEqual({ count: 3, last: stamp(5, 0, DEVICES[0]!) });
  });
});
